package dev.candor.rules.kb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.model.finding.Attribution;
import dev.candor.model.policy.CookieCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Vendors and cookie patterns, indexed for attribution. Immutable and thread-safe; the built-in
 * one ({@link #builtIn()}) is {@code kb/vendors.json} plus {@code kb/cookies-ocd.tsv}, and a user
 * file in the same format as {@code vendors.json} adds vendors or replaces those with the same id
 * ({@link #withOverrides(Path)}).
 */
public final class KnowledgeBase {

    /** What an observation was attributed to, and why. */
    public record Match(Vendor vendor, String platform, CookieCategory category, String matchedBy) {

        /** The report's form of it. */
        public Attribution attribution() {
            return new Attribution(vendor == null ? null : vendor.id(), vendor == null ? platform : vendor.name(),
                    category == null ? null : category.id(), matchedBy);
        }
    }

    /** One cookie or storage pattern: from a vendor of the knowledge base, or a row of the Open Cookie Database. */
    private record NameRule(NamePattern pattern, Vendor vendor, String platform, CookieCategory category, String domain,
            String source) {}

    /** One domain entry: a host suffix, optionally with a path prefix. */
    private record DomainEntry(Vendor vendor, String host, String pathPrefix) {}

    private static volatile KnowledgeBase builtIn;

    private final String version;
    private final Map<String, Vendor> byId;
    private final Map<String, Vendor> byName = new HashMap<>();
    private final Map<String, List<DomainEntry>> byHost = new HashMap<>();
    private final NameIndex cookies = new NameIndex();
    private final NameIndex storage = new NameIndex();
    private final List<String[]> ocdRows;

    private KnowledgeBase(String version, Collection<Vendor> vendors, List<String[]> ocdRows) {
        this.version = version;
        this.ocdRows = ocdRows;
        Map<String, Vendor> ids = new LinkedHashMap<>();
        vendors.forEach(v -> ids.put(v.id(), v));
        this.byId = java.util.Collections.unmodifiableMap(ids);
        for (Vendor v : ids.values()) {
            byName.putIfAbsent(v.name().toLowerCase(Locale.ROOT), v);
            v.aliases().forEach(a -> byName.putIfAbsent(a.toLowerCase(Locale.ROOT), v));
            for (String d : v.domains()) {
                int slash = d.indexOf('/');
                String host = slash < 0 ? d : d.substring(0, slash);
                byHost.computeIfAbsent(host, k -> new ArrayList<>()).add(new DomainEntry(v, host, slash < 0 ? null : d.substring(slash)));
            }
            v.cookies().forEach(c -> cookies.add(new NameRule(NamePattern.of(c), v, null, v.category(), null, "knowledge base")));
            v.storage().forEach(s -> storage.add(new NameRule(NamePattern.of(s), v, null, v.category(), null, "knowledge base")));
            // vendors keep the same identifiers in storage as in cookies (_hjSessionUser_*, _ga)
            v.cookies().forEach(c -> storage.add(new NameRule(NamePattern.of(c), v, null, v.category(), null, "knowledge base")));
        }
        for (String[] row : ocdRows) {
            // name, match, platform, category, retentionSeconds, retention, domain, ocdId
            NamePattern pattern = NamePattern.of(row[1].equals("prefix") ? row[0] + "*" : row[0]);
            Vendor vendor = byName.get(row[2].toLowerCase(Locale.ROOT));
            NameRule rule = new NameRule(pattern, vendor, row[2].isEmpty() ? null : row[2], CookieCategory.valueOf(row[3].toUpperCase(Locale.ROOT)),
                    row[6].isEmpty() ? null : row[6], "Open Cookie Database");
            cookies.add(rule);
            storage.add(rule);
        }
    }

    /** The knowledge base shipped with Candor. */
    public static KnowledgeBase builtIn() {
        KnowledgeBase kb = builtIn;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (builtIn == null) {
                    JsonNode root = KnowledgeBaseData.readResource("vendors.json");
                    builtIn = new KnowledgeBase(root.path("version").asText("unknown"), KnowledgeBaseData.parseVendors(root, "built-in vendors.json"),
                            KnowledgeBaseData.readOcd());
                }
                kb = builtIn;
            }
        }
        return kb;
    }

    /**
     * This knowledge base with a user's file laid over it: vendors with a new id are added, vendors
     * with an existing id replace the built-in one.
     *
     * @throws KnowledgeBaseException naming the file and the problem
     */
    public KnowledgeBase withOverrides(Path file) {
        JsonNode root;
        try {
            root = KnowledgeBaseData.JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new KnowledgeBaseException(file + ": no such file; pass a knowledge-base file in the format of vendors.json");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new KnowledgeBaseException(file + ": not valid JSON (" + e.getOriginalMessage() + " at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "); fix the file");
        } catch (IOException e) {
            throw new KnowledgeBaseException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        Map<String, Vendor> merged = new LinkedHashMap<>(byId);
        KnowledgeBaseData.parseVendors(root, file.toString()).forEach(v -> merged.put(v.id(), v));
        return new KnowledgeBase(version + "+" + file.getFileName(), merged.values(), ocdRows);
    }

    /** The data set's version ({@code 2026.12.1}, with {@code +file} when overridden). */
    public String version() {
        return version;
    }

    public Collection<Vendor> vendors() {
        return byId.values();
    }

    public Optional<Vendor> vendor(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The vendor with this display name or alias, ignoring case. */
    public Optional<Vendor> vendorNamed(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The vendor whose domains cover this host and path, the most specific entry first. */
    public Optional<Match> forUrl(String host, String path) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        String p = path == null || path.isEmpty() ? "/" : path;
        for (String suffix = h; suffix != null; suffix = parent(suffix)) {
            List<DomainEntry> entries = byHost.get(suffix);
            if (entries == null) {
                continue;
            }
            DomainEntry hostOnly = null;
            for (DomainEntry e : entries) {
                if (e.pathPrefix() == null) {
                    hostOnly = hostOnly == null ? e : hostOnly;
                } else if (suffix.equals(h) && p.startsWith(e.pathPrefix())) {
                    return Optional.of(vendorMatch(e.vendor(), "host " + h + " and path " + e.pathPrefix()));
                }
            }
            if (hostOnly != null) {
                return Optional.of(vendorMatch(hostOnly.vendor(), "host " + h + (suffix.equals(h) ? "" : " under " + suffix)));
            }
        }
        return Optional.empty();
    }

    /**
     * The vendor and category of a cookie: by its name (a vendor's pattern, then the Open Cookie
     * Database), then by the third party whose domain it is on, then by the script or response that set it.
     *
     * @param domain the cookie's domain ({@code .facebook.com})
     * @param firstParty whether that domain is the site's
     * @param setterUrl the response or script that set it, or null
     */
    public Optional<Match> forCookie(String name, String domain, boolean firstParty, String setterUrl) {
        String site = domain == null ? "" : Domains.registrable(domain);
        Optional<Match> byName = cookies.find(name, site, firstParty, this, "cookie name");
        if (byName.isPresent()) {
            return byName;
        }
        if (!firstParty && domain != null) {
            Optional<Match> owner = forUrl(domain.startsWith(".") ? domain.substring(1) : domain, "/");
            if (owner.isPresent()) {
                Match m = owner.get();
                return Optional.of(new Match(m.vendor(), null, m.category(), "cookie domain " + domain + " belongs to " + m.vendor().name()));
            }
        }
        return bySetter(setterUrl, "set by");
    }

    /** The vendor and category of a storage key: by the key, then by the script that wrote it, then by the origin. */
    public Optional<Match> forStorage(String key, String origin, boolean firstParty, String writerUrl) {
        String site = origin == null ? "" : Domains.registrable(Domains.host(origin));
        Optional<Match> byKey = storage.find(key, site, firstParty, this, "storage key");
        if (byKey.isPresent()) {
            return byKey;
        }
        Optional<Match> writer = bySetter(writerUrl, "written by");
        if (writer.isPresent() || firstParty) {
            return writer;
        }
        return bySetter(origin, "origin");
    }

    private Optional<Match> bySetter(String url, String how) {
        if (url == null) {
            return Optional.empty();
        }
        return forUrl(Domains.host(url), Domains.path(url))
                .map(m -> new Match(m.vendor(), null, m.category(), how + " " + Domains.host(url) + " (" + m.vendor().name() + ")"));
    }

    /** Whether one of the vendor's domains has this registrable domain. */
    boolean owns(Vendor v, String registrable) {
        for (String d : v.domains()) {
            int slash = d.indexOf('/');
            if (Domains.registrable(slash < 0 ? d : d.substring(0, slash)).equals(registrable)) {
                return true;
            }
        }
        return false;
    }

    private static Match vendorMatch(Vendor v, String why) {
        return new Match(v, null, v.category(), why + " (" + v.name() + ")");
    }

    private static String parent(String host) {
        int dot = host.indexOf('.');
        return dot < 0 ? null : host.substring(dot + 1);
    }

    /** Exact names by hash, wildcard patterns by their literal head, longest head first. */
    private static final class NameIndex {
        private final Map<String, List<NameRule>> exact = new HashMap<>();
        private final Map<String, List<NameRule>> byHead = new HashMap<>();
        private int longestHead;

        void add(NameRule r) {
            if (r.pattern().exact()) {
                exact.computeIfAbsent(r.pattern().text(), k -> new ArrayList<>()).add(r);
            } else {
                byHead.computeIfAbsent(r.pattern().head(), k -> new ArrayList<>()).add(r);
                longestHead = Math.max(longestHead, r.pattern().head().length());
            }
        }

        Optional<Match> find(String name, String site, boolean firstParty, KnowledgeBase kb, String what) {
            if (name == null) {
                return Optional.empty();
            }
            Optional<Match> m = pick(exact.get(name), name, site, firstParty, kb, what + " " + name);
            for (int len = Math.min(longestHead, name.length()); m.isEmpty() && len >= 0; len--) {
                List<NameRule> rules = byHead.get(name.substring(0, len));
                if (rules != null) {
                    m = pick(rules.stream().filter(r -> r.pattern().matches(name)).toList(), name, site, firstParty, kb,
                            what + " " + name);
                }
            }
            return m;
        }

        /**
         * A pattern from a vendor counts for a first-party name or on the vendor's own domain; a
         * database row that names a domain counts only on that domain (so a site's own {@code fr}
         * language cookie is not Facebook's {@code fr}), and a short wildcard head needs its domain too.
         */
        private static Optional<Match> pick(List<NameRule> rules, String name, String site, boolean firstParty,
                KnowledgeBase kb, String why) {
            if (rules == null || rules.isEmpty()) {
                return Optional.empty();
            }
            NameRule best = null;
            int bestScore = -1;
            for (NameRule r : rules) {
                boolean onOwnDomain = r.vendor() != null && kb.owns(r.vendor(), site)
                        || r.domain() != null && Domains.registrable(r.domain()).equals(site);
                boolean allowed = r.domain() != null ? onOwnDomain
                        : r.source().equals("knowledge base") ? firstParty && distinctive(r.pattern()) || onOwnDomain
                        : r.pattern().exact() || r.pattern().head().length() >= 3;
                // prefer the rule on the cookie's own domain, then the knowledge base's own vendor patterns
                // (they give the purpose a site needs consent for), then a database row of a known vendor
                int score = (onOwnDomain ? 4 : 0) + (r.source().equals("knowledge base") ? 2 : 0) + (r.vendor() != null ? 1 : 0);
                if (allowed && score > bestScore) {
                    best = r;
                    bestScore = score;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            String owner = best.vendor() != null ? best.vendor().name() : best.platform() == null ? "unknown platform" : best.platform();
            String pattern = best.pattern().text().equals(name) ? "" : " matches " + best.pattern().text();
            return Optional.of(new Match(best.vendor(), best.platform(), best.category(),
                    why + pattern + " (" + owner + ", " + best.source() + ")"));
        }
    }

    /**
     * Whether a name is distinctive enough to attribute a cookie on the site's own domain: short
     * bare names ({@code fr}, {@code NID}, {@code YSC}) are vendors' only on their own domains.
     */
    private static boolean distinctive(NamePattern p) {
        String head = p.head();
        return head.length() >= 4 || head.startsWith("_") && head.length() >= 3;
    }
}
