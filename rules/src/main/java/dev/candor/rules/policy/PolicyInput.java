package dev.candor.rules.policy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A policy to read, by what its bytes are. {@link #fromFile(Path)} picks the kind by content
 * sniffing and extension.
 */
public sealed interface PolicyInput {

    /** Where the policy came from (path or URL), copied into the analysis. */
    String source();

    /**
     * An HTML page (a saved file or a rendered DOM snapshot).
     *
     * @param html    the markup
     * @param baseUrl the page URL, used to resolve links; may be empty
     * @param source  where it came from
     */
    record Html(String html, String baseUrl, String source) implements PolicyInput {
        public Html {
            Objects.requireNonNull(html, "html");
            baseUrl = baseUrl == null ? "" : baseUrl;
            source = source == null ? baseUrl : source;
        }
    }

    /**
     * A PDF file.
     *
     * @param bytes  the file's bytes (copied)
     * @param source where it came from
     */
    record Pdf(byte[] bytes, String source) implements PolicyInput {
        public Pdf {
            bytes = bytes.clone();
            source = source == null ? "" : source;
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** Plain text; blank lines separate paragraphs, short title-like lines are headings. */
    record PlainText(String text, String source) implements PolicyInput {
        public PlainText {
            Objects.requireNonNull(text, "text");
            source = source == null ? "" : source;
        }
    }

    /** Markdown: {@code #} headings, bold-only lines as headings, pipe tables. */
    record Markdown(String text, String source) implements PolicyInput {
        public Markdown {
            Objects.requireNonNull(text, "text");
            source = source == null ? "" : source;
        }
    }

    /**
     * A file the reader cannot take (binary, unknown encoding).
     *
     * @param reason one line saying what the file is and what to give instead
     */
    record Unsupported(String reason, String source) implements PolicyInput {
    }

    /**
     * Reads a file and decides what it is: {@code %PDF} magic means PDF; HTML tags (or an
     * {@code .html}/{@code .htm} extension) mean HTML; {@code .md}/{@code .markdown} means
     * Markdown; other valid UTF-8 (or Latin-1) text is plain text; anything with NUL bytes or
     * many control chars is {@link Unsupported}.
     *
     * @throws PolicyReadException when the file cannot be read
     */
    static PolicyInput fromFile(Path file) throws PolicyReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PolicyReadException("Policy file not found: " + file, e);
        } catch (IOException e) {
            throw new PolicyReadException("Cannot read policy file " + file + ": " + e.getMessage(), e);
        }
        String source = file.toString();
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return fromBytes(bytes, name, source);
    }

    /** Sniffs {@code bytes} like {@link #fromFile(Path)}; {@code fileName} gives the extension. */
    static PolicyInput fromBytes(byte[] bytes, String fileName, String source) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return new Pdf(bytes, source);
        }
        if (looksBinary(bytes)) {
            return new Unsupported("File is binary, not a policy (HTML, PDF, Markdown or text): "
                    + "export the policy as HTML, PDF or text", source);
        }
        String text = decode(bytes);
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        boolean markdownName = name.endsWith(".md") || name.endsWith(".markdown");
        // Markdown may carry inline HTML (a <p> in a table cell); it stays Markdown unless HTML lines dominate.
        if (markdownName && !head.contains("<html") && !head.contains("<!doctype html") && mostlyMarkdown(text)) {
            return new Markdown(text, source);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                || head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<p>") || head.contains("<div")) {
            return new Html(text, "", source);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return new Markdown(text, source);
        }
        return new PlainText(text, source);
    }

    /** More lines that look like Markdown (headings, list items, table rows) than lines that open with a tag. */
    private static boolean mostlyMarkdown(String text) {
        int markdown = 0;
        int html = 0;
        for (String line : text.split("\n", 5000)) {
            String l = line.strip();
            if (l.startsWith("#") || l.startsWith("|") || l.startsWith("* ") || l.startsWith("- ")) {
                markdown++;
            } else if (l.startsWith("<") && !l.startsWith("<!--")) {
                html++;
            }
        }
        return markdown >= html;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Older policies are often saved as Windows-1252; Latin-1 keeps their umlauts readable.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
