package dev.candor.rules.checks;

import dev.candor.model.ConsentAttempt;
import dev.candor.model.CookieObservation;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.RequestObservation;
import dev.candor.model.ScanRecord;
import dev.candor.model.StorageObservation;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Attributions;
import dev.candor.model.finding.Evidence;
import dev.candor.model.policy.CookieCategory;
import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.model.policy.ReadStatus;
import dev.candor.rules.kb.Domains;
import dev.candor.rules.kb.KnowledgeBase;
import dev.candor.rules.kb.KnowledgeBase.Match;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the checks judge: the record with every observation attributed through the knowledge
 * base and classed as tracking or not, the consent attempts, and the policy as read.
 *
 * <p>Tracking, after EDPB Guidelines 2/2023: a stored cookie whose category is analytics,
 * marketing, personalisation or social, or an unknown third-party persistent cookie; a request to
 * a third party whose vendor is of those categories, or a beacon to any third party; a storage key
 * of such a vendor. Necessary and functional vendors (CDNs, fonts, the consent manager) are not
 * tracking; the site's own consent-choice cookie is necessary.
 */
public final class Facts {

    /** The categories whose use needs consent and counts as tracking. */
    public static final Set<CookieCategory> TRACKING = EnumSet.of(CookieCategory.ANALYTICS, CookieCategory.MARKETING,
            CookieCategory.PERSONALISATION, CookieCategory.SOCIAL);

    private static final Pattern CONSENT_COOKIE = Pattern.compile(
            "(?i).*(consent|cookie_?notice|cookie_?law|cookieyes|cc_cookie|klaro|gdpr|cmplz|borlabs|didomi|tarteaucitron"
            + "|usercentrics|optanon|cookiebot|cookie_?choice|cookie_?pref|samtykke|einwilligung).*");
    private static final Pattern CHANGED_COOKIE = Pattern.compile("cookie (\\S+) changed");

    private final ScanRecord record;
    private final PolicyAnalysis policy;
    private final PolicyQuotes quotes;
    private final KnowledgeBase kb;
    private final Map<Phase, List<Seen>> byPhase = new EnumMap<>(Phase.class);
    private final DeclaredCookies declaredCookies;
    private final Attributions attributions;

    public Facts(ScanRecord record, PolicyAnalysis policy, PolicyEvidence policyEvidence, KnowledgeBase kb) {
        this.record = record;
        this.policy = policy;
        this.quotes = new PolicyQuotes(policyEvidence == null ? null : policyEvidence.document());
        this.kb = kb;
        this.declaredCookies = new DeclaredCookies(policyRead() ? policy.declaredCookies() : List.of());
        Set<String> consentCookies = new HashSet<>();
        for (PhaseRecord p : record.phases()) {
            if (p.consent() != null && p.consent().verification() != null) {
                Matcher m = CHANGED_COOKIE.matcher(p.consent().verification());
                while (m.find()) {
                    consentCookies.add(m.group(1));
                }
            }
        }
        Map<String, Attribution> cookieAttr = new HashMap<>();
        Map<String, Attribution> requestAttr = new HashMap<>();
        Map<String, Attribution> storageAttr = new HashMap<>();
        Map<String, Optional<Match>> cookieCache = new HashMap<>();
        for (PhaseRecord p : record.phases()) {
            List<Seen> seen = new ArrayList<>();
            for (CookieObservation c : p.cookies()) {
                Match m = cookieCache.computeIfAbsent(c.key() + "|" + c.setterUrl(), k -> cookieMatch(c, consentCookies)).orElse(null);
                seen.add(new Seen(p.phase(), c, null, null, m, !c.blocked() && trackingCookie(c, m)));
                if (m != null) {
                    cookieAttr.putIfAbsent(c.key(), m.attribution());
                }
            }
            for (RequestObservation q : p.requests()) {
                Match m = kb.forUrl(q.host(), Domains.path(q.url())).orElse(null);
                boolean tracking = q.thirdParty() && (q.beacon() || tracking(m));
                seen.add(new Seen(p.phase(), null, q, null, m, tracking));
                if (m != null) {
                    requestAttr.putIfAbsent(q.url(), m.attribution());
                }
            }
            for (StorageObservation s : p.storage()) {
                Match m = kb.forStorage(s.key(), s.origin(), s.firstParty(), s.writerUrl()).orElse(null);
                seen.add(new Seen(p.phase(), null, null, s, m, tracking(m)));
                if (m != null) {
                    storageAttr.putIfAbsent(Attributions.storageKey(s.origin(), s.key()), m.attribution());
                }
            }
            byPhase.put(p.phase(), List.copyOf(seen));
        }
        this.attributions = new Attributions(cookieAttr, requestAttr, storageAttr, declarations(record));
    }

