package dev.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schema published in docs/ is the one the build validates against. */
class PublishedSchemaTest {

    @Test
    void docsCopyMatchesTheBundledSchema() throws IOException {
        String bundled;
        try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path published = Path.of("..", "docs", "report.schema.json");
        assertThat(Files.readString(published))
                .as("docs/report.schema.json must be a copy of report/src/main/resources%s", JsonReport.SCHEMA_RESOURCE)
                .isEqualTo(bundled);
    }
}
