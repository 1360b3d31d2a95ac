package dev.candor.scan.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The visible labels of consent controls in English, German, Danish, French, Dutch, Swedish, Spanish
 * and Italian, kept as data in {@code consent-labels.json}. A label matches a phrase when, after
 * lower-casing and dropping punctuation, it equals the phrase or differs from it only by filler words
 * ("Accept all cookies", "OK, accept all"); anything else ("Accept terms of service") does not match.
 */
public final class ConsentLabels {

    private static final String RESOURCE = "/dev/candor/scan/browser/consent-labels.json";
    private static volatile ConsentLabels standard;

    /** What a control does. */
    public enum Role {
        /** Gives consent to everything. */
        ACCEPT,
        /** Refuses everything that is optional. */
        REJECT,
        /** Opens a second layer with choices. */
        SETTINGS,
        /** Confirms the choices on a second layer. */
        SAVE
    }

    /**
     * A label that matched.
     *
     * @param role what the control does
     * @param language ISO 639-1 code of the phrase's language
     * @param phrase the phrase it matched, normalised
     * @param exact whether the label was the phrase itself (no filler words)
     */
    public record Match(Role role, String language, String phrase, boolean exact) {}

    private record Phrase(Role role, String language, String text) {}

    private final List<Phrase> phrases;
    private final Set<String> fillers;

    private ConsentLabels(List<Phrase> phrases, Set<String> fillers) {
        this.phrases = List.copyOf(phrases);
        this.fillers = Set.copyOf(fillers);
    }

    /** The vocabulary shipped with Candor. */
    public static ConsentLabels standard() {
        ConsentLabels labels = standard;
        if (labels == null) {
            try (InputStream in = ConsentLabels.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + RESOURCE + " on the class path");
                }
                labels = parse(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = labels;
        }
        return labels;
    }

    static ConsentLabels parse(JsonNode root) {
        List<Phrase> phrases = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> roles = root.path("labels").fields(); roles.hasNext(); ) {
            Map.Entry<String, JsonNode> role = roles.next();
            Role r = Role.valueOf(role.getKey().toUpperCase(Locale.ROOT));
            for (Iterator<Map.Entry<String, JsonNode>> langs = role.getValue().fields(); langs.hasNext(); ) {
                Map.Entry<String, JsonNode> lang = langs.next();
                for (JsonNode p : lang.getValue()) {
                    phrases.add(new Phrase(r, lang.getKey(), normalise(p.asText())));
                }
            }
        }
        Set<String> fillers = new HashSet<>();
        root.path("fillers").forEach(f -> fillers.add(normalise(f.asText())));
        return new ConsentLabels(phrases, fillers);
    }

    /** The best match for a control's visible label; empty when it is not a consent control. */
    public Optional<Match> match(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String text = normalise(label);
        if (text.isEmpty() || text.length() > 80) {
            return Optional.empty();
        }
        Match best = null;
        int bestLength = -1;
        for (Phrase p : phrases) {
            boolean exact = text.equals(p.text());
            if (!exact && !onlyFillersAround(text, p.text())) {
                continue;
            }
            // an exact match beats a match with fillers, a longer phrase beats a shorter one
            boolean better = best == null
                    || (exact && !best.exact())
                    || (exact == best.exact() && p.text().length() > bestLength);
            if (better) {
                best = new Match(p.role(), p.language(), p.text(), exact);
                bestLength = p.text().length();
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean onlyFillersAround(String text, String phrase) {
        int at = (" " + text + " ").indexOf(" " + phrase + " ");
        if (at < 0) {
            return false;
        }
        String rest = (text.substring(0, at) + " " + text.substring(at + phrase.length())).trim();
        if (rest.isEmpty()) {
            return true;
        }
        for (String word : rest.split(" ")) {
            if (!fillers.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, typographic apostrophes straightened, punctuation dropped, spaces collapsed. */
    static String normalise(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u00a0', ' ');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isLetterOrDigit(c) || c == '\'' || c == '&' || c == '-' ? c : ' ');
        }
        return out.toString().trim().replaceAll("\\s+", " ");
    }
}
