package dev.candor.rules.policy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML to blocks with jsoup: page chrome (nav, header, footer, aside, forms, scripts) and
 * cookie-banner-like boxes are dropped; headings, paragraphs, list items and table rows stay.
 */
final class HtmlExtractor {
    private static final String CHROME = "nav, header, footer, aside, form, script, style, noscript, template, "
            + "iframe, svg, button, select, input, textarea, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true], [hidden]";
    private static final Pattern BANNER = Pattern.compile(
            "(?i)(cookie|consent|gdpr)[-_]?(banner|bar|notice|popup|pop-up|modal|dialog|overlay|layer)"
            + "|CybotCookiebot|onetrust-(banner|consent|pc)|usercentrics|^cmp[-_]|[-_]cmp$|^cmpbox|cc-window|cc_banner"
            + "|(^|[-_ ])(skip-link|breadcrumbs?|site-nav|navbar|menu|sidebar)([-_ ]|$)");
    private static final Set<String> INLINE = Set.of("a", "span", "strong", "em", "b", "i", "u", "code", "small",
            "sup", "sub", "abbr", "time", "mark", "label", "cite", "q", "s", "del", "ins", "font", "bdi", "bdo", "kbd",
            "var", "dfn", "data", "wbr", "img");

    private HtmlExtractor() {
    }

    /** Extracts blocks into {@code out}; returns the page's {@code lang} attribute or "". */
    static String extract(String html, String baseUrl, DocumentBuilder out) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        String lang = doc.select("html").attr("lang");
        doc.select(CHROME).remove();
        for (Element e : doc.body().getAllElements()) {
            if (e != doc.body() && e.parent() != null && looksLikeBanner(e)) {
                e.remove();
            }
        }
        Element root = doc.selectFirst("main, article, [role=main]");
        walk(root == null ? doc.body() : root, out);
        return lang;
    }

    private static boolean looksLikeBanner(Element e) {
        String idClass = e.id() + " " + e.className();
        return !idClass.isBlank() && BANNER.matcher(idClass).find() && textShorterThan(e, 3000);
    }

    /** Counts text only up to {@code limit}, so checking every element of a deep tree stays linear enough. */
    private static boolean textShorterThan(Element e, int limit) {
        int[] length = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    length[0] += t.text().length();
                }
                return length[0] >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return length[0] < limit;
    }

    /** One element being walked: its children are read in order, inline text collecting until a block. */
    private static final class Frame {
        final Element element;
        final StringBuilder inline = new StringBuilder();
        int next;

        Frame(Element element) {
            this.element = element;
        }
    }

    /**
     * Walks the tree with an explicit stack, not recursion: a page may nest thousands of levels,
     * and the reader must not overflow on what a site serves.
     */
    private static void walk(Element root, DocumentBuilder out) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root));
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.next >= f.element.childNodeSize()) {
                flush(f.inline, out);
                stack.pop();
                continue;
            }
            Node child = f.element.childNode(f.next++);
            if (child instanceof TextNode t) {
                f.inline.append(t.text());
                continue;
            }
            if (!(child instanceof Element e)) {
                continue;
            }
            String tag = e.normalName();
            if (INLINE.contains(tag)) {
                f.inline.append(e.text());
                continue;
            }
            if (tag.equals("br")) {
                f.inline.append(' ');
                continue;
            }
            flush(f.inline, out);
            if (!block(e, tag, out)) {
                stack.push(new Frame(e));
            }
        }
    }

    /** Emits a block element; false when it is a container whose children must be walked. */
    private static boolean block(Element e, String tag, DocumentBuilder out) {
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> out.heading(tag.charAt(1) - '0', e.text());
            case "p", "dt", "dd", "address", "caption", "figcaption", "pre", "summary" -> {
                if (isBoldOnly(e)) {
                    out.heading(6, e.text());
                } else {
                    lines(e).forEach(out::paragraph);
                }
            }
            case "li" -> {
                if (e.selectFirst("ul, ol, table, p, div") != null) {
                    return false;
                }
                out.paragraph(e.text());
            }
            case "table" -> table(e, out);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * A block's text, one entry per line its {@code <br>}s make: an address or contact block written
     * as "Name<br>Street 1<br>12345 Town" is lines, not one run-on sentence. Without a {@code <br>} the text.
     */
    private static List<String> lines(Element e) {
        if (e.selectFirst("br") == null) {
            return List.of(e.text());
        }
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                sb.append(t.text());
            } else if (node instanceof Element el && el.normalName().equals("br")) {
                sb.append('\n');
            }
        }, e);
        return sb.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean isBoldOnly(Element p) {
        if (p.children().size() != 1) {
            return false;
        }
        Element c = p.child(0);
        String t = p.text();
        return (c.normalName().equals("strong") || c.normalName().equals("b")) && c.text().equals(t)
                && t.length() < 100 && !t.endsWith(".");
    }

    private static void table(Element table, DocumentBuilder out) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            boolean allTh = true;
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell.text());
                    allTh &= cell.normalName().equals("th");
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (header.isEmpty() && rows.isEmpty() && (allTh || tr.parent() != null
                    && tr.parent().normalName().equals("thead"))) {
                header.addAll(cells);
            } else {
                rows.add(cells);
            }
        }
        if (header.isEmpty() && !rows.isEmpty() && CookieTableReader.looksLikeHeader(rows.get(0))) {
            header.addAll(rows.remove(0));
        }
        out.table(header, rows);
    }

    private static void flush(StringBuilder inline, DocumentBuilder out) {
        if (inline.length() > 0) {
            String t = inline.toString();
            if (!t.isBlank()) {
                out.paragraph(t);
            }
            inline.setLength(0);
        }
    }

    static String primaryLanguage(String langAttr) {
        if (langAttr == null || langAttr.isBlank()) {
            return null;
        }
        return langAttr.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }
}
