package dev.candor.rules.checks;

import dev.candor.model.finding.Evidence;
import dev.candor.model.policy.PolicyDocument;
import dev.candor.model.policy.PolicyDocument.Sentence;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds quoted sentences in the saved policy document, so every quote a finding cites carries its
 * section and its offset in {@code policy.json}'s text; and answers whether a name occurs in the
 * policy at all.
 */
public final class PolicyQuotes {

    private final PolicyDocument doc;
    private final Map<String, Sentence> byText = new HashMap<>();
    private final String lowerText;

    public PolicyQuotes(PolicyDocument doc) {
        this.doc = doc;
        if (doc != null) {
            for (Sentence s : doc.sentences()) {
                byText.putIfAbsent(s.text(), s);
            }
        }
        this.lowerText = doc == null ? "" : doc.text().toLowerCase(Locale.ROOT);
    }

    /**
     * The quote as evidence: the sentence with its section and offset when the document holds it;
     * otherwise its position in the text, and the section that contains that position.
     */
    public Evidence.PolicyQuote quote(String sentence, String section, int offset, String claim) {
        return new Evidence.PolicyQuote(sentence, section == null ? "" : section, offset, claim);
    }

    /** A quote located by its text alone (a table row, a sentence kept without its offset). */
    public Evidence.PolicyQuote locate(String text, String claim) {
        Sentence s = byText.get(text);
        if (s != null) {
            return new Evidence.PolicyQuote(s.text(), s.headingPath(), s.offset(), claim);
        }
        int at = doc == null ? -1 : doc.text().indexOf(text);
        return new Evidence.PolicyQuote(text, at < 0 ? "" : sectionAt(at), at, claim);
    }

    private String sectionAt(int offset) {
        String path = "";
        for (PolicyDocument.Section sec : doc.sections()) {
            if (sec.start() <= offset && offset < sec.end()) {
                path = sec.path();
            }
        }
        return path;
    }

    /** Whether the policy's text contains {@code name} as a whole word, ignoring case. */
    public boolean mentions(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return false;
        }
        int at = lowerText.indexOf(n);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(lowerText.charAt(at - 1));
            int end = at + n.length();
            boolean endOk = end >= lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = lowerText.indexOf(n, at + 1);
        }
        return false;
    }

}
