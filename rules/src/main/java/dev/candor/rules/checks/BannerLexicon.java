package dev.candor.rules.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the banner rules read labels and banner texts with ({@code banner-lexicon.json}): vague
 * affirmative labels ("OK", "Weiter"), "continue without accepting" labels, words that mark a
 * strictly necessary purpose or an advertising one, and the topics a banner's text should cover.
 */
final class BannerLexicon {

    private static final String RESOURCE = "/dev/candor/rules/checks/banner-lexicon.json";
    private static volatile BannerLexicon standard;

    private final Set<String> vague;
    private final List<String> continueWithout;
    private final Pattern necessary;
    private final Pattern advertising;
    private final Map<String, Pattern> topics;

    private BannerLexicon(JsonNode root) {
        this.vague = Set.copyOf(strings(root.path("vagueAffirmative")).stream().map(BannerLexicon::normalise).toList());
        this.continueWithout = strings(root.path("continueWithoutAccepting")).stream().map(BannerLexicon::normalise).toList();
        this.necessary = words(strings(root.path("necessary")));
        this.advertising = words(strings(root.path("advertising")));
        Map<String, Pattern> t = new LinkedHashMap<>();
        root.path("bannerTopics").fields().forEachRemaining(e -> t.put(e.getKey(), words(strings(e.getValue()))));
        this.topics = java.util.Collections.unmodifiableMap(t);
    }

    static BannerLexicon standard() {
        BannerLexicon l = standard;
        if (l == null) {
            try (InputStream in = BannerLexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + RESOURCE + " on the class path");
                }
                l = new BannerLexicon(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = l;
        }
        return l;
    }

    /** Whether a control's label only says "OK", "Continue", "Got it" and the like. */
    boolean vague(String label) {
        return vague.contains(normalise(label));
    }

    /** Whether a reject control's label is a "continue without accepting" kind. */
    boolean continueWithoutAccepting(String label) {
        String text = " " + normalise(label) + " ";
        return continueWithout.stream().anyMatch(p -> text.contains(" " + p + " "));
    }

    boolean necessary(String text) {
        return necessary.matcher(lower(text)).find();
    }

    boolean advertising(String text) {
        return advertising.matcher(lower(text)).find();
    }

    /** The topics ({@code purposes}, {@code thirdParties}, {@code withdrawal}) the text says nothing of. */
    List<String> missingTopics(String text) {
        String t = lower(text);
        List<String> missing = new ArrayList<>();
        topics.forEach((topic, pattern) -> {
            if (!pattern.matcher(t).find()) {
                missing.add(topic);
            }
        });
        return missing;
    }

    /** Lower case, typographic apostrophes straightened, punctuation dropped, spaces collapsed (as ConsentLabels does). */
    static String normalise(String label) {
        String s = lower(label == null ? "" : label);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isLetterOrDigit(c) || c == '\'' || c == '-' ? c : ' ');
        }
        return out.toString().trim().replaceAll("\\s+", " ");
    }

    private static String lower(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u00a0', ' ');
    }

    /** Word prefixes; an entry ending in a space is a whole word. */
    private static Pattern words(List<String> entries) {
        List<String> alternatives = new ArrayList<>();
        for (String e : entries) {
            boolean whole = e.endsWith(" ");
            alternatives.add(Pattern.quote(e.trim()) + (whole ? "(?![\\p{L}\\p{N}])" : ""));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")", Pattern.UNICODE_CASE);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        return out;
    }
}
