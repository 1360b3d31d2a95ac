package dev.candor.report.html;

import dev.candor.report.ReportContext;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;

/** Writes {@code report.html}: the judged audit as one self-contained file (see the package description). */
public final class HtmlReport {

    /** Screenshots larger than this are left out, so a report stays small enough to attach. */
    static final long MAX_SCREENSHOT_BYTES = 2_000_000;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "dev.candor.report.html.templates");

    private HtmlReport() {}

    /** The report as HTML text. */
    public static String render(ReportContext ctx) {
        StringOutput out = new StringOutput();
        ENGINE.render("report.jte", HtmlView.of(ctx, screenshot(ctx)), out);
        return out.toString();
    }

    /** Writes the report atomically to {@code file}. */
    public static void write(ReportContext ctx, Path file) throws IOException {
        dev.candor.model.AtomicFile.write(file, render(ctx));
    }

    /**
     * The banner screenshot as a data URI: only a regular PNG file directly inside the audit folder
     * (the record names it, and the record is not trusted to point elsewhere), of bounded size.
     */
    static String screenshot(ReportContext ctx) {
        return png(ctx, ctx.result().record().consent().screenshot());
    }

    /** The PNG {@code name} of the audit folder as a data URI, under the same conditions as {@link #screenshot}; null otherwise. */
    static String png(ReportContext ctx, String name) {
        if (name == null || ctx.auditDir() == null || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return null;
        }
        Path file = ctx.auditDir().resolve(name);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_SCREENSHOT_BYTES) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < PNG.length; i++) {
                if (bytes.length < PNG.length || bytes[i] != PNG[i]) {
                    return null;
                }
            }
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            return null;
        }
    }
}
