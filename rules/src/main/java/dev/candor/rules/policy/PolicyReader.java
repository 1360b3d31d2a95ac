package dev.candor.rules.policy;

import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.PolicyDocument;
import dev.candor.model.policy.ReadStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a privacy policy into a {@link PolicyAnalysis}. Stateless and thread-safe.
 *
 * <p>Never throws for content problems: an empty, binary, image-only or foreign-language
 * policy comes back with a {@link ReadStatus} other than {@code read} and a one-line problem
 * naming the fix. Only {@link PolicyInput#fromFile} throws, for I/O errors.
 */
public final class PolicyReader {

    /** Reads and analyses one policy. */
    public PolicyAnalysis read(PolicyInput input) {
        String source = input.source() == null ? "" : input.source();
        DocumentBuilder builder = new DocumentBuilder(source);
        List<String> problems = new ArrayList<>();
        String hintedLanguage = null;
        if (input instanceof PolicyInput.Unsupported u) {
            return PolicyAnalysis.notRead(source, null, ReadStatus.UNREADABLE, u.reason());
        } else if (input instanceof PolicyInput.Html h) {
            hintedLanguage = HtmlExtractor.primaryLanguage(HtmlExtractor.extract(h.html(), h.baseUrl(), builder));
        } else if (input instanceof PolicyInput.Markdown m) {
            TextExtractor.extract(m.text(), true, builder);
        } else if (input instanceof PolicyInput.PlainText t) {
            TextExtractor.extract(t.text(), false, builder);
        } else if (input instanceof PolicyInput.Pdf p) {
            PdfExtractor.Result r;
            try {
                r = PdfExtractor.extract(p.bytes());
            } catch (IOException | RuntimeException e) {
                return PolicyAnalysis.notRead(source, null, ReadStatus.UNREADABLE,
                        "PDF cannot be opened (" + oneLine(e) + "): provide an undamaged, unencrypted PDF or the HTML version");
            }
            if (r.text().isBlank()) {
                return PolicyAnalysis.notRead(source, null, ReadStatus.UNREADABLE, r.pages() == 0
                        ? "PDF has no pages: provide the policy as HTML or text"
                        : "PDF has no text layer (scanned image?): run OCR on it or provide the HTML or text version");
            }
            if (r.truncated()) {
                problems.add("PDF has " + r.pages() + " pages; only the first " + PdfExtractor.MAX_PAGES
                        + " were read: split the document if the policy is further on");
            }
            TextExtractor.extract(r.text(), false, builder);
        }
        PolicyDocument doc = builder.build();
        if (builder.truncated()) {
            problems.add("Text is longer than " + DocumentBuilder.MAX_CHARS
                    + " characters; the rest was not read: point the reader at the policy itself, not a whole site dump");
        }
        if (doc.text().isBlank()) {
            return PolicyAnalysis.notRead(source, null, ReadStatus.EMPTY,
                    "Policy has no text: check that the file or page is the policy (a script-built page must be rendered first)");
        }
        String language = LanguageDetector.detect(doc.text()).orElse(null);
        if (language == null && hintedLanguage != null && Lexicon.SUPPORTED.contains(hintedLanguage)) {
            language = hintedLanguage;
        }
        if (language == null || !Lexicon.SUPPORTED.contains(language)) {
            String what = language == null ? "language not recognised" : "policy is in "
                    + LanguageDetector.displayName(language) + " (" + language + ")";
            return PolicyAnalysis.notRead(source, language, ReadStatus.UNSUPPORTED_LANGUAGE,
                    "Unsupported language: " + what + "; the reader supports English, German and Danish: "
                    + "provide one of those versions of the policy");
        }
        return new ClaimExtractor(doc.withLanguage(language)).analyse(problems);
    }

    /** Extracts the document (text, sections, sentences, tables, language) without analysing it. */
    public PolicyDocument document(PolicyInput input) {
        DocumentBuilder builder = new DocumentBuilder(input.source());
        String hint = null;
        try {
            if (input instanceof PolicyInput.Html h) {
                hint = HtmlExtractor.primaryLanguage(HtmlExtractor.extract(h.html(), h.baseUrl(), builder));
            } else if (input instanceof PolicyInput.Markdown m) {
                TextExtractor.extract(m.text(), true, builder);
            } else if (input instanceof PolicyInput.PlainText t) {
                TextExtractor.extract(t.text(), false, builder);
            } else if (input instanceof PolicyInput.Pdf p) {
                TextExtractor.extract(PdfExtractor.extract(p.bytes()).text(), false, builder);
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable PDF yields an empty document; read() reports why.
        }
        PolicyDocument doc = builder.build();
        return doc.withLanguage(LanguageDetector.detect(doc.text()).orElse(hint));
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
