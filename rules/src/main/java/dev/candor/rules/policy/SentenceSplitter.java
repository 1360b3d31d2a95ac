package dev.candor.rules.policy;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences: {@link BreakIterator} proposes breaks, and a break is
 * undone when the text before it ends with a known abbreviation ("z. B.", "Abs.", "stk.",
 * "e.g."), an ordinal number ("1. Januar", "Art. 6 Abs. 1"), a single letter or when the next
 * part starts in lower case. The JDK alone splits all of these.
 */
final class SentenceSplitter {

    /** A sentence inside the paragraph: start offset and text. */
    record Span(int start, String text) {
    }

    private static final Set<String> ABBREVIATIONS = Lexicon.abbreviations();
    private static final Pattern ORDINAL_END = Pattern.compile("(^|[\\s(])\\d{1,3}\\.$");
    private static final Pattern SINGLE_LETTER_END = Pattern.compile("(^|[\\s(.])\\p{L}\\.$");
    private static final Pattern LETTER_ITEM_END = Pattern.compile(
            "(?i)\\b(?:lit\\.|litra|buchst\\.|buchstabe|bogstav|letter|point)\\s*\\(?\\p{L}\\)?\\.$");
    private static final Pattern LAST_TOKEN = Pattern.compile("(\\S+)$");
    /** How much of the text before a break {@link #shouldJoin} sees: longer than any abbreviation or ordinal. */
    private static final int TAIL = 64;

    private SentenceSplitter() {
    }

    static List<Span> split(String paragraph) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(paragraph);
        List<int[]> raw = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            raw.add(new int[] {start, end});
        }
        List<Span> out = new ArrayList<>();
        int curStart = -1;
        int curEnd = -1;
        for (int[] r : raw) {
            if (curStart < 0) {
                curStart = r[0];
                curEnd = r[1];
                continue;
            }
            // Only the end of the sentence so far decides a join: a bounded tail keeps long paragraphs linear.
            String before = paragraph.substring(Math.max(curStart, curEnd - TAIL), curEnd).stripTrailing();
            String next = paragraph.substring(r[0], r[1]).stripLeading();
            if (shouldJoin(before, next)) {
                curEnd = r[1];
            } else {
                add(out, paragraph, curStart, curEnd);
                curStart = r[0];
                curEnd = r[1];
            }
        }
        if (curStart >= 0) {
            add(out, paragraph, curStart, curEnd);
        }
        return out;
    }

    static boolean shouldJoin(String before, String next) {
        if (next.isEmpty()) {
            return true;
        }
        char first = next.charAt(0);
        if (Character.isLowerCase(first) || Character.isDigit(first) && before.endsWith(".")
                && ORDINAL_END.matcher(before).find()) {
            return true;
        }
        if (!before.endsWith(".")) {
            return false;
        }
        if (LETTER_ITEM_END.matcher(before).find()) {
            // "lit. a." / "litra a." ends a sentence; the letter is not an initial.
            return false;
        }
        if (SINGLE_LETTER_END.matcher(before).find() || ORDINAL_END.matcher(before).find()) {
            return true;
        }
        var m = LAST_TOKEN.matcher(before);
        if (m.find()) {
            String token = m.group(1).toLowerCase(Locale.ROOT);
            token = token.replaceFirst("^[(\\[\"'„“]+", "");
            return ABBREVIATIONS.contains(token);
        }
        return false;
    }

    private static void add(List<Span> out, String p, int start, int end) {
        String s = p.substring(start, end);
        int lead = 0;
        while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) {
            lead++;
        }
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(new Span(start + lead, t));
        }
    }
}
