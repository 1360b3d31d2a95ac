package dev.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.core.settings.SettingDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's settings table is the one generated from the vocabulary. */
class SettingDocsTest {

    private static final String START = "<!-- settings:start -->\n";
    private static final String END = "<!-- settings:end -->";

    @Test
    void theReadmeTableIsCurrent() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("candor.root", "..")).resolve("README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README.md has a settings:start marker").isNotNegative();
        assertThat(readme.substring(start + START.length(), end))
                .as("README's settings table is stale: regenerate it from SettingDocs.table()")
                .isEqualTo(SettingDocs.table());
    }
}
