package dev.candor.rules.policy;

import dev.candor.rules.kb.KnowledgeBase;
import dev.candor.rules.kb.Vendor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vendor names as policies write them, from the knowledge base: every vendor's aliases and every
 * legal entity. Names are indexed by their first word; a text is scanned once, and at each word
 * start only the names beginning with that word are tried, longest first, so finding every vendor
 * is linear in the text whatever the size of the knowledge base. Names are matched
 * case-sensitively as whole words.
 */
final class VendorTable {
    /**
     * A vendor found in a text.
     *
     * @param vendor the vendor's display name, or the legal entity as the knowledge base writes it
     *     when several vendors share it
     * @param vendorId the vendor's id; null for a legal entity that several vendors share
     * @param entity whether a legal entity was named
     */
    record Hit(String vendor, String vendorId, boolean entity, String alias, int start) {
    }

    private record Name(String written, String canonical, String vendorId, boolean entity) {
    }

    private static final Map<KnowledgeBase, VendorTable> TABLES = new ConcurrentHashMap<>();

    /** Names by their first word (or first character when they do not start with a letter or digit), longest first. */
    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    /** The ids of the social networks, which policies also name as places where ads appear. */
    private final java.util.Set<String> social = new java.util.HashSet<>();
    /** Every name in lower case, punctuation and a leading article aside. */
    private final Map<String, Name> loose = new HashMap<>();

    private VendorTable(KnowledgeBase kb) {
        Map<String, Name> names = new HashMap<>();
        Map<String, List<Vendor>> byEntity = new HashMap<>();
        for (Vendor v : kb.vendors()) {
            if ("social".equals(v.kind())) {
                social.add(v.id());
            }
            for (String e : v.entityNames()) {
                byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(v);
            }
        }
        // an entity behind one vendor only names that vendor ("Hetzner Online GmbH" is Hetzner)
        byEntity.forEach((e, vs) -> names.put(e, vs.size() == 1 ? new Name(e, vs.get(0).name(), vs.get(0).id(), true)
                : new Name(e, e, null, true)));
        // a product alias wins over an entity of the same spelling ("Hotjar" names the product)
        for (Vendor v : kb.vendors()) {
            for (String a : v.aliases()) {
                Name old = names.get(a);
                if (old == null || old.entity()) {
                    names.put(a, new Name(a, v.name(), v.id(), false));
                }
            }
        }
        for (Name n : names.values()) {
            loose.putIfAbsent(looseKey(n.written()), n);
            if (!n.written().isEmpty()) {
                byFirstWord.computeIfAbsent(key(n.written(), 0), k -> new ArrayList<>()).add(n);
            }
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Name n) -> n.written().length()).reversed()
                .thenComparing(Name::written)));
    }

    /** The table of a knowledge base, built once per knowledge base. */
    static VendorTable of(KnowledgeBase kb) {
        return TABLES.computeIfAbsent(kb, VendorTable::new);
    }

    static VendorTable builtIn() {
        return of(KnowledgeBase.builtIn());
    }

    /** Every vendor name in the text, left to right, the longest name at each place. */
    List<Hit> find(String text) {
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean wordStart = i == 0 || !isWordChar(text.codePointBefore(i));
            Name hit = wordStart ? longestAt(text, i) : null;
            if (hit != null) {
                out.add(new Hit(hit.canonical(), hit.vendorId(), hit.entity(), hit.written(), i));
                i += hit.written().length();
            } else {
                i += width;
            }
        }
        return out;
    }

    /** Whether the vendor is a social network. */
    boolean isSocial(String vendorId) {
        return vendorId != null && social.contains(vendorId);
    }

    boolean isVendorName(String name) {
        return !find(name).isEmpty();
    }

    /**
     * The knowledge base's name for one written in other capitals, punctuation or without its article ("CANVA",
     * "Rocket Science Group, LLC"), or null.
     */
    Hit findLoosely(String name) {
        Name n = loose.get(looseKey(name));
        return n == null ? null : new Hit(n.canonical(), n.vendorId(), n.entity(), name, 0);
    }

    private static String looseKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceFirst("^the ", "");
    }

    private Name longestAt(String text, int at) {
        List<Name> candidates = byFirstWord.get(key(text, at));
        if (candidates == null) {
            return null;
        }
        for (Name n : candidates) {
            int end = at + n.written().length();
            if (text.startsWith(n.written(), at) && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
                return n;
            }
        }
        return null;
    }

    /** The run of letters and digits starting at {@code at}, or the single character there if it is neither. */
    private static String key(String s, int at) {
        int end = at;
        while (end < s.length() && isWordChar(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return end == at ? s.substring(at, at + Character.charCount(s.codePointAt(at))) : s.substring(at, end);
    }

    /** A letter or a number, as {@code \\p{L}} and {@code \\p{N}} in a pattern. */
    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
