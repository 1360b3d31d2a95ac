package dev.candor.report;

import dev.candor.model.AuditResult;
import dev.candor.model.CandorJson;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code report.json}. */
public final class JsonReport {

    /** The JSON Schema (draft 2020-12) that every report.json this build writes validates against. */
    public static final String SCHEMA_RESOURCE = "/dev/candor/report/report.schema.json";

    private JsonReport() {}

    /** The report as JSON text. */
    public static String render(AuditResult result) {
        return CandorJson.toJson(ReportDocument.of(result));
    }

    /** Writes the report atomically to {@code file}. */
    public static void write(AuditResult result, Path file) throws IOException {
        CandorJson.write(ReportDocument.of(result), file);
    }
}
