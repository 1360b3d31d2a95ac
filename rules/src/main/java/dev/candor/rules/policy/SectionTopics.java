package dev.candor.rules.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the section a sentence sits in is about, from its headings ({@code sectionTopics} in the
 * lexicon): "authority" (a complaint or supervisory-authority section), "dpo" and "links" (links to
 * other sites). Only the innermost heading counts: sites nest headings loosely ("Your right to complain
 * &gt; Who we are" holds the controller's own address). Lets readers weigh a sentence by where it stands: an address in the complaint section
 * is the authority's, not the controller's; a name in the links section is a link, not a recipient.
 */
final class SectionTopics {
    static final String AUTHORITY = "authority";
    static final String DPO = "dpo";
    static final String LINKS = "links";

    private final Map<String, List<Pattern>> topics;
    private final Map<String, Set<String>> byPath = new HashMap<>();

    SectionTopics(Lexicon lex) {
        this.topics = lex.keyed("sectionTopics");
    }

    /** Whether the section at {@code headingPath} is about {@code topic}. */
    boolean is(String headingPath, String topic) {
        return of(headingPath).contains(topic);
    }

    /** The topics of the innermost heading in the path; empty when it has none. */
    Set<String> of(String headingPath) {
        return byPath.computeIfAbsent(headingPath, this::classify);
    }

    /** The innermost heading of a heading path ("Privacy > Cookies" is "Cookies"). */
    static String innermost(String headingPath) {
        int at = headingPath.lastIndexOf(" > ");
        return at < 0 ? headingPath : headingPath.substring(at + 3);
    }

    /** The path without its innermost heading; empty for a top-level one. */
    static String parent(String headingPath) {
        int at = headingPath.lastIndexOf(" > ");
        return at < 0 ? "" : headingPath.substring(0, at);
    }

    private Set<String> classify(String headingPath) {
        String innermost = innermost(headingPath);
        Set<String> found = new TreeSet<>();
        for (Map.Entry<String, List<Pattern>> e : topics.entrySet()) {
            if (NegationScope.any(e.getValue(), innermost)) {
                found.add(e.getKey());
            }
        }
        return Set.copyOf(found);
    }
}
