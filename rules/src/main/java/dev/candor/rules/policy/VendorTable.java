package dev.candor.rules.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in vendor alias table ({@code policy-vendors.json}). One alternation of all aliases,
 * longest first, finds every vendor in a sentence in one pass.
 */
final class VendorTable {
    /** A vendor found in a text: canonical name and where. */
    record Hit(String vendor, String alias, int start) {
    }

    private static final VendorTable BUILT_IN = new VendorTable(Lexicon.load("policy-vendors.json"));

    private final Map<String, String> canonical = new HashMap<>();
    private final Pattern pattern;

    private VendorTable(JsonNode root) {
        List<String> aliases = new ArrayList<>();
        for (JsonNode v : root.path("vendors")) {
            String name = v.path("name").asText();
            for (JsonNode a : v.path("aliases")) {
                canonical.put(a.asText(), name);
                aliases.add(a.asText());
            }
        }
        aliases.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < aliases.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(aliases.get(i)));
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        pattern = Pattern.compile(sb.toString());
    }

    static VendorTable builtIn() {
        return BUILT_IN;
    }

    List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new Hit(canonical.get(m.group()), m.group(), m.start()));
        }
        return out;
    }

    /** The canonical name for an alias, or the alias itself. */
    String canonicalName(String alias) {
        return canonical.getOrDefault(alias, alias);
    }

    boolean isVendorName(String name) {
        return pattern.matcher(name).find();
    }
}
