package dev.candor.rules.policy;

import dev.candor.model.policy.PolicyDocument.Sentence;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The controller written as a block rather than a sentence: a label ("Verantwortlicher", "Titolare del
 * trattamento" as a heading, or a short line naming the controller role), possibly more label lines
 * ("im Sinne des …", "E-Mail: …"), then the name line with the address or e-mail right after it. The name
 * is the first line of the block that reads as a name and is followed by contact lines; a heading
 * under the label heading counts as such a line ("Titolare > AgID - Agenzia per l'Italia Digitale").
 */
final class ControllerBlock {
    /** The record of a block: the name and the line it was read from. */
    record Found(String name, Sentence sentence) {
    }

    /** How many lines after the label may hold the name. */
    private static final int SCAN = 6;
    /** How many lines after the name may hold the first contact line. */
    private static final int CONTACT_WITHIN = 3;
    /** A label line is short: longer ones are prose about the controller. */
    private static final int LABEL_MAX_WORDS = 14;
    private static final int NAME_MAX_WORDS = 10;
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final List<Sentence> sentences;
    private final Lexicon lex;
    private final UnaryOperator<String> accept;

    /** {@code accept} returns the name if it may be one (not a vendor, not a common word), else null. */
    ControllerBlock(List<Sentence> sentences, Lexicon lex, UnaryOperator<String> accept) {
        this.sentences = sentences;
        this.lex = lex;
        this.accept = accept;
    }

    Found find() {
        for (int i = 0; i < sentences.size(); i++) {
            if (label(sentences.get(i))) {
                Found f = nameAfter(i);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private boolean label(Sentence s) {
        String t = s.text();
        return (s.heading() || t.split("\\s+").length <= LABEL_MAX_WORDS)
                && NegationScope.any(lex.patterns("controllerTerm"), t) && !NegationScope.any(lex.patterns("dpo"), t);
    }

    private Found nameAfter(int labelIndex) {
        Sentence label = sentences.get(labelIndex);
        String section = label.headingPath();
        for (int j = labelIndex + 1; j < Math.min(sentences.size(), labelIndex + 1 + SCAN); j++) {
            Sentence s = sentences.get(j);
            // the block ends where another section starts; a sub-heading of the label's may be its name line (plain
            // text and Markdown make short lines headings)
            // Markdown makes a bold label and the short lines under it headings of one level: a sibling heading may be
            // the name or address line ("**Owner and Data Controller**" / "P&T Building" / "London")
            boolean siblingLine = s.heading() && SectionTopics.parent(s.headingPath()).equals(SectionTopics.parent(section))
                    && s.text().split("\\s+").length <= NAME_MAX_WORDS;
            if (!s.headingPath().startsWith(section) && !siblingLine || dpo(s)) {
                return null;
            }
            String name = candidate(s.text());
            if (name != null && contactFollows(j, name)) {
                String accepted = accept.apply(name);
                if (accepted != null) {
                    return new Found(accepted, s);
                }
            }
        }
        return null;
    }

    private boolean dpo(Sentence s) {
        return NegationScope.any(lex.patterns("dpo"), s.text());
    }

    /** The line as a name: whole when it has no digits and reads as one, else its leading name; null for a label line. */
    private String candidate(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.endsWith(":") || t.contains("@") || Character.isLowerCase(t.charAt(0))
                || NegationScope.any(lex.patterns("controllerTerm"), t) || NameShape.addressLine(t)
                || ControllerFinder.hasAddress(t) && NameShape.cut(t) == null) {
            return null;
        }
        String name = !DIGIT.matcher(t).find() && t.split("\\s+").length <= NAME_MAX_WORDS
                && NameShape.looksLikeName(t) ? t : NameShape.cut(t);
        return name != null && name.split("\\s+").length <= NAME_MAX_WORDS && NameShape.looksLikeName(name)
                ? name : null;
    }

    /** Whether an address, e-mail or phone is on the name's line after the name or on one of the next lines. */
    private boolean contactFollows(int index, String name) {
        String own = sentences.get(index).text();
        String rest = own.length() > name.length() ? own.substring(name.length()) : "";
        if (contact(rest)) {
            return true;
        }
        for (int j = index + 1; j <= Math.min(sentences.size() - 1, index + CONTACT_WITHIN); j++) {
            if (contact(sentences.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean contact(String t) {
        return ControllerFinder.hasAddress(t) || NameShape.addressLine(t) || ControllerFinder.EMAIL.matcher(t).find()
                || ControllerFinder.phone(t) != null;
    }
}