    /** Which cookies the policy declares, and where: a cookie-list row, or the name in its text. */
    private Map<String, String> declarations(ScanRecord record) {
        Map<String, String> out = new HashMap<>();
        if (!policyRead()) {
            return out;
        }
        for (PhaseRecord p : record.phases()) {
            for (CookieObservation c : p.cookies()) {
                declaredCookies.find(c.name()).map(d -> d.quote())
                        .or(() -> Optional.ofNullable(quotes.mentions(c.name()) ? "named in the policy text" : null))
                        .ifPresent(q -> out.putIfAbsent(c.key(), q));
            }
        }
        return out;
    }

    private Optional<Match> cookieMatch(CookieObservation c, Set<String> consentCookies) {
        Optional<Match> m = kb.forCookie(c.name(), c.domain(), c.firstParty(), c.setterUrl());
        if (c.firstParty() && (m.isEmpty() || m.get().vendor() == null && m.get().platform() == null)
                && (consentCookies.contains(c.name()) || CONSENT_COOKIE.matcher(c.name()).matches())) {
            return Optional.of(new Match(null, null, CookieCategory.NECESSARY, "the site's consent-choice cookie ("
                    + (consentCookies.contains(c.name()) ? "changed by the consent click" : "by its name") + ")"));
        }
        return m;
    }

    private static boolean trackingCookie(CookieObservation c, Match m) {
        if (m != null) {
            return tracking(m);
        }
        return !c.firstParty() && c.requestedLifetimeSeconds() != null && c.requestedLifetimeSeconds() > 0;
    }

    /**
     * A cookie or key of a tracking vendor is tracking even where a cookie database calls that one
     * cookie "functional" (Hotjar's session id): the vendor's purpose is what needs consent. The
     * site's own consent-choice cookie is necessary.
     */
    private static boolean tracking(Match m) {
        return m != null && (TRACKING.contains(m.category()) || m.vendor() != null && TRACKING.contains(m.vendor().category()));
    }

    public ScanRecord record() {
        return record;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** The policy as read, or null when none was found. */
    public PolicyAnalysis policy() {
        return policy;
    }

    /** Whether a policy was found and its claims read (so comparing with it means something). */
    public boolean policyRead() {
        return policy != null && policy.status() == ReadStatus.READ;
    }

    public PolicyQuotes quotes() {
        return quotes;
    }

    public Attributions attributions() {
        return attributions;
    }

    /** The cookies the policy lists by name; empty when it lists none or was not read. */
    DeclaredCookies declaredCookies() {
        return declaredCookies;
    }

    /** Whether the policy declares this cookie: in its cookie list, or by naming it in its text. */
    boolean declared(CookieObservation c) {
        return attributions.declaredCookies().containsKey(c.key());
    }

    /** Every observation of one phase, attributed; empty when the phase was not recorded. */
    public List<Seen> in(Phase phase) {
        return byPhase.getOrDefault(phase, List.of());
    }

    /** Every observation of every phase. */
    public List<Seen> all() {
        List<Seen> out = new ArrayList<>();
        byPhase.values().forEach(out::addAll);
        return out;
    }

    /** The consent attempt that opened a phase, or null. */
    public ConsentAttempt consent(Phase phase) {
        return record.phase(phase).map(PhaseRecord::consent).orElse(null);
    }

    /** Whether a banner or notice was seen in any phase. */
    public boolean bannerAnywhere() {
        return record.phases().stream().anyMatch(p -> p.bannerSeen() || p.consent() != null && p.consent().bannerDetected());
    }

    /** The consent state of each recorded phase, as evidence. */
    public List<Evidence> consentEvidence() {
        List<Evidence> out = new ArrayList<>();
        for (PhaseRecord p : record.phases()) {
            ConsentAttempt c = p.consent();
            out.add(new Evidence.ConsentSeen(p.phase(), c == null ? null : c.action().id(), p.bannerSeen(),
                    c != null && c.bannerDetected(), c != null && c.done(), c == null ? 0 : c.clicks(),
                    c == null ? null : c.onFirstLayer(), c == null ? null : c.cmp(), c == null ? null : c.method(),
                    c == null || c.failure() == null ? null : c.failure().id(), c == null ? null : c.detail(),
                    c == null ? null : c.screenshot()));
        }
        return out;
    }

    /** Whether the target is served over HTTPS. */
    public boolean https() {
        return record.target().startsWith("https:");
    }
}
