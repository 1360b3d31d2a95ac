package dev.candor.rules.policy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a match in a sentence is negated in its clause ("we do not use X", "X setzen wir nicht
 * ein"). Every look is bounded to a window around the match, so the cost per match is constant
 * and a paragraph without sentence breaks is read in linear time.
 */
final class NegationScope {
    static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()–—]|\\s-\\s|\\b(?:but|aber|men|however|jedoch|dog"
            + "|mais|cependant|maar|echter|pero|sin embargo|ma|tuttavia)\\b", Lexicon.FLAGS);
    /** How far back a negation may stand before its object. */
    private static final int BEFORE = 60;
    /** How far after its object a post-posed negation may stand ("setzen wir nicht ein"). */
    private static final int AFTER = 40;
    /** How far a clause that lifts a negation ("not ... until you consent") is read. */
    private static final int LIFT = 200;
    /** Longer than the longest clause break, so a break straddling the window start is still seen. */
    private static final int SLACK = 20;

    private final List<Pattern> negation;
    /** What turns a bare negation into "only" after its object ("ne … que"), and the words that keep it a negation. */
    private final List<Pattern> restrictive;
    private final List<Pattern> strong;
    private final List<Pattern> limits;
    private final List<Pattern> lifted;

    NegationScope(Lexicon lex) {
        this.negation = lex.patterns("negation");
        this.limits = lex.patterns("negationLimits");
        this.lifted = lex.patterns("negationLifted");
        this.restrictive = lex.patterns("negationRestrictive");
        this.strong = lex.patterns("negationStrong");
    }

    /** Whether a negation word stands in the same clause before {@code at}. */
    boolean negatedAt(String text, int at) {
        int windowStart = Math.max(0, at - BEFORE);
        int from = windowStart;
        Matcher b = CLAUSE_BREAK.matcher(text).region(Math.max(0, at - BEFORE - SLACK), at);
        b.useTransparentBounds(true);
        while (b.find()) {
            from = Math.max(from, b.end());
        }
        return negation(text.substring(from, at));
    }

    /** "A data protection officer has not been appointed": a negation right after the match. */
    boolean negatedAfter(String text, int at) {
        return negation(clauseAfter(text, at, AFTER));
    }

    /**
     * "Marketing-Cookies setzen wir nicht ein": German and Danish put the negation after the
     * object. "Are not set until you consent" is a condition, not a denial.
     */
    boolean negatedAfterUnconditionally(String text, int at) {
        return negatedAfter(text, at) && !any(lifted, clauseAfter(text, at, LIFT));
    }

    /**
     * A negation before the match that the rest of its clause does not lift: "we do not set
     * analytics cookies until you agree" is a condition, not a denial.
     */
    boolean denied(String text, int start, int end) {
        return negatedAt(text, start) && !any(lifted, clauseAfter(text, end, LIFT)) && !restricted(text, start, end);
    }

    /**
     * French "ne … que" restricts rather than denies ("ne conserve vos données que tant que …" keeps them): a bare
     * "ne" before the match, a "que" after it in the clause, and no "pas", "jamais" or "aucun" with them.
     */
    private boolean restricted(String text, int start, int end) {
        if (restrictive.isEmpty()) {
            return false;
        }
        String after = clauseAfter(text, end, LIFT);
        return any(restrictive, after) && !any(strong, text.substring(Math.max(0, start - BEFORE), start) + " " + after);
    }

    /** The first match of any pattern that is not negated in its clause. */
    Matcher firstPositive(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (!RequiredLiteral.mayMatch(p, text)) {
                continue;
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!negatedAt(text, m.start()) || restricted(text, m.start(), m.end())) {
                    return m;
                }
            }
        }
        return null;
    }

    /** A negation in a fragment, limits such as "no longer than 13 months" aside: they bound, they do not deny. */
    private boolean negation(String fragment) {
        return any(negation, blankOut(limits, fragment));
    }

    /** The text after {@code at} up to the next clause break, at most {@code max} chars. */
    private static String clauseAfter(String text, int at, int max) {
        int end = Math.min(text.length(), at + max);
        Matcher b = CLAUSE_BREAK.matcher(text).region(at, end);
        b.useTransparentBounds(true);
        return text.substring(at, b.find() ? b.start() : end);
    }

    /** The text with every match replaced by spaces, so offsets stay valid. */
    static String blankOut(List<Pattern> patterns, String text) {
        StringBuilder out = null;
        for (Pattern p : patterns) {
            if (!RequiredLiteral.mayMatch(p, text)) {
                continue;
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                out = out == null ? new StringBuilder(text) : out;
                for (int i = m.start(); i < m.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean any(List<Pattern> patterns, String text) {
        return first(patterns, text) != null;
    }

    static Matcher first(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (!RequiredLiteral.mayMatch(p, text)) {
                continue;
            }
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }
}
