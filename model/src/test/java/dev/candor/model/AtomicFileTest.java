package dev.candor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links planted in an output folder never redirect a write (issue 11, item 9). */
class AtomicFileTest {

    @TempDir
    Path tmp;

    @Test
    void aLinkAtTheTargetOrAtTheOldTemporaryNameIsReplacedNotWrittenThrough() throws Exception {
        Path victim = Files.writeString(tmp.resolve("victim"), "keep");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("record.json"), victim);
        Files.createSymbolicLink(out.resolve("record.json.tmp"), victim);
        CandorJson.write(java.util.Map.of("a", 1), out.resolve("record.json"));
        assertThat(victim).hasContent("keep");
        assertThat(Files.isSymbolicLink(out.resolve("record.json"))).isFalse();
        assertThat(Files.readString(out.resolve("record.json"))).contains("\"a\"");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("record.json", "record.json.tmp");
        }
    }
}
