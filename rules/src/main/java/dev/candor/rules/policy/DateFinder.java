package dev.candor.rules.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses dates as policies write them: ISO, day-first numeric (27.03.2025, 20-03-2018),
 * "March 27, 2025", "27 March 2025", "9th February, 2026", "3. März 2024", "1. februar 2024", "24 de mayo de 2018",
 * and month-year ("März 2024", "mayo de 2018").
 * Month names come from java.time for every language the reader supports.
 */
final class DateFinder {
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_ALT = monthAlternation();
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})"),
            Pattern.compile("(?<d>\\d{1,2})\\s*[./-]\\s*(?<m>\\d{1,2})\\s*[./-]\\s*(?<y>\\d{4}|\\d{2})(?!\\d)"),
            // "9th February, 2026", Spanish "24 de mayo de 2018"
            Pattern.compile("(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\.\\s*|\\s+)(?:de\\s+)?(?<mn>" + MONTH_ALT + ")\\.?,?\\s+(?:de\\s+|del\\s+)?"
                    + "(?<y>\\d{4})", Lexicon.FLAGS),
            Pattern.compile("(?<![\\p{L}])(?<mn>" + MONTH_ALT + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})", Lexicon.FLAGS),
            Pattern.compile("(?<![\\p{L}])(?<mn>" + MONTH_ALT + ")\\.?\\s+(?:de\\s+|del\\s+)?(?<y>\\d{4})", Lexicon.FLAGS));

    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{L}'’ .-]{1,40},\\s*(?:(?:den|le|el|il|d\\.)\\s+)?(.{6,30}?)\\.?",
            Lexicon.FLAGS);

    private DateFinder() {
    }

    /** The first date in {@code text} as ISO {@code yyyy-MM-dd}, or {@code yyyy-MM} for month-year. */
    static Optional<String> first(String text) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.start() >= bestAt) {
                    break;
                }
                String iso = toIso(m);
                if (iso != null) {
                    best = iso;
                    bestAt = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The date of a line that is only a place and a date, as letters are dated ("Madrid, 24 de mayo de 2018",
     * "Berlin, den 3. März 2024"), or empty.
     */
    static Optional<String> dateline(String line) {
        Matcher m = DATELINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String date = m.group(1);
        for (Pattern p : PATTERNS) {
            Matcher d = p.matcher(date);
            if (d.matches()) {
                return Optional.ofNullable(toIso(d));
            }
        }
        return Optional.empty();
    }

    private static String toIso(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("y"));
            if (year < 100) {
                year += 2000;
            }
            int month;
            String mn = group(m, "mn");
            if (mn != null) {
                Integer v = MONTHS.get(mn.toLowerCase(Locale.ROOT).replace(".", ""));
                if (v == null) {
                    return null;
                }
                month = v;
            } else {
                month = Integer.parseInt(m.group("m"));
            }
            String d = group(m, "d");
            if (d == null) {
                return String.format(Locale.ROOT, "%04d-%02d", year, month);
            }
            int day = Integer.parseInt(d);
            if (month > 12 && day <= 12) {
                // US order (03/27/2025): the first number cannot be the month otherwise.
                int t = month;
                month = day;
                day = t;
            }
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> out = new HashMap<>();
        for (Locale l : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("da"), Locale.FRENCH,
                Locale.forLanguageTag("nl"), Locale.forLanguageTag("es"), Locale.ITALIAN)) {
            for (Month mo : Month.values()) {
                for (TextStyle s : List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE)) {
                    out.put(mo.getDisplayName(s, l).toLowerCase(l).replace(".", ""), mo.getValue());
                }
            }
        }
        out.put("maerz", 3);
        out.put("fevrier", 2);
        out.put("aout", 8);
        out.put("decembre", 12);
        out.put("sept", 9);
        return Map.copyOf(out);
    }

    private static String monthAlternation() {
        StringBuilder sb = new StringBuilder();
        MONTHS.keySet().stream().filter(k -> k.length() >= 3).sorted((a, b) -> b.length() - a.length())
                .forEach(k -> sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(k)));
        return sb.toString();
    }
}
