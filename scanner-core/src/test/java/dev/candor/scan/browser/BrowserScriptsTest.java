package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrowserScriptsTest {

    @Test
    void includesAreResolvedAndCommentLinesDropped() {
        String geometry = BrowserScripts.load("geometry.js");
        assertThat(geometry).contains("const visible = e =>", "const box = e =>").doesNotContain("// Shared by");
        for (String script : List.of("banner-measure.js", "withdrawal-probe.js")) {
            String text = BrowserScripts.load(script);
            assertThat(text).as(script).doesNotContain("include:").contains(geometry.strip());
            // one definition each, from the shared fragment
            assertThat(text.split("const visible = e =>", -1)).as(script).hasSize(2);
        }
    }
}
