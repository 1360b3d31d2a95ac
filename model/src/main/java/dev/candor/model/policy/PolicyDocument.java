package dev.candor.model.policy;

import java.util.List;

/**
 * The text of a policy as extracted from HTML, PDF, Markdown or plain text, with its structure.
 * All offsets are char offsets into {@link #text()}.
 *
 * @param source    where the policy came from
 * @param text      the extracted text: blocks separated by blank lines, table rows as
 *                  cells joined with {@code " | "}
 * @param language  ISO 639-1 code of the detected language, or null
 * @param sections  the sections in document order; each starts at a heading
 * @param sentences the sentences in document order
 * @param tables    the tables found (HTML tables, Markdown pipe tables)
 */
public record PolicyDocument(String source, String text, String language, List<Section> sections,
                             List<Sentence> sentences, List<Table> tables) {

    public PolicyDocument {
        sections = List.copyOf(sections);
        sentences = List.copyOf(sentences);
        tables = List.copyOf(tables);
    }

    /** A copy with the language set. */
    public PolicyDocument withLanguage(String lang) {
        return new PolicyDocument(source, text, lang, sections, sentences, tables);
    }

    /**
     * A section: the text under a heading up to the next heading.
     *
     * @param headingPath the headings from the outermost to this one
     * @param start       offset of the heading
     * @param end         offset just past the section's last char
     */
    public record Section(List<String> headingPath, int start, int end) {
        public Section {
            headingPath = List.copyOf(headingPath);
        }

        /** The heading path joined with {@code " > "}. */
        public String path() {
            return String.join(" > ", headingPath);
        }
    }

    /**
     * A sentence, a list item or a table row.
     *
     * @param text        the sentence as written (whitespace collapsed)
     * @param offset      offset of its first char
     * @param headingPath the heading path of its section joined with {@code " > "}
     * @param heading     whether the sentence is itself a heading
     */
    public record Sentence(String text, int offset, String headingPath, boolean heading) {
    }

    /**
     * A table with a header row.
     *
     * @param header      header cells (empty when the table has none)
     * @param rows        body rows, cells as text
     * @param offset      offset of the table's first row in the text
     * @param headingPath heading path of the section holding the table
     */
    public record Table(List<String> header, List<List<String>> rows, int offset, String headingPath) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
