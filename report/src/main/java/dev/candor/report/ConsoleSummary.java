package dev.candor.report;

import dev.candor.model.AuditResult;
import dev.candor.model.ConsentSummary;
import dev.candor.model.CookieObservation;
import dev.candor.model.finding.Finding;
import dev.candor.model.PhaseRecord;
import dev.candor.model.RequestObservation;
import dev.candor.model.ScanRecord;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The short plain-text summary printed at the end of an audit. Site-controlled strings are
 * stripped of control characters so a hostile cookie name cannot rewrite the terminal.
 */
public final class ConsoleSummary {

    private ConsoleSummary() {}

    public static String render(AuditResult result) {
        ScanRecord r = result.record();
        StringBuilder out = new StringBuilder();
        out.append(r.sourceScan() ? "Candor source scan of " : "Candor audit of ").append(clean(r.target()));
        if (!r.completion().complete()) {
            out.append("  (INCOMPLETE: ").append(clean(r.completion().reason())).append(')');
        }
        out.append('\n');
        ConsentSummary c = r.consent();
        if (!r.sourceScan()) {
            out.append(String.format(Locale.ROOT, "  consent banner: %s, cmp %s, accept %s, reject %s%s%n",
                c.bannerDetected() ? "shown" : "not found",
                c.cmp() == null ? "-" : clean(c.cmp()),
                c.acceptClicked() ? "done (" + c.clicksToAccept() + " clicks)" : "not done",
                c.rejectClicked() ? "done (" + c.clicksToReject() + " clicks)" : "not done",
                c.rejectOnFirstLayer() == null ? "" : c.rejectOnFirstLayer() ? ", reject on first layer" : ", reject NOT on first layer"));
        }
        for (PhaseRecord p : r.phases()) {
            long stored = p.cookies().stream().filter(k -> !k.blocked()).count();
            long thirdCookies = p.cookies().stream().filter(k -> !k.blocked() && !k.firstParty()).count();
            long blocked = p.cookies().stream().filter(CookieObservation::blocked).count();
            Set<String> thirdHosts = p.requests().stream().filter(RequestObservation::thirdParty)
                    .map(q -> clean(q.host())).collect(Collectors.toCollection(TreeSet::new));
            long beacons = p.requests().stream().filter(RequestObservation::beacon).count();
            out.append(String.format(Locale.ROOT,
                    "  %-15s %d pages, %d cookies (%d third-party, %d blocked), %d storage keys, %d requests to %d third-party hosts, %d beacons%n",
                    p.phase().id(), p.pages().size(), stored, thirdCookies, blocked, p.storage().size(),
                    p.requests().size(), thirdHosts.size(), beacons));
            if (!thirdHosts.isEmpty()) {
                out.append("                  third parties: ").append(String.join(", ", thirdHosts)).append('\n');
            }
        }
        if (result.findings().isEmpty()) {
            out.append("  findings: none\n");
        } else {
            out.append("  findings: ").append(result.findings().size()).append(" (").append(counts(result)).append(")\n");
            for (Finding f : result.findings()) {
                out.append(String.format(Locale.ROOT, "    %-8s %-27s %s%s%n", f.severity().id(), f.ruleId(), clean(f.subject().label()),
                        f.phase() == null ? "" : " [" + f.phase().id() + "]"));
                out.append("             ").append(clean(f.message())).append('\n');
                f.firstSource().ifPresent(at -> out.append("             at ").append(clean(at))
                        .append(f.occurrences() > 1 ? " (and " + (f.occurrences() - 1) + " more)" : "").append('\n'));
                if (f.suppressed()) {
                    out.append("             suppressed: ").append(clean(f.triage().suppression().reason())).append('\n');
                } else if (f.inBaseline()) {
                    out.append("             in the baseline (not new)\n");
                }
            }
        }
        for (String w : r.warnings()) {
            out.append("  warning: ").append(clean(w)).append('\n');
        }
        return out.toString();
    }

    private static String counts(AuditResult result) {
        StringBuilder b = new StringBuilder();
        for (dev.candor.model.Severity s : dev.candor.model.Severity.values()) {
            long n = result.findings().stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                b.append(b.length() == 0 ? "" : ", ").append(n).append(' ').append(s.id());
            }
        }
        return b.toString();
    }

    /** Removes control and format characters (ANSI escapes, C1 controls, bidi overrides) and caps the length. */
    public static String clean(String s) {
        String t = safe(s);
        return t.length() > 200 ? t.substring(0, 199) + "…" : t;
    }

    /**
     * The terminal sanitiser: every text the site may control that goes to a terminal (a summary,
     * a progress line, an error message quoting a URL) passes here. C0 and C1 controls (ESC, CSI
     * U+009B) and format characters (bidi overrides such as U+202E) become {@code ?}, so nothing
     * can move the cursor, clear the screen, set the title or reorder the line. Null becomes "".
     */
    public static String safe(String s) {
        if (s == null) {
            return "";
        }
        return UNSAFE.matcher(s).replaceAll("?");
    }

    /** {@link #safe} for multi-line text: each line sanitised, the line breaks kept. */
    public static String safeLines(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            b.append(i == 0 ? "" : "\n").append(safe(lines[i]));
        }
        return b.toString();
    }

    /**
     * {@link #safe} for JSON printed on a terminal: the same characters become {@code \\uXXXX}
     * escapes instead of {@code ?}, so a machine reading the output gets the site's text back
     * exactly and a terminal showing it sees only ASCII. Such characters can only occur inside
     * JSON strings (the syntax is ASCII), where the escape means the same character.
     */
    public static String safeJson(String json) {
        if (json == null) {
            return "";
        }
        java.util.regex.Matcher m = UNSAFE_IN_JSON.matcher(json);
        StringBuilder b = new StringBuilder(json.length());
        while (m.find()) {
            StringBuilder escaped = new StringBuilder();
            for (char c : m.group().toCharArray()) { // both halves of an astral format character
                escaped.append(String.format("\\\\u%04x", (int) c));
            }
            m.appendReplacement(b, escaped.toString());
        }
        return m.appendTail(b).toString();
    }

    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cf}]");
    // line breaks and tabs between JSON tokens are layout, not site text: Jackson escapes them inside strings
    private static final java.util.regex.Pattern UNSAFE_IN_JSON = java.util.regex.Pattern.compile("[[\\p{Cc}\\p{Cf}\\u2028\\u2029]&&[^\\n\\r\\t]]");
}
