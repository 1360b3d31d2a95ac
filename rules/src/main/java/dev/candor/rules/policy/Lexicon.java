package dev.candor.rules.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The word lists of one language, read from {@code policy-lexicon.json}: the language's own
 * entries plus the {@code common} ones. Patterns are compiled once per language and shared.
 */
final class Lexicon {
    /** Languages the reader has full lexicons for. */
    static final Set<String> SUPPORTED = Set.of("en", "de", "da", "fr", "nl", "es", "it");

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** A duration unit: its length and how it is written. */
    record Unit(long seconds, String pattern) {
    }

    private static final JsonNode ROOT = load("policy-lexicon.json");
    private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();

    private final JsonNode lang;
    private final JsonNode common;
    /** Compiled once: the extractor asks for the same lists for every sentence. */
    private final Map<String, List<Pattern>> compiled = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<Pattern>>> compiledKeyed = new ConcurrentHashMap<>();

    private Lexicon(String language) {
        this.lang = ROOT.path(language);
        this.common = ROOT.path("common");
    }

    static Lexicon of(String language) {
        String key = language != null && SUPPORTED.contains(language) ? language : "en";
        return CACHE.computeIfAbsent(key, Lexicon::new);
    }

    static Set<String> abbreviations() {
        Set<String> out = new HashSet<>();
        ROOT.path("abbreviations").forEach(n -> out.add(n.asText()));
        return Set.copyOf(out);
    }

    /** Patterns listed under {@code key} in {@code common} only, for word lists that are the same in every language. */
    static List<Pattern> shared(String key) {
        return of("en").sharedPatterns(key);
    }

    private List<Pattern> sharedPatterns(String key) {
        return compiled.computeIfAbsent("common:" + key, k -> {
            List<Pattern> out = new ArrayList<>();
            compileInto(common.path(key), out);
            return List.copyOf(out);
        });
    }

    /** Patterns listed under {@code key} in this language and in {@code common}. */
    List<Pattern> patterns(String key) {
        return compiled.computeIfAbsent(key, this::compile);
    }

    private List<Pattern> compile(String key) {
        List<Pattern> out = new ArrayList<>();
        compileInto(common.path(key), out);
        compileInto(lang.path(key), out);
        return List.copyOf(out);
    }

    /** A map of name to patterns under {@code key}, e.g. rights, categories, consent models. */
    Map<String, List<Pattern>> keyed(String key) {
        return compiledKeyed.computeIfAbsent(key, this::compileKeyed);
    }

    private Map<String, List<Pattern>> compileKeyed(String key) {
        Map<String, List<Pattern>> out = new LinkedHashMap<>();
        for (JsonNode node : List.of(common.path(key), lang.path(key))) {
            node.fields().forEachRemaining(e -> {
                List<Pattern> list = new ArrayList<>(out.getOrDefault(e.getKey(), List.of()));
                compileInto(e.getValue(), list);
                out.put(e.getKey(), List.copyOf(list));
            });
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    Map<String, Integer> numberWords() {
        Map<String, Integer> out = new LinkedHashMap<>();
        lang.path("numberWords").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }

    List<Unit> units() {
        List<Unit> out = new ArrayList<>();
        lang.path("units").forEach(n -> out.add(new Unit(n.path("seconds").asLong(), n.path("pattern").asText())));
        return out;
    }

    private static void compileInto(JsonNode node, List<Pattern> out) {
        if (node.isArray()) {
            node.forEach(n -> out.add(RequiredLiteral.register(Pattern.compile(n.asText(), FLAGS))));
        }
    }

    static JsonNode load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
