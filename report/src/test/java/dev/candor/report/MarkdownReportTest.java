package dev.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.AuditResult;
import dev.candor.model.Severity;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.Subject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    /** The findings table's rows, each split into cells at the pipes Markdown reads as cell borders. */
    static List<List<String>> tableRows(String md) {
        List<String> lines = md.lines().toList();
        int header = lines.indexOf("| severity | rule | subject | phase | message |");
        assertThat(header).as("findings table header").isNotNegative();
        assertThat(lines.get(header + 1)).isEqualTo("|---|---|---|---|---|");
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (line.isEmpty()) {
                break;
            }
            rows.add(cells(line));
        }
        return rows;
    }

    /** Splits a table row at unescaped pipes (a pipe after an odd number of backslashes is text). */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int backslashes = 0;
        for (char c : row.toCharArray()) {
            if (c == '|' && backslashes % 2 == 0) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        cells.add(cell.toString());
        // "| a | b |" gives "", " a ", " b ", "": the outer two are the row's borders
        assertThat(cells.get(0)).as("row starts with a border: %s", row).isEmpty();
        assertThat(cells.get(cells.size() - 1)).as("row ends with a border: %s", row).isEmpty();
        return cells.subList(1, cells.size() - 1).stream().map(String::strip).toList();
    }

    @Test
    void verdictSummaryAndTableOfAFailedAudit() {
        ReportContext ctx = ReportFixtures.normal();
        String md = MarkdownReport.render(ctx);
        assertThat(md.lines().findFirst().orElseThrow())
                .isEqualTo("## ❌ Candor: failed at --fail-on high: 3 findings at or above high; 9 in all (1 critical, 2 high, 3 medium, 2 low, 1 info)");
        assertThat(md).contains("- **Site:** https://www.shop.example/", "- **Audited:** 2026-11-30 10:00 UTC",
                "- **Candor:** 0.1.0-SNAPSHOT", "- **Complete:** yes", "- **TLS:** certificates verified");
        List<List<String>> rows = tableRows(md);
        assertThat(rows).hasSize(ctx.result().findings().size()).allSatisfy(r -> assertThat(r).hasSize(5));
        assertThat(rows.get(0)).containsExactly("**critical**", "`tracking-after-reject`", "Meta Pixel", "after-reject",
                "Meta Pixel receives visitors' data after they rejected tracking (2 requests, 1 cookie).");
        assertThat(rows.get(4).get(2)).isEqualTo("\\_ga");
        assertThat(rows.stream().filter(r -> r.get(0).startsWith("**"))).hasSize(ctx.failing().size());
        assertThat(md).contains("fingerprint `" + ctx.result().findings().get(0).fingerprint() + "`");
        String footer = md.strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(footer).contains("report.html").doesNotContain("](", "<a", "http");
    }

    @Test
    void passingAndIncompleteVerdicts() {
        ReportContext critical = ReportFixtures.at(ReportFixtures.normal(), Severity.CRITICAL);
        assertThat(MarkdownReport.render(ReportFixtures.at(critical, Severity.CRITICAL)).lines().findFirst().orElseThrow())
                .startsWith("## ❌ Candor: failed at --fail-on critical: 1 finding at or above critical;");
        AuditResult none = new AuditResult(ReportFixtures.normalResult().record(), null, List.of(), null, null);
        String passed = MarkdownReport.render(new ReportContext(none, ReportFixtures.catalogue(), Severity.HIGH, Path.of(".")));
        assertThat(passed.lines().findFirst().orElseThrow()).isEqualTo(
                "## ✅ Candor: passed at --fail-on high: no finding at or above high; 0 in all (0 critical, 0 high, 0 medium, 0 low, 0 info)");
        assertThat(passed).contains("No findings.").doesNotContain("| severity |");
        String incomplete = MarkdownReport.render(ReportFixtures.hostile());
        assertThat(incomplete.lines().findFirst().orElseThrow()).startsWith("## ⚠️ Candor: audit incomplete, 2 findings at or above high");
        assertThat(incomplete).contains("- **Complete:** **no**: browser died", "- **TLS:** **--insecure**");
    }

    @Test
    void failingFindingsComeFirstWhateverTheResultOrder() {
        AuditResult sorted = ReportFixtures.normalResult();
        List<Finding> reversed = new ArrayList<>(sorted.findings());
        Collections.reverse(reversed);
        AuditResult result = new AuditResult(sorted.record(), null, reversed, sorted.attributions(), sorted.provenance());
        List<List<String>> rows = tableRows(MarkdownReport.render(new ReportContext(result, List.of(), Severity.HIGH, Path.of("."))));
        assertThat(rows.subList(0, 3)).extracting(r -> r.get(0)).containsExactly("**high**", "**high**", "**critical**");
        assertThat(rows.get(3).get(0)).isEqualTo("info");
    }

    @Test
    void longListsAreCappedForACommentAndEvidenceShowsTheTopTen() {
        AuditResult base = ReportFixtures.normalResult();
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Finding f = base.findings().get(i % base.findings().size());
            many.add(new Finding(f.ruleId(), f.severity(), f.title(), f.message(), f.legalReference(), f.phase(),
                    new Subject(Subject.Kind.COOKIE, "c" + i, "c" + i), null, f.occurrences(), f.evidence()));
        }
        AuditResult result = new AuditResult(base.record(), null, many, base.attributions(), base.provenance());
        String md = MarkdownReport.render(new ReportContext(result, List.of(), Severity.HIGH, Path.of(".")));
        assertThat(tableRows(md)).hasSize(MarkdownReport.TABLE_ROWS);
        assertThat(md).contains("…and 10 more in report.html.");
        String evidence = md.substring(md.indexOf("### Evidence"), md.indexOf("\n---\n"));
        assertThat(evidence.lines().filter(l -> l.startsWith("- "))).hasSize(MarkdownReport.EVIDENCE_FINDINGS);
    }

    @Test
    void hostileTextCannotOpenHtmlLinksCodeOrCells() {
        ReportContext ctx = ReportFixtures.hostile();
        String md = MarkdownReport.render(ctx);
        assertThat(md.toLowerCase()).doesNotContain("<script", "<!--", "<b>");
        // no link can form: every ']' of the site's text is escaped (an even run of backslashes would not escape it)
        assertThat(Pattern.compile("(^|[^\\\\])(\\\\\\\\)*\\]\\(").matcher(md).find()).isFalse();
        assertThat(md).contains("\\[link\\](javascript:alert(1))");
        assertThat(md).doesNotContain("\u001b", "\u202E", "\u0007", "\r", "\uFFFE", "\u009B", "```");
        assertThat(md.chars().filter(c -> Character.isSurrogate((char) c))).isEmpty();
        List<List<String>> rows = tableRows(md);
        assertThat(rows).hasSize(ctx.result().findings().size()).allSatisfy(r -> assertThat(r).hasSize(5));
        assertThat(rows.get(0).get(2)).isEqualTo("evil\\\\u001B\\[2J\",=cmd\\|' /C calc'!A0&lt;script&gt;alert(1)&lt;/script&gt;\\]\\]&gt;");
        assertThat(rows.get(0).get(4)).contains("\\[click\\](https://evil.example) \\| col \\\\\\| esc");
        assertThat(rows.get(2).get(2)).isEqualTo("\\`\\`\\` \\| a \\| b \\| \\`\\`\\`");
        // a long cell is cut, and the cut is marked
        assertThat(rows.get(2).get(4)).endsWith("…").hasSizeLessThan(400);
        // every line of the document is one line of the site's text at most: no newline it sent survives
        assertThat(md.lines().filter(l -> l.startsWith("# heading"))).isEmpty();
    }

    @Test
    void writeReplacesTheFileAtomically(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.md");
        MarkdownReport.write(ReportFixtures.normal(), file);
        assertThat(Files.readString(file)).isEqualTo(MarkdownReport.render(ReportFixtures.normal()));
    }
}
