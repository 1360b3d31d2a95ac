package dev.candor.rules.policy;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The letters a lexicon pattern cannot match without ("consent" in
 * {@code "(?:ask|seek)\\w*[^.]{0,40}consent"}): a sentence that does not contain them, in lower case,
 * is skipped before the regex runs. Most sentences match none of a list, and a substring test is far
 * cheaper than a backtracking pattern. Patterns with an alternative at top level get no literal.
 */
final class RequiredLiteral {
    /** Shorter literals would rarely rule anything out. */
    private static final int MIN = 3;
    private static final Map<Pattern, String> LITERALS = new ConcurrentHashMap<>();
    /** The last text lowered on this thread: the extractor asks about one sentence many times in a row. */
    private static final ThreadLocal<String[]> LOWERED = ThreadLocal.withInitial(() -> new String[2]);

    private RequiredLiteral() {
    }

    /** Remembers the literal of a pattern compiled from the lexicon. */
    static Pattern register(Pattern p) {
        String literal = of(p.pattern());
        if (literal != null) {
            LITERALS.put(p, literal);
        }
        return p;
    }

    /** False only when {@code p} certainly cannot match {@code text}. */
    static boolean mayMatch(Pattern p, String text) {
        String literal = LITERALS.get(p);
        return literal == null || lower(text).contains(literal);
    }

    private static String lower(String text) {
        String[] last = LOWERED.get();
        if (last[0] != text) {
            last[0] = text;
            last[1] = text.toLowerCase(Locale.ROOT);
        }
        return last[1];
    }

    /** The longest run of letters outside groups, classes and quantifiers, or null. */
    static String of(String regex) {
        String best = null;
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
                i++;
                if (next == 'p' || next == 'P' || next == 'x' || next == 'N') {
                    int close = regex.indexOf('}', i);
                    if (i + 1 < regex.length() && regex.charAt(i + 1) == '{' && close > 0) {
                        i = close;
                    }
                }
                if (!inClass && depth == 0 && (next == 'b' || next == 'B')) {
                    continue; // a word boundary takes no characters
                }
                best = longer(best, run);
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            if (c == '[') {
                inClass = true;
                best = longer(best, run);
            } else if (c == '(') {
                depth++;
                best = longer(best, run);
            } else if (c == ')') {
                depth--;
                best = longer(best, run);
            } else if (c == '|' && depth == 0) {
                return null;
            } else if (c == '?' || c == '*' || c == '{') {
                if (run.length() > 0) {
                    run.setLength(run.length() - 1); // the last letter is optional
                }
                best = longer(best, run);
            } else if (depth == 0 && Character.isLetter(c)) {
                run.append(c);
            } else {
                best = longer(best, run);
            }
        }
        best = longer(best, run);
        return best == null ? null : best.toLowerCase(Locale.ROOT);
    }

    private static String longer(String best, StringBuilder run) {
        String r = run.toString();
        run.setLength(0);
        return r.length() >= MIN && (best == null || r.length() > best.length()) ? r : best;
    }
}
