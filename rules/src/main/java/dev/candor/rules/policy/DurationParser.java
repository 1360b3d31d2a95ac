package dev.candor.rules.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds periods such as "14 days", "zwei Jahre", "to år", "13 Monaten" or "session" in a text
 * and normalises them to seconds (month = 30 days, year = 365 days).
 */
final class DurationParser {

    /** A period found: as written, in seconds (0 for the session), and where. */
    record Duration(String text, Long seconds, boolean session, int start) {
    }

    private record Grammar(Pattern number, Map<String, Integer> words, List<Lexicon.Unit> units,
                           List<Pattern> unitPatterns, List<Pattern> session, List<Pattern> halfYear) {
    }

    private static final Map<String, Grammar> GRAMMARS = new ConcurrentHashMap<>();
    /** Half of the year of 365 days the units use. */
    private static final long HALF_YEAR_SECONDS = 365L * 24 * 3600 / 2;

    private DurationParser() {
    }

    static List<Duration> find(String text, String language) {
        Grammar g = grammar(language);
        List<Duration> out = new ArrayList<>();
        Matcher m = g.number().matcher(text);
        while (m.find()) {
            String num = m.group(1).toLowerCase(Locale.ROOT);
            String unit = m.group(2);
            double value;
            if (Character.isDigit(num.charAt(0))) {
                value = Double.parseDouble(num.replace(',', '.'));
            } else {
                Integer w = g.words().get(num);
                if (w == null) {
                    continue;
                }
                value = w;
            }
            for (int i = 0; i < g.units().size(); i++) {
                if (g.unitPatterns().get(i).matcher(unit).matches()) {
                    long seconds = Math.round(value * g.units().get(i).seconds());
                    out.add(new Duration(m.group().strip(), seconds, false, m.start()));
                    break;
                }
            }
        }
        // "et halvt år efter", "ein halbes Jahr": a fraction the number words cannot say
        for (Pattern p : g.halfYear()) {
            Matcher h = p.matcher(text);
            while (h.find()) {
                out.add(new Duration(h.group().strip(), HALF_YEAR_SECONDS, false, h.start()));
            }
        }
        if (out.isEmpty()) {
            for (Pattern p : g.session()) {
                Matcher s = p.matcher(text);
                if (s.find()) {
                    out.add(new Duration(s.group(), 0L, true, s.start()));
                    break;
                }
            }
        }
        return out;
    }

    /** Parses a whole table cell such as "2 Jahre", "Session", "13 months"; null when not a period. */
    static Duration parseCell(String cell, String language) {
        List<Duration> all = find(cell, language);
        if (!all.isEmpty()) {
            return all.get(0);
        }
        for (String lang : Lexicon.SUPPORTED) {
            List<Duration> other = find(cell, lang);
            if (!other.isEmpty()) {
                return other.get(0);
            }
        }
        return null;
    }

    private static Grammar grammar(String language) {
        String key = language != null && Lexicon.SUPPORTED.contains(language) ? language : "en";
        return GRAMMARS.computeIfAbsent(key, k -> {
            Lexicon lex = Lexicon.of(k);
            Map<String, Integer> words = lex.numberWords();
            List<Lexicon.Unit> units = lex.units();
            StringBuilder unitAlt = new StringBuilder();
            List<Pattern> unitPatterns = new ArrayList<>();
            for (Lexicon.Unit u : units) {
                unitAlt.append(unitAlt.length() == 0 ? "" : "|").append("(?:").append(u.pattern()).append(")");
                unitPatterns.add(Pattern.compile(u.pattern(), Lexicon.FLAGS));
            }
            StringBuilder wordAlt = new StringBuilder();
            words.keySet().stream().sorted((a, b) -> b.length() - a.length())
                    .forEach(w -> wordAlt.append('|').append(Pattern.quote(w)));
            Pattern number = Pattern.compile("(?<![\\p{L}\\d])(\\d+(?:[.,]\\d+)?" + wordAlt + ")[\\s-]*(?:\\(\\d+\\)\\s*)?("
                    + unitAlt + ")(?![\\p{L}])", Lexicon.FLAGS);
            return new Grammar(number, words, units, unitPatterns, lex.patterns("session"), lex.patterns("halfYear"));
        });
    }
}
