package dev.candor.core.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.model.CandorJson;
import dev.candor.model.Severity;
import dev.candor.model.finding.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * The summary of a batch, rebuilt from the site folders on disk each time it is written, so every
 * shard's run and a resumed run describe the whole batch as far as it has got: {@code summary.json},
 * {@code summary.csv} and a self-contained {@code index.html} linking each site's report.
 *
 * @param generatedAt when it was written
 * @param failOn the threshold the statuses use
 * @param sites one line per site of the URL file, in its order
 */
public record BatchSummary(Instant generatedAt, String failOn, List<SiteResult> sites) {

    public BatchSummary {
        sites = List.copyOf(sites);
    }

    /**
     * The summary of {@code list} in {@code dir}: each site's {@code report.json} if it has one, else the
     * error this run met, else pending.
     */
    public static BatchSummary of(Path dir, SiteList list, Map<String, String> errors, Severity failOn, Instant now) {
        List<SiteResult> rows = new ArrayList<>();
        for (SiteList.Site s : list.sites()) {
            rows.add(row(dir, s, errors.get(s.folder()), failOn));
        }
        return new BatchSummary(now, failOn.id(), rows);
    }

    /** Whether the site's folder holds a finished audit (a report of a complete record), so a resumed batch skips it. */
    static boolean finished(Path siteDir) {
        JsonNode report = report(siteDir.resolve("report.json"));
        return report != null && report.path("complete").asBoolean(false);
    }

    private static SiteResult row(Path dir, SiteList.Site s, String error, Severity failOn) {
        JsonNode report = report(dir.resolve(s.folder()).resolve("report.json"));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity sev : Severity.values()) {
            counts.put(sev.id(), 0);
        }
        if (report == null) {
            return new SiteResult(s.url().toString(), s.folder(), error == null ? "pending" : "error", counts, 0, List.of(), error);
        }
        List<Finding> failing = new ArrayList<>();
        for (JsonNode n : report.path("findings")) {
            try {
                Finding f = CandorJson.mapper().treeToValue(n, Finding.class);
                counts.merge(f.severity().id(), 1, Integer::sum);
                if (f.fails(failOn)) {
                    failing.add(f);
                }
            } catch (IOException e) {
                error = "report.json has a finding Candor cannot read (" + e.getMessage() + ")";
            }
        }
        boolean complete = report.path("complete").asBoolean(false);
        String status = !complete ? "incomplete" : failing.isEmpty() ? "passed" : "failed";
        List<String> top = failing.stream().limit(3).map(f -> f.ruleId() + ": " + f.subject().label()).toList();
        String message = !complete ? report.path("incompleteReason").asText(null) : error;
        return new SiteResult(s.url().toString(), s.folder(), status, counts, failing.size(), top, message);
    }

    private static JsonNode report(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return CandorJson.mapper().readTree(file.toFile());
        } catch (IOException e) {
            return null; // a half-written or foreign report: the site is audited again
        }
    }

    /** Writes summary.json, summary.csv and index.html into {@code dir}, each atomically. */
    public List<Path> write(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        CandorJson.write(this, dir.resolve("summary.json"));
        out.add(dir.resolve("summary.json"));
        out.add(writeText(dir.resolve("summary.csv"), csv()));
        out.add(writeText(dir.resolve("index.html"), html()));
        return out;
    }

    String csv() {
        StringBuilder b = new StringBuilder("url,folder,status,critical,high,medium,low,info,failing,top_findings,message\n");
        for (SiteResult r : sites) {
            b.append(cell(r.url())).append(',').append(cell(r.folder())).append(',').append(r.status());
            for (Severity s : Severity.values()) {
                b.append(',').append(r.counts().getOrDefault(s.id(), 0));
            }
            b.append(',').append(r.failing()).append(',').append(cell(String.join("; ", r.topFindings()))).append(',')
                    .append(cell(r.message() == null ? "" : r.message())).append('\n');
        }
        return b.toString();
    }

    /** RFC 4180 quoting, and a leading apostrophe where a spreadsheet would read a formula. */
    private static String cell(String v) {
        String t = v.replaceAll("[\\p{Cc}&&[^\\t]]", " ");
        if (!t.isEmpty() && "=+-@\t".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        return t.matches(".*[\",\\s].*") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }

    String html() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        sites.forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
        StringBuilder b = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
                <meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Candor batch</title>
                <style>body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1d2433}table{border-collapse:collapse;width:100%}
                th,td{border-bottom:1px solid #e3e6ec;padding:6px 8px;text-align:left;vertical-align:top}th{background:#f3f5f8}
                .passed{color:#1f7a3a}.failed{color:#b42318;font-weight:600}.incomplete,.error{color:#9a5b00;font-weight:600}.pending{color:#667}
                td.n{text-align:right;font-variant-numeric:tabular-nums}small{color:#667}</style></head><body>
                """);
        b.append("<h1>Candor batch: ").append(sites.size()).append(" sites</h1>\n<p>");
        byStatus.forEach((k, n) -> b.append("<span class=\"").append(k).append("\">").append(n).append(' ').append(k).append("</span> &middot; "));
        b.append("gate at ").append(esc(failOn)).append(" &middot; written ").append(esc(generatedAt.toString())).append("</p>\n");
        b.append("<table><thead><tr><th>site</th><th>status</th><th>critical</th><th>high</th><th>medium</th><th>low</th>")
                .append("<th>failing findings</th></tr></thead><tbody>\n");
        for (SiteResult r : sites) {
            b.append("<tr><td>");
            boolean linked = !r.status().equals("pending") && !r.status().equals("error");
            if (linked) {
                b.append("<a href=\"").append(esc(r.folder())).append("/report.html\">").append(esc(r.url())).append("</a>");
            } else {
                b.append(esc(r.url()));
            }
            b.append("</td><td class=\"").append(r.status()).append("\">").append(r.status()).append("</td>");
            for (String s : List.of("critical", "high", "medium", "low")) {
                b.append("<td class=\"n\">").append(r.counts().getOrDefault(s, 0)).append("</td>");
            }
            b.append("<td>").append(esc(String.join("; ", r.topFindings())));
            if (r.message() != null) {
                b.append("<br><small>").append(esc(r.message())).append("</small>");
            }
            b.append("</td></tr>\n");
        }
        return b.append("</tbody></table></body></html>\n").toString();
    }

    private static String esc(String s) {
        return Entities.escape(s == null ? "" : s.replaceAll("[\\p{Cc}\\p{Cf}]", "?"));
    }

    private static Path writeText(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".summary", ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        return Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
