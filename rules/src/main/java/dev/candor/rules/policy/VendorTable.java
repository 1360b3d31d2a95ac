package dev.candor.rules.policy;

import dev.candor.rules.kb.KnowledgeBase;
import dev.candor.rules.kb.Vendor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vendor names as policies write them, from the knowledge base: every vendor's aliases and every
 * legal entity. One alternation of all names, longest first, finds every vendor in a sentence in
 * one pass; names are matched case-sensitively as whole words.
 */
final class VendorTable {
    /**
     * A vendor found in a text.
     *
     * @param vendor the vendor's display name, or the legal entity as the knowledge base writes it
     * @param vendorId the vendor's id; null for a legal entity (several vendors may share it)
     * @param entity whether a legal entity was named
     */
    record Hit(String vendor, String vendorId, boolean entity, String alias, int start) {
    }

    private record Name(String canonical, String vendorId, boolean entity) {
    }

    private static final Map<KnowledgeBase, VendorTable> TABLES = new ConcurrentHashMap<>();

    private final Map<String, Name> names = new HashMap<>();
    private final Pattern pattern;

    private VendorTable(KnowledgeBase kb) {
        for (Vendor v : kb.vendors()) {
            for (String e : v.entityNames()) {
                names.putIfAbsent(e, new Name(e, null, true));
            }
        }
        // a product alias wins over an entity of the same spelling ("Hotjar" names the product)
        for (Vendor v : kb.vendors()) {
            for (String a : v.aliases()) {
                Name old = names.get(a);
                if (old == null || old.entity()) {
                    names.put(a, new Name(v.name(), v.id(), false));
                }
            }
        }
        List<String> all = new ArrayList<>(names.keySet());
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < all.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(all.get(i)));
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        pattern = Pattern.compile(sb.toString());
    }

    /** The table of a knowledge base, built once per knowledge base. */
    static VendorTable of(KnowledgeBase kb) {
        return TABLES.computeIfAbsent(kb, VendorTable::new);
    }

    static VendorTable builtIn() {
        return of(KnowledgeBase.builtIn());
    }

    List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Name n = names.get(m.group());
            out.add(new Hit(n.canonical(), n.vendorId(), n.entity(), m.group(), m.start()));
        }
        return out;
    }

    boolean isVendorName(String name) {
        return pattern.matcher(name).find();
    }
}
