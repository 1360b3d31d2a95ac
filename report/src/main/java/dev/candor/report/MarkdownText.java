package dev.candor.report;

/**
 * Escapes text for GitHub-flavoured Markdown, in running text and in table cells: nothing in it
 * can open HTML, an entity, a link, an image, emphasis, code, strike-through or math, or end a
 * table cell. Control characters are made visible first ({@link SiteText#visible}). The text never
 * starts a line in Candor's layouts, so line-start syntax ({@code #}, {@code -}, {@code 1.}) needs
 * no escape, and parentheses are harmless once brackets are escaped. A bare URL is still
 * autolinked by GitHub; it shows its own target, so it cannot disguise one as a link text could.
 */
final class MarkdownText {

    /** The characters that would format, link or end a cell mid-line, each escaped with a backslash. */
    private static final String BACKSLASHED = "\\`*_[]~$|";

    private MarkdownText() {}

    /** {@code s} made visible, cut to {@code max} characters, then escaped. */
    static String inline(String s, int max) {
        return escape(SiteText.cap(SiteText.visible(s), max));
    }

    /** {@code s} escaped: {@code & < >} as entities (so no HTML and no autolink), Markdown punctuation backslashed. */
    static String escape(String s) {
        String v = SiteText.visible(s);
        StringBuilder b = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                    if (BACKSLASHED.indexOf(c) >= 0) {
                        b.append('\\');
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }
}
