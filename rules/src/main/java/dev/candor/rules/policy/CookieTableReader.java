package dev.candor.rules.policy;

import dev.candor.model.policy.DeclaredCookie;
import dev.candor.model.policy.PolicyDocument.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads cookie declaration tables: a header with a name column (Name, Cookie, Navn) and at
 * least one of provider, purpose, duration or category columns in en, de or da.
 */
final class CookieTableReader {

    /** The column roles a cookie table can have, with the header words that mark them. */
    enum Column {
        NAME("^(?:cookie(?:-?name|navn)?|name|navn|bezeichnung|kennung)$"),
        PROVIDER("anbieter|provider|udbyder|domain|domæne|vendor|third party|drittanbieter|hersteller|leverandør|host"),
        PURPOSE("purpose|zweck|formål|description|beschreibung|beskrivelse|funktion|function"),
        DURATION("duration|expiry|expiration|expires|speicherdauer|laufzeit|ablauf|gültigkeit|udløb|varighed|levetid|lifetime|retention|max-age|dauer"),
        CATEGORY("category|kategorie|kategori|type|typ|art");

        final Pattern header;

        Column(String regex) {
            this.header = Pattern.compile(regex, Lexicon.FLAGS);
        }
    }

    /** A cookie table: the column index per role, -1 when absent. */
    record Layout(Map<Column, Integer> columns) {
        int index(Column c) {
            return columns.getOrDefault(c, -1);
        }
    }

    private CookieTableReader() {
    }

    static boolean looksLikeHeader(List<String> cells) {
        Layout l = layout(cells);
        return l != null;
    }

    /** The layout when {@code header} is a cookie-table header, else null. */
    static Layout layout(List<String> header) {
        Map<Column, Integer> cols = new java.util.EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT);
            for (Column c : Column.values()) {
                if (!cols.containsKey(c) && c.header.matcher(h).find()) {
                    cols.put(c, i);
                    break;
                }
            }
        }
        boolean other = cols.containsKey(Column.PROVIDER) || cols.containsKey(Column.PURPOSE)
                || cols.containsKey(Column.DURATION);
        return cols.containsKey(Column.NAME) && other ? new Layout(Map.copyOf(cols)) : null;
    }

    static List<DeclaredCookie> read(Table table, String language) {
        Layout l = layout(table.header());
        if (l == null) {
            return List.of();
        }
        List<DeclaredCookie> out = new ArrayList<>();
        for (List<String> row : table.rows()) {
            String name = cell(row, l.index(Column.NAME));
            if (name == null) {
                continue;
            }
            String duration = cell(row, l.index(Column.DURATION));
            Long seconds = null;
            if (duration != null) {
                DurationParser.Duration d = DurationParser.parseCell(duration, language);
                seconds = d == null ? null : d.seconds();
            }
            out.add(new DeclaredCookie(name, cell(row, l.index(Column.PROVIDER)), cell(row, l.index(Column.PURPOSE)),
                    duration, seconds, String.join(" | ", row)));
        }
        return out;
    }

    static String category(Table table, List<String> row) {
        Layout l = layout(table.header());
        return l == null ? null : cell(row, l.index(Column.CATEGORY));
    }

    private static String cell(List<String> row, int i) {
        if (i < 0 || i >= row.size()) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }
}
