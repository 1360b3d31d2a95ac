package dev.candor.report;

import dev.candor.report.html.HtmlReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes the report formats asked for into the audit folder, each atomically. */
public final class Reports {

    private Reports() {}

    /**
     * Writes each format to its file in {@code dir}.
     *
     * @return the files written, in format order
     */
    public static List<Path> write(ReportContext ctx, Set<ReportFormat> formats, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) {
            if (!formats.contains(f)) {
                continue;
            }
            Path file = dir.resolve(f.fileName());
            switch (f) {
                case JSON -> JsonReport.write(ctx.result(), file);
                case HTML -> HtmlReport.write(ctx, file);
                case SARIF -> SarifReport.write(ctx, file);
                case JUNIT -> JUnitReport.write(ctx, file);
                case MARKDOWN -> MarkdownReport.write(ctx, file);
                case CSV -> CookieCsv.write(ctx, file);
            }
            written.add(file);
        }
        return written;
    }
}
