package dev.candor.report;

import dev.candor.model.ScanRecord;
import dev.candor.model.Severity;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes {@code report.md}: a summary to post as a pull-request comment. A verdict line (passed,
 * failed at the {@code --fail-on} threshold, or incomplete, with counts by severity), the site,
 * date, Candor version, completeness and {@code --insecure}; a table of findings, those at or
 * above the threshold first; the evidence of the first {@value #EVIDENCE_FINDINGS}; and a footer
 * naming report.html without linking it (the comment does not live beside the file). Site text is
 * escaped for Markdown and HTML ({@link MarkdownText}) and long cells are cut.
 */
public final class MarkdownReport {

    /** Table rows at most; GitHub refuses comments over 65,536 characters. */
    static final int TABLE_ROWS = 50;
    /** Findings whose evidence is listed. */
    static final int EVIDENCE_FINDINGS = 10;
    private static final int EVIDENCE_LINES = 3;
    private static final int SUBJECT_MAX = 80;
    private static final int MESSAGE_MAX = 300;
    private static final int LINE_MAX = 300;
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{1,64}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private MarkdownReport() {}

    /** The summary as Markdown text. */
    public static String render(ReportContext ctx) {
        ScanRecord r = ctx.result().record();
        List<Finding> ordered = ordered(ctx);
        StringBuilder b = new StringBuilder();
        b.append("## ").append(verdict(ctx)).append("\n\n");
        b.append("- **Site:** ").append(MarkdownText.inline(r.target(), 200)).append('\n');
        b.append("- **Audited:** ").append(r.startedAt() == null ? "unknown" : DATE.format(r.startedAt())).append('\n');
        b.append("- **Candor:** ").append(MarkdownText.inline(r.tool() == null ? "unknown" : r.tool().version(), 40)).append('\n');
        b.append("- **Complete:** ").append(r.completion().complete() ? "yes"
                : "**no**: " + MarkdownText.inline(r.completion().reason() == null ? "no reason recorded" : r.completion().reason(), 200))
                .append('\n');
        b.append("- **Browser:** ").append(MarkdownText.inline(dev.candor.report.html.HtmlView.browserSeen(r.settings()), 200)).append('\n');
        b.append("- **TLS:** ").append(r.settings().insecure()
                ? "**--insecure**: invalid certificates were accepted, so the site was not verified" : "certificates verified").append('\n');
        for (TcfSummary.PhaseLine t : TcfSummary.of(r)) {
            b.append("- **IAB TCF, ").append(t.phase()).append(":** ").append(MarkdownText.inline(t.line(), 400)).append('\n');
        }
        if (ordered.isEmpty()) {
            b.append("\nNo findings.\n");
        } else {
            table(b, ctx, ordered);
            evidence(b, ctx, ordered);
        }
        b.append("\n---\n\nThe full report, with every cookie, request and storage write and the policy quotes, is report.html in the audit folder.\n");
        return b.toString();
    }

    /** Writes the summary atomically to {@code file}. */
    public static void write(ReportContext ctx, Path file) throws IOException {
        dev.candor.model.AtomicFile.write(file, render(ctx));
    }

    /** The findings at or above the threshold, then the rest, each in the result's order (most severe first). */
    static List<Finding> ordered(ReportContext ctx) {
        List<Finding> out = new ArrayList<>(ctx.failing());
        ctx.result().findings().stream().filter(f -> !f.fails(ctx.failOn())).forEach(out::add);
        return out;
    }

    private static String verdict(ReportContext ctx) {
        int failing = ctx.failing().size();
        String counts = counts(ctx.result().findings());
        String gate = failing == 0 ? "no finding at or above " + ctx.failOn().id()
                : failing + " finding" + (failing == 1 ? "" : "s") + " at or above " + ctx.failOn().id();
        String all = ctx.result().findings().size() + " in all (" + counts + ")";
        if (!ctx.result().record().completion().complete()) {
            return "⚠️ Candor: audit incomplete, " + gate + " in what was recorded; " + all;
        }
        return (failing == 0 ? "✅ Candor: passed" : "❌ Candor: failed") + " at --fail-on " + ctx.failOn().id() + ": " + gate + "; " + all;
    }

    private static String counts(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            parts.add(findings.stream().filter(f -> f.severity() == s).count() + " " + s.id());
        }
        return String.join(", ", parts);
    }

    private static void table(StringBuilder b, ReportContext ctx, List<Finding> ordered) {
        b.append("\n### Findings\n\n| severity | rule | subject | phase | message |\n|---|---|---|---|---|\n");
        for (Finding f : ordered.subList(0, Math.min(TABLE_ROWS, ordered.size()))) {
            b.append("| ").append(severity(f, ctx.failOn())).append(" | ").append(rule(f.ruleId())).append(" | ")
                    .append(MarkdownText.inline(f.subject().label(), SUBJECT_MAX)).append(" | ")
                    .append(f.phase() == null ? "all" : f.phase().id()).append(" | ")
                    .append(MarkdownText.inline(gate(f) + f.message(), MESSAGE_MAX)).append(" |\n");
        }
        if (ordered.size() > TABLE_ROWS) {
            b.append("\n…and ").append(ordered.size() - TABLE_ROWS).append(" more in report.html.\n");
        }
    }

    /** "(suppressed: reason) " or "(in the baseline) " before a message the gate set aside. */
    private static String gate(Finding f) {
        if (f.suppressed()) {
            return "(suppressed: " + f.triage().suppression().reason() + ") ";
        }
        return f.inBaseline() ? "(in the baseline) " : "";
    }

    private static void evidence(StringBuilder b, ReportContext ctx, List<Finding> ordered) {
        b.append("\n### Evidence\n\n");
        for (Finding f : ordered.subList(0, Math.min(EVIDENCE_FINDINGS, ordered.size()))) {
            b.append("- ").append(severity(f, ctx.failOn())).append(' ').append(rule(f.ruleId())).append(", ")
                    .append(MarkdownText.inline(EvidenceLines.subject(f.subject()), SUBJECT_MAX))
                    .append(f.phase() == null ? "" : ", " + f.phase().id()).append(": ").append(f.occurrences())
                    .append(f.occurrences() == 1 ? " occurrence" : " occurrences").append(", fingerprint ").append(fingerprint(f.fingerprint()))
                    .append('\n');
            List<Evidence> shown = f.evidence().subList(0, Math.min(EVIDENCE_LINES, f.evidence().size()));
            for (Evidence e : shown) {
                b.append("  - ").append(MarkdownText.inline(EvidenceLines.describe(e), LINE_MAX)).append('\n');
            }
            if (f.occurrences() > shown.size()) {
                b.append("  - …and ").append(f.occurrences() - shown.size()).append(" more\n");
            }
        }
    }

    private static String severity(Finding f, Severity failOn) {
        return f.fails(failOn) ? "**" + f.severity().id() + "**" : f.severity().id();
    }

    private static String fingerprint(String fp) {
        return HEX.matcher(fp).matches() ? "`" + fp + "`" : MarkdownText.inline(fp, 64);
    }

    /** Our rule ids go in code spans; anything else a finding might carry is escaped like site text. */
    private static String rule(String id) {
        return RULE_ID.matcher(id).matches() ? "`" + id + "`" : MarkdownText.inline(id, 60);
    }
}
