package dev.candor.sources;

import dev.candor.model.source.SourceTag.Role;
import dev.candor.rules.kb.KnowledgeBase;
import dev.candor.rules.kb.Vendor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a tag is: a URL looked up in the knowledge base's domains, or an inline snippet recognised
 * by the calls each vendor's installation code makes. Only tracking vendors and embeds that reach
 * a third party on load are reported; a CDN, a payment form or a consent manager is not.
 */
final class TagSignatures {

    /** Inline installation code and the vendor it belongs to, most specific first. */
    private static final Map<Pattern, String> SNIPPETS = new LinkedHashMap<>();

    static {
        SNIPPETS.put(Pattern.compile("googletagmanager\\.com/gtm\\.js|['\"]GTM-[A-Z0-9]+['\"]"), "google-tag-manager");
        SNIPPETS.put(Pattern.compile("\\bgtag\\s*\\(\\s*['\"](config|event|js)['\"]|googletagmanager\\.com/gtag/js|google-analytics\\.com/(analytics|ga)\\.js"), "google-analytics");
        SNIPPETS.put(Pattern.compile("\\bfbq\\s*\\(|connect\\.facebook\\.net/[^'\"]*/fbevents\\.js"), "meta-pixel");
        SNIPPETS.put(Pattern.compile("static\\.hotjar\\.com|\\bhjid\\s*:|\\bhj\\s*\\(\\s*['\"]"), "hotjar");
        SNIPPETS.put(Pattern.compile("_linkedin_partner_id|snap\\.licdn\\.com"), "linkedin-insight");
        SNIPPETS.put(Pattern.compile("\\b_paq\\.push\\s*\\(|\\b(matomo|piwik)\\.(js|php)"), "matomo");
        SNIPPETS.put(Pattern.compile("\\bttq\\.(load|page|track)\\s*\\(|analytics\\.tiktok\\.com"), "tiktok-pixel");
        SNIPPETS.put(Pattern.compile("clarity\\.ms/tag|\\bclarity\\s*\\(\\s*['\"]set"), "microsoft-clarity");
    }

    private static final Set<String> TRACKING_CATEGORIES = Set.of("analytics", "marketing", "social");
    private static final Set<String> TRACKING_KINDS = Set.of("analytics", "advertising", "session-recording", "affiliate",
            "ab-testing", "social");
    private static final Set<String> EMBED_KINDS = Set.of("video", "maps", "fonts", "tag-manager");
    private static final Pattern URL_IN_CODE = Pattern.compile("(?:https?:)?//([a-z0-9.-]+\\.[a-z]{2,})(/[^'\"\\s)]*)?",
            Pattern.CASE_INSENSITIVE);

    private final KnowledgeBase kb;

    TagSignatures(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** A vendor and what it does, found for a tag. */
    record Hit(Vendor vendor, Role role, String signature) {}

    /** The vendor an absolute or protocol-relative URL belongs to, when it tracks or embeds. */
    Optional<Hit> forUrl(String url) {
        Matcher m = URL_IN_CODE.matcher(url.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        String path = m.group(2) == null ? "/" : m.group(2);
        return kb.forUrl(host, path).flatMap(match -> role(match.vendor()).map(r -> new Hit(match.vendor(), r, "domain " + host)));
    }

    /** The vendor whose installation code an inline script holds, or whose URL it loads. */
    Optional<Hit> forCode(String code) {
        for (Map.Entry<Pattern, String> e : SNIPPETS.entrySet()) {
            Matcher m = e.getKey().matcher(code);
            if (m.find()) {
                Optional<Vendor> v = kb.vendor(e.getValue());
                if (v.isPresent()) {
                    Optional<Role> r = role(v.get());
                    if (r.isPresent()) {
                        return Optional.of(new Hit(v.get(), r.get(), "snippet " + m.group()));
                    }
                }
            }
        }
        Matcher m = URL_IN_CODE.matcher(code);
        while (m.find()) {
            Optional<Hit> hit = forUrl(m.group());
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private static Optional<Role> role(Vendor v) {
        String category = v.category() == null ? "" : v.category().id();
        if (TRACKING_CATEGORIES.contains(category) || TRACKING_KINDS.contains(v.kind())) {
            return Optional.of(Role.TRACKING);
        }
        if (!EMBED_KINDS.contains(v.kind())) {
            return Optional.empty();
        }
        // fonts set nothing on the device; what makes them matter is the IP address leaving the EEA
        return "fonts".equals(v.kind()) && !v.outsideEea() ? Optional.empty() : Optional.of(Role.EMBED);
    }
}
