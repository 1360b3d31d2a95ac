package dev.candor.report;

import java.util.Locale;

/**
 * Makes text the scanned site controls (cookie names, URLs, titles, policy quotes, and messages
 * quoting them) safe to show: nothing in it can move a cursor, clear a terminal, reorder what a
 * reader sees, or put a character into a file that its format forbids. Each format still escapes
 * its own syntax on top of this.
 */
public final class SiteText {

    private SiteText() {}

    /**
     * The text with line breaks and tabs turned into spaces, and every other control character
     * (C0, DEL, C1: ANSI escapes included), bidirectional override or isolate, byte-order mark,
     * noncharacter U+FFFE/U+FFFF and unpaired surrogate written as the six characters
     * <code>&#92;uXXXX</code>, so a reader sees that the site put it there. Null becomes "".
     */
    public static String visible(String s) {
        if (s == null) {
            return "";
        }
        int first = firstUnsafe(s);
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (isLineSpace(c)) {
                b.append(' ');
            } else if (isUnsafe(c)) {
                b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code s} cut to at most {@code max} characters, the cut marked with an ellipsis; a surrogate pair is never split. */
    static String cap(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    private static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (isLineSpace(c) || isUnsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLineSpace(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    private static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF'
                || Character.isSurrogate(c); // a paired one was consumed before this is asked
    }
}
