package dev.candor.rules.policy;

import dev.candor.model.policy.PolicyDocument;
import dev.candor.model.policy.PolicyDocument.Section;
import dev.candor.model.policy.PolicyDocument.Sentence;
import dev.candor.model.policy.PolicyDocument.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the blocks an extractor finds (headings, paragraphs, list items, tables) into one
 * text with offsets, sections and sentences. Blocks are separated by a blank line so offsets
 * point into text a human can read.
 */
final class DocumentBuilder {
    /** Above this much text the rest is dropped: policies are far shorter, and work stays bounded. */
    static final int MAX_CHARS = 600_000;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");

    private final String source;
    private final StringBuilder text = new StringBuilder();
    private final List<String> headings = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private int sectionStart = 0;
    private boolean truncated;

    DocumentBuilder(String source) {
        this.source = source;
    }

    boolean truncated() {
        return truncated;
    }

    void heading(int level, String raw) {
        String h = clean(raw);
        if (h.isEmpty() || full()) {
            return;
        }
        h = withinBudget(h);
        closeSection();
        while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
            levels.remove(levels.size() - 1);
            headings.remove(headings.size() - 1);
        }
        levels.add(level);
        headings.add(h.length() > 120 ? h.substring(0, 120) : h);
        int offset = append(h);
        sectionStart = offset;
        sentences.add(new Sentence(h, offset, path(), true));
    }

    void paragraph(String raw) {
        String p = clean(raw);
        if (p.isEmpty() || full()) {
            return;
        }
        p = withinBudget(p);
        int offset = append(p);
        for (SentenceSplitter.Span s : SentenceSplitter.split(p)) {
            sentences.add(new Sentence(s.text(), offset + s.start(), path(), false));
        }
    }

    void table(List<String> header, List<List<String>> rows) {
        if (full() || (header.isEmpty() && rows.isEmpty())) {
            return;
        }
        List<String> h = header.stream().map(DocumentBuilder::clean).toList();
        List<List<String>> body = rows.stream().map(r -> r.stream().map(DocumentBuilder::clean).toList())
                .filter(r -> r.stream().anyMatch(c -> !c.isEmpty())).toList();
        int tableOffset = -1;
        if (!h.isEmpty()) {
            tableOffset = append(String.join(" | ", h));
        }
        for (List<String> row : body) {
            if (full()) {
                break;
            }
            String line = withinBudget(String.join(" | ", row));
            int offset = append(line);
            if (tableOffset < 0) {
                tableOffset = offset;
            }
            sentences.add(new Sentence(line, offset, path(), false));
        }
        tables.add(new Table(h, body, Math.max(tableOffset, 0), path()));
    }

    PolicyDocument build() {
        closeSection();
        return new PolicyDocument(source, text.toString(), null, sections, sentences, tables);
    }

    /** The text so far, for language detection before the document is final. */
    CharSequence textSoFar() {
        return text;
    }

    /** The block cut at a word before the character budget runs out: one huge paragraph must not escape the bound. */
    private String withinBudget(String block) {
        int room = MAX_CHARS - text.length();
        if (block.length() <= room) {
            return block;
        }
        truncated = true;
        int cut = block.lastIndexOf(' ', room);
        return block.substring(0, cut > room / 2 ? cut : room);
    }

    private boolean full() {
        if (text.length() >= MAX_CHARS) {
            truncated = true;
            return true;
        }
        return false;
    }

    private int append(String block) {
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int offset = text.length();
        text.append(block);
        return offset;
    }

    private void closeSection() {
        if (text.length() > sectionStart || !headings.isEmpty()) {
            if (!sections.isEmpty() && sections.get(sections.size() - 1).start() == sectionStart) {
                return;
            }
            sections.add(new Section(headings, sectionStart, text.length()));
        }
    }

    private String path() {
        return String.join(" > ", headings);
    }

    static String clean(String raw) {
        return raw == null ? "" : SPACES.matcher(raw).replaceAll(" ").strip();
    }
}
