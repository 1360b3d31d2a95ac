package dev.candor.report;

import dev.candor.model.CookieObservation;
import dev.candor.model.PhaseRecord;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Attributions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code cookies.csv}: the cookie inventory, one row per cookie per phase, as RFC 4180
 * (CRLF line ends, every cell quoted, quotes doubled), UTF-8 without a byte-order mark. Columns are
 * {@link #COLUMNS}, named as in report.json: {@code party} is {@code first} or {@code third};
 * {@code requestedLifetimeSeconds} is what the site asked for (empty: a session cookie or an unseen
 * write), {@code expires} what the browser stored (ISO-8601, empty: session); booleans are
 * {@code yes} or {@code no}; {@code declaredIn} is the policy row or sentence that declares the
 * cookie, empty when {@code declaredInPolicy} is {@code no}; empty cells are unknown.
 *
 * <p>The file is meant to be opened in a spreadsheet, so every cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab, a carriage return or a line feed (or their full-width
 * forms) gets a leading {@code '}, which spreadsheets show as text instead of running it as a
 * formula; line breaks and tabs become spaces and other control characters <code>&#92;uXXXX</code> text
 * ({@link SiteText}), so every row is one line; a cell is cut
 * at {@value #CELL_MAX} characters, under the 32,767 a spreadsheet cell holds.
 */
public final class CookieCsv {

    /** The header row. */
    public static final List<String> COLUMNS = List.of("phase", "name", "domain", "path", "party", "vendor", "vendorId", "category",
            "requestedLifetimeSeconds", "expires", "secure", "httpOnly", "sameSite", "setBy", "setterUrl", "page", "visit", "atMs",
            "sinceConsentMs", "blocked", "blockedReasons", "declaredInPolicy", "declaredIn", "matchedBy");

    static final int CELL_MAX = 32_000;
    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private CookieCsv() {}

    /** The inventory as CSV text. */
    public static String render(ReportContext ctx) {
        Attributions a = ctx.result().attributions();
        StringBuilder b = new StringBuilder(256 * (1 + ctx.result().record().phases().stream().mapToInt(p -> p.cookies().size()).sum()));
        row(b, COLUMNS);
        for (PhaseRecord p : ctx.result().record().phases()) {
            for (CookieObservation c : p.cookies()) {
                row(b, cells(p, c, a.cookies().get(c.key()), a.declaredCookies().get(c.key())));
            }
        }
        return b.toString();
    }

    /** Writes the inventory atomically to {@code file}. */
    public static void write(ReportContext ctx, Path file) throws IOException {
        dev.candor.model.AtomicFile.write(file, render(ctx));
    }

    private static List<String> cells(PhaseRecord p, CookieObservation c, Attribution at, String declaredIn) {
        return List.of(
                p.phase().id(),
                text(c.name()),
                text(c.domain()),
                text(c.path()),
                c.firstParty() ? "first" : "third",
                at == null ? "" : text(at.vendor()),
                at == null ? "" : text(at.vendorId()),
                at == null ? "" : text(at.category()),
                c.requestedLifetimeSeconds() == null ? "" : c.requestedLifetimeSeconds().toString(),
                c.expires() == null ? "" : c.expires().toString(),
                yesNo(c.secure()),
                yesNo(c.httpOnly()),
                text(c.sameSite()),
                c.setBy() == null ? "" : c.setBy().id(),
                text(c.setterUrl()),
                text(c.pageUrl()),
                Integer.toString(c.visit()),
                c.atMs() == null ? "" : c.atMs().toString(),
                c.sinceConsentMs() == null ? "" : c.sinceConsentMs().toString(),
                yesNo(c.blocked()),
                text(String.join("; ", c.blockedReasons())),
                yesNo(declaredIn != null),
                text(declaredIn),
                at == null ? "" : text(at.matchedBy()));
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** A cell's text; a raw tab or line break is made a space by {@link SiteText}, so the formula guard looks at it here. */
    private static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String cell = SiteText.cap(SiteText.visible(s), CELL_MAX);
        return FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** Every cell, Candor's own included (a negative number is harmless, but one rule is easier to trust than exceptions). */
    private static String guard(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static void row(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(guard(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        b.append("\r\n");
    }
}
