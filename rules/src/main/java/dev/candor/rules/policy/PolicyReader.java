package dev.candor.rules.policy;

import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.PolicyDocument;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.model.policy.ReadStatus;
import dev.candor.rules.kb.KnowledgeBase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a privacy policy in two steps: {@link #extract} turns the input into
 * {@link PolicyEvidence} (the text with its structure, saved as {@code policy.json}), and
 * {@link #analyse} reads the claims from that evidence, so a saved audit can be read again
 * offline with a newer reader or knowledge base. Stateless and thread-safe.
 *
 * <p>Never throws for content problems: an empty, binary, image-only or foreign-language
 * policy comes back with a {@link ReadStatus} other than {@code read} and a one-line problem
 * naming the fix. Only {@link PolicyInput#fromFile} throws, for I/O errors.
 */
public final class PolicyReader {

    private final VendorTable vendors;

    /** A reader that recognises the vendors of the built-in knowledge base. */
    public PolicyReader() {
        this(KnowledgeBase.builtIn());
    }

    /** A reader that recognises the vendors (names, aliases, legal entities) of {@code kb}. */
    public PolicyReader(KnowledgeBase kb) {
        this.vendors = VendorTable.of(kb);
    }

    /** Extracts and analyses one policy. */
    public PolicyAnalysis read(PolicyInput input) {
        return analyse(extract(input));
    }

    /** Extracts the text, structure and language of a policy: the evidence saved beside the record. */
    public PolicyEvidence extract(PolicyInput input) {
        String source = input.source() == null ? "" : input.source();
        DocumentBuilder builder = new DocumentBuilder(source);
        List<String> problems = new ArrayList<>();
        String hintedLanguage = null;
        if (input instanceof PolicyInput.Unsupported u) {
            return PolicyEvidence.notRead(source, ReadStatus.UNREADABLE, u.reason());
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
                return PolicyEvidence.notRead(source, ReadStatus.UNREADABLE,
                        "PDF cannot be opened (" + oneLine(e) + "): provide an undamaged, unencrypted PDF or the HTML version");
            }
            if (r.text().isBlank()) {
                return PolicyEvidence.notRead(source, ReadStatus.UNREADABLE, r.pages() == 0
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
            return PolicyEvidence.notRead(source, ReadStatus.EMPTY,
                    "Policy has no text: check that the file or page is the policy (a script-built page must be rendered first)");
        }
        String language = LanguageDetector.detect(doc.text()).orElse(null);
        if (language == null && hintedLanguage != null && Lexicon.SUPPORTED.contains(hintedLanguage)) {
            language = hintedLanguage;
        }
        return new PolicyEvidence(PolicyEvidence.CURRENT_SCHEMA_VERSION, source, ReadStatus.READ, problems,
                doc.withLanguage(language));
    }

    /** Reads the claims of extracted policy evidence. */
    public PolicyAnalysis analyse(PolicyEvidence evidence) {
        if (evidence.status() != ReadStatus.READ || evidence.document() == null) {
            String problem = evidence.problems().isEmpty() ? "policy was not read" : evidence.problems().get(0);
            return PolicyAnalysis.notRead(evidence.source(), null, evidence.status(), problem);
        }
        PolicyDocument doc = evidence.document();
        String language = doc.language();
        if (language == null || !Lexicon.SUPPORTED.contains(language)) {
            String what = language == null ? "language not recognised" : "policy is in "
                    + LanguageDetector.displayName(language) + " (" + language + ")";
            return PolicyAnalysis.notRead(evidence.source(), language, ReadStatus.UNSUPPORTED_LANGUAGE,
                    "Unsupported language: " + what + "; the reader supports English, German, Danish, French, Dutch, Spanish and Italian: "
                    + "provide one of those versions of the policy");
        }
        return new ClaimExtractor(doc, vendors).analyse(new ArrayList<>(evidence.problems()));
    }

    /** Extracts the document (text, sections, sentences, tables, language) without analysing it. */
    public PolicyDocument document(PolicyInput input) {
        PolicyEvidence e = extract(input);
        return e.document() != null ? e.document() : new DocumentBuilder(e.source()).build();
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
