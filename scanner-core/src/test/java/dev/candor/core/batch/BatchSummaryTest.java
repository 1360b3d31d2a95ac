package dev.candor.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.core.AuditException;
import dev.candor.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSummaryTest {

    @TempDir
    Path dir;

    @Test
    void shardsPartitionTheList() {
        for (int n = 1; n <= 5; n++) {
            int count = n;
            for (int site = 0; site < 23; site++) {
                int position = site;
                assertThat(IntStream.rangeClosed(1, count).filter(i -> new Shard(i, count).takes(position)).count()).isEqualTo(1);
            }
        }
        assertThat(Shard.parse("2/8")).isEqualTo(new Shard(2, 8));
        assertThatThrownBy(() -> Shard.parse("9/8")).hasMessageContaining("1 <= I <= N");
        assertThatThrownBy(() -> Shard.parse("half")).hasMessageContaining("must look like 2/8");
    }

    @Test
    void theUrlFileSkipsCommentsDuplicatesAndNonUrlsAndFoldersAreStable() throws Exception {
        Path f = dir.resolve("u.txt");
        Files.writeString(f, "# x\nhttps://a.example.de/\nwww.b.example.de\nhttps://a.example.de/\nnot a url\n");
        SiteList list = SiteList.read(f);
        assertThat(list.sites()).extracting(s -> s.url().toString()).containsExactly("https://a.example.de/", "https://www.b.example.de/");
        assertThat(list.rejected()).singleElement().asString().startsWith("line 5: ");
        assertThat(list.sites().get(0).folder()).matches("a\\.example\\.de-[0-9a-f]{8}").isEqualTo(SiteList.read(f).sites().get(0).folder());
        Files.writeString(f, "# none\n");
        assertThatThrownBy(() -> SiteList.read(f)).isInstanceOf(AuditException.class).hasMessageContaining("no http(s) URL");
    }

    @Test
    void aSiteWithoutAReportIsPendingOrAnErrorAndHostileUrlsAreEscaped() throws Exception {
        Path f = dir.resolve("u.txt");
        Files.writeString(f, "https://a.example.de/\nhttps://b.example.de/\n");
        SiteList list = SiteList.read(f);
        BatchSummary s = BatchSummary.of(dir, list, Map.of(list.sites().get(1).folder(), "<script>alert(1)</script> =cmd"), Severity.HIGH,
                Instant.EPOCH);
        assertThat(s.sites()).extracting(SiteResult::status).containsExactly("pending", "error");
        assertThat(s.html()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(s.csv().lines().skip(1)).allMatch(l -> !l.startsWith("="));
    }
}
