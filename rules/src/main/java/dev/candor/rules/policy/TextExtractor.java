package dev.candor.rules.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text and Markdown to blocks. Blank lines end paragraphs; bullet lines start list
 * items; lines of a paragraph are joined (a hyphen at a line end before a lower-case letter is
 * a word break and dropped). Headings: Markdown {@code #}, bold-only lines, and short
 * title-like lines standing alone.
 */
final class TextExtractor {
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(\\*\\*|__)([^*_]{1,120})\\1\\s*:?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•·▪◦‣–]|\\d{1,2}[.)])\\s+");
    /** Bounded: an unclosed bracket must not make every later bracket rescan the rest of the paragraph. */
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\[]{0,500})\\]\\([^)\\s]{0,2000}(?:\\s+\"[^\"]{0,200}\")?\\)");
    /** A site generator's link shortcode ({@code {{< link slug="…" text="Uberspace" >}}}) reads as its text. */
    private static final Pattern SHORTCODE_TEXT = Pattern.compile("\\{\\{<\\s*\\w+[^>{}]{0,300}?\\btext=\"([^\"]{0,200})\"[^>{}]{0,300}>\\}\\}");
    /** Inline HTML in Markdown ("<p>Support</p>" in a table cell): the tags go, the text stays. */
    private static final Pattern INLINE_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\\s[^<>]{0,300})?/?>");
    private static final Pattern MD_EMPH = Pattern.compile("(\\*\\*|__|\\*|`)");
    /**
     * "_Starship Factory_": emphasis by single underscores around capitalised words with a space between, never
     * a cookie's name ("_ga", "_ga_<container-id>") or a snake_case name.
     */
    private static final Pattern MD_UNDERSCORE_EMPH = Pattern.compile(
            "(?<![\\p{L}\\d_])_(\\p{Lu}[^_\\n<>]{0,118}?\\s[^_\\n<>]{0,118}?[\\p{L}.])_(?![\\p{L}\\d_])");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern TITLE_LIKE = Pattern.compile("^[\\p{Lu}\\d][^.!?;]{0,78}$");
    /** "3. Cookies", "3.1 Newsletter", "2) Empfänger": a section number and a short capitalised title. */
    private static final Pattern NUMBERED_TITLE = Pattern.compile(
            "^\\s*(\\d{1,2}(?:\\.\\d{1,2})*)[.)]?\\s+(\\p{Lu}[^.!;:,]{0,70}[^.!;:,\\s])\\s*$");

    /** A Markdown blockquote's markers, and a hard line break at a line's end (two spaces, a backslash, {@code <br>}). */
    private static final Pattern BLOCKQUOTE = Pattern.compile("^\\s{0,3}(?:>\\s?)+");
    private static final Pattern HARD_BREAK = Pattern.compile("(?: {2,}|\\\\|<br\\s*/?>)$", Pattern.CASE_INSENSITIVE);
    /** The longest line of a contact block written over lines ("Musterstraße 12, 12345 Musterstadt, Deutschland"). */
    private static final int ADDRESS_LINE_MAX = 48;
    /** An HTML comment in Markdown: commented-out text is not published, so it says nothing about the site. */
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private TextExtractor() {
    }

    static void extract(String text, boolean markdown, DocumentBuilder out) {
        String source = markdown && text.contains("<!--") ? withoutComments(text) : text;
        String[] lines = source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> para = new ArrayList<>();
        List<String[]> tableRows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace('\t', ' ');
            if (markdown) {
                // a blockquote ("> **Name**" / "> Street 1") is read as the text it quotes
                line = BLOCKQUOTE.matcher(line).replaceFirst("");
            }
            if (markdown && line.strip().startsWith("|")) {
                flush(para, markdown, out);
                if (!TABLE_RULE.matcher(line).matches()) {
                    tableRows.add(splitRow(line));
                }
                continue;
            }
            flushTable(tableRows, out);
            if (line.isBlank()) {
                flush(para, markdown, out);
                continue;
            }
            Matcher h = markdown ? MD_HEADING.matcher(line) : null;
            if (h != null && h.matches()) {
                flush(para, markdown, out);
                out.heading(h.group(1).length(), inline(h.group(2)));
                continue;
            }
            Matcher b = markdown ? BOLD_LINE.matcher(line) : null;
            if (b != null && b.matches()) {
                flush(para, markdown, out);
                out.heading(6, b.group(2));
                continue;
            }
            Matcher n = NUMBERED_TITLE.matcher(line);
            if (n.matches() && numberedHeading(lines, i, n.group(1), n.group(2))) {
                flush(para, markdown, out);
                out.heading(Math.min(6, 1 + n.group(1).split("\\.").length), inline(n.group(2)));
                continue;
            }
            if (BULLET.matcher(line).find()) {
                flush(para, markdown, out);
            }
            para.add(line);
        }
        flushTable(tableRows, out);
        flush(para, markdown, out);
    }

    private static void flush(List<String> para, boolean markdown, DocumentBuilder out) {
        if (para.isEmpty()) {
            return;
        }
        if (para.size() > 1 && !BULLET.matcher(para.get(0)).find() && (markdown && hardBreaks(para) || addressBlock(para))) {
            // "Name  \nStreet 1  \n12345 Town": lines, as HTML's <br>s make them, not one run-on sentence
            for (String l : para) {
                String line = HARD_BREAK.matcher(l).replaceFirst("").strip();
                if (!line.isEmpty()) {
                    out.paragraph(markdown ? inline(line) : line);
                }
            }
            para.clear();
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (String l : para) {
            String s = l.strip();
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-' && sb.length() > 1
                    && Character.isLowerCase(sb.charAt(sb.length() - 2)) && !s.isEmpty()
                    && Character.isLowerCase(s.charAt(0))) {
                sb.setLength(sb.length() - 1);
            } else if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s);
        }
        para.clear();
        String block = sb.toString();
        boolean bullet = BULLET.matcher(block).find();
        block = BULLET.matcher(block).replaceFirst("");
        if (markdown) {
            block = inline(block);
        }
        if (!bullet && isTitle(block)) {
            out.heading(markdown ? 6 : 2, block);
        } else {
            out.paragraph(block);
        }
    }

    /** Whether every line but the last ends in a Markdown hard break (two spaces, a backslash or {@code <br>}). */
    private static boolean hardBreaks(List<String> para) {
        for (int i = 0; i < para.size() - 1; i++) {
            if (!HARD_BREAK.matcher(para.get(i)).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Short lines with an address, e-mail or phone among them: a contact block written over lines, as imprints
     * are. Prose wrapped to a column has longer lines.
     */
    private static boolean addressBlock(List<String> para) {
        boolean contact = false;
        for (String l : para) {
            String t = HARD_BREAK.matcher(l).replaceFirst("").strip();
            if (t.length() > ADDRESS_LINE_MAX) {
                return false;
            }
            contact |= NameShape.addressLine(t) || ControllerFinder.EMAIL.matcher(t).find();
        }
        return contact;
    }

    /**
     * A numbered title line is a section heading, not a list item, when it stands after a blank
     * line (lists are contiguous) and the next line is body text or a sub-section, not the next item.
     */
    private static boolean numberedHeading(String[] lines, int at, String number, String title) {
        if (title.split("\\s+").length > 9 || (at > 0 && !lines[at - 1].isBlank())) {
            return false;
        }
        for (int j = at + 1; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                String next = lines[j].strip();
                // "3. Processing" followed by "3.1 Log files" is a heading with a sub-heading.
                return (next.startsWith(number + ".") && !next.startsWith(number + ". "))
                        || (!BULLET.matcher(next).find() && !Character.isLowerCase(next.charAt(0)));
            }
        }
        return false;
    }

    /** A short stand-alone line without sentence punctuation that starts in upper case. */
    static boolean isTitle(String block) {
        String t = block.strip();
        if (!TITLE_LIKE.matcher(t).matches() || t.endsWith(":") || t.endsWith(",") || t.contains("@")) {
            return false;
        }
        return t.split("\\s+").length <= 9;
    }

    private static void flushTable(List<String[]> rows, DocumentBuilder out) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> header = List.of(rows.get(0));
        List<List<String>> body = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            body.add(List.of(rows.get(i)));
        }
        out.table(header.stream().map(TextExtractor::inline).toList(),
                body.stream().map(r -> r.stream().map(TextExtractor::inline).toList()).toList());
        rows.clear();
    }

    private static String[] splitRow(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        String[] cells = s.split("\\|", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        return cells;
    }

    static String inline(String md) {
        String text = md.indexOf("{{<") < 0 ? md : SHORTCODE_TEXT.matcher(md).replaceAll("$1");
        text = text.indexOf('<') < 0 ? text : INLINE_TAG.matcher(text).replaceAll(" ");
        // Markdown renders character references: "Glide &amp; Seek" reads "Glide & Seek"
        text = text.indexOf('&') < 0 ? text : text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
        String unlinked = MD_LINK.matcher(text).replaceAll("$1");
        return MD_EMPH.matcher(MD_UNDERSCORE_EMPH.matcher(unlinked).replaceAll("$1")).replaceAll("");
    }

    /** The text with each comment blanked, its line breaks kept so later lines keep their places. */
    private static String withoutComments(String text) {
        Matcher m = HTML_COMMENT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(m.group().replaceAll("[^\n]", " "));
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
