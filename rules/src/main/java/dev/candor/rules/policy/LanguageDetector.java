package dev.candor.rules.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a text's language from stop-word profiles ({@code policy-languages.json}) and a few
 * letters only some languages use. Reliable for en, de, da; recognises fr, nl, sv, es, it.
 * Returns empty for texts under {@value #MIN_WORDS} words or without a clear winner, over the whole
 * or, for a text in two languages one after the other, over its opening.
 */
final class LanguageDetector {
    static final int MIN_WORDS = 25;
    private static final int MAX_WORDS = 4000;
    /** The opening a bilingual text is judged by when the whole has no clear winner. */
    private static final int LEADING_WORDS = 600;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Set<String>> PROFILES = loadProfiles();
    /** Letters that tell close languages apart (Danish æ/ø vs Swedish ä/ö, German ß). */
    private static final Map<Character, String> LETTERS = Map.of(
            'æ', "da", 'ø', "da", 'ß', "de", 'ü', "de", 'ä', "de sv", 'ö', "de sv", 'ñ', "es", 'ç', "fr", 'è', "fr it");

    private LanguageDetector() {
    }

    static Optional<String> detect(CharSequence text) {
        // a policy published in two languages one after the other ("Datenschutzerklärung … Privacy Policy") has no
        // clear winner over the whole; it is read in the language it opens with
        return decide(text, MAX_WORDS).or(() -> decide(text, LEADING_WORDS));
    }

    private static Optional<String> decide(CharSequence text, int maxWords) {
        Map<String, Double> score = new HashMap<>();
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find() && words < maxWords) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            for (Map.Entry<String, Set<String>> p : PROFILES.entrySet()) {
                if (p.getValue().contains(w)) {
                    score.merge(p.getKey(), 1.0, Double::sum);
                }
            }
            for (int i = 0; i < w.length(); i++) {
                String langs = LETTERS.get(w.charAt(i));
                if (langs != null) {
                    for (String l : langs.split(" ")) {
                        score.merge(l, 0.5, Double::sum);
                    }
                }
            }
        }
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        String best = null;
        double top = 0;
        double second = 0;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        // Real prose is 30-50 % function words; a winner needs both coverage and a clear margin.
        if (best == null || top / words < 0.12 || top < second * 1.25) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** English name of a language code, for messages. */
    static String displayName(String code) {
        return code == null ? "an unrecognised language" : Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }

    private static Map<String, Set<String>> loadProfiles() {
        JsonNode root = Lexicon.load("policy-languages.json");
        Map<String, Set<String>> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_")) {
                java.util.Set<String> words = new java.util.HashSet<>();
                e.getValue().forEach(n -> words.add(n.asText()));
                out.put(e.getKey(), Set.copyOf(words));
            }
        });
        return out;
    }
}
