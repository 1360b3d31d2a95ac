package dev.candor.rules.checks;

import dev.candor.model.Phase;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Subject;
import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import dev.candor.model.policy.Claim;
import dev.candor.model.policy.ClaimType;
import dev.candor.model.policy.ConsentModelKind;
import dev.candor.model.policy.Denial;
import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.ReadStatus;
import dev.candor.rules.kb.Vendor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The policy on its own terms: found, complete, honest about consent, and not contradicted by the record. */
final class PolicyChecks {

    private PolicyChecks() {}

    /** The Art. 13 elements every policy must give, with where the law asks for them. */
    private static final Map<Art13Element, String> REQUIRED = Map.of(
            Art13Element.CONTROLLER_CONTACT, "GDPR Art. 13(1)(a)",
            Art13Element.PURPOSES, "GDPR Art. 13(1)(c)",
            Art13Element.LEGAL_BASIS, "GDPR Art. 13(1)(c)",
            Art13Element.RECIPIENTS, "GDPR Art. 13(1)(e)",
            Art13Element.RETENTION, "GDPR Art. 13(2)(a)",
            Art13Element.RIGHTS, "GDPR Art. 13(2)(b)",
            Art13Element.COMPLAINT_AUTHORITY, "GDPR Art. 13(2)(d)");

    /** {@code policy-not-found}: no policy link, or a policy page without text. */
    static void notFound(Facts f, FindingSink sink) {
        PolicyAnalysis p = f.policy();
        // no policy evidence at all means none was looked for yet (an audit stopped in its first phase)
        if (p == null || p.status() != ReadStatus.NOT_FOUND && p.status() != ReadStatus.EMPTY) {
            return;
        }
        String problem = p.problems().isEmpty() ? "no privacy policy was found" : p.problems().get(0);
        sink.report(Subject.site(f.record().siteDomain()), "No privacy policy could be read: " + problem,
                new Evidence.PolicyState(p.source(), p.status().id(), problem));
    }

    /** {@code policy-not-analysed}: found, but unreadable or in an unsupported language. */
    static void notAnalysed(Facts f, FindingSink sink) {
        PolicyAnalysis p = f.policy();
        if (p == null || p.status() != ReadStatus.UNREADABLE && p.status() != ReadStatus.UNSUPPORTED_LANGUAGE) {
            return;
        }
        String problem = p.problems().isEmpty() ? p.status().id() : p.problems().get(0);
        sink.report(Subject.site(f.record().siteDomain()), "The policy at " + p.source() + " was not analysed: " + problem,
                new Evidence.PolicyState(p.source(), p.status().id(), problem));
    }

    /**
     * {@code policy-missing-information}: an Art. 13 element missing entirely. Withdrawal of
     * consent is required only where the site asks for consent (it tracks).
     */
    static void missingInformation(Facts f, FindingSink sink) {
        if (!f.policyRead()) {
            return;
        }
        for (Art13Element e : Art13Element.values()) {
            String provision = REQUIRED.get(e);
            if (e == Art13Element.WITHDRAW_CONSENT && f.all().stream().anyMatch(Seen::tracking)) {
                provision = "GDPR Art. 13(2)(c)";
            }
            Art13Status status = f.policy().art13().get(e);
            if (provision != null && status == Art13Status.MISSING) {
                sink.report(new Subject(Subject.Kind.ELEMENT, e.id(), e.id()), "The policy does not give the "
                        + e.id().replace('-', ' ') + " information that " + provision + " requires.",
                        new Evidence.MissingElement(e.id(), provision, status.id()));
            }
        }
    }

    /** {@code implied-consent-claimed}: consent said to follow from browsing on or from browser settings. */
    static void impliedConsent(Facts f, FindingSink sink) {
        if (!f.policyRead()) {
            return;
        }
        ConsentModelKind model = f.policy().consentModel().model();
        if (model != ConsentModelKind.IMPLIED_CONTINUED_USE && model != ConsentModelKind.IMPLIED_BROWSER_SETTINGS) {
            return;
        }
        Subject site = Subject.site(f.record().siteDomain());
        String how = model == ConsentModelKind.IMPLIED_CONTINUED_USE ? "continuing to use the site" : "the browser's cookie settings";
        for (Claim c : consentClaims(f, model)) {
            sink.report(site, "The policy treats " + how + " as consent to cookies.",
                    f.quotes().quote(c.quote(), c.section(), c.offset(), "consent model: " + model.id()));
        }
    }

    /**
     * {@code policy-claim-contradicted}: a denial the record disproves, and a promise of prior
     * consent (or of necessary cookies only) broken by tracking.
     */
    static void claimContradicted(Facts f, FindingSink sink) {
        if (!f.policyRead()) {
            return;
        }
        for (Denial d : f.policy().denials()) {
            switch (d.kind()) {
                case VENDOR -> {
                    Set<String> ids = vendorIds(f, d.subject());
                    contradict(f, sink, d, "vendor:" + (ids.size() == 1 ? ids.iterator().next() : d.subject()), d.subject(),
                            s -> s.vendor() != null && ids.contains(s.vendor().id()));
                }
                case COOKIE_CATEGORY -> contradict(f, sink, d, "category:" + d.subject(), d.subject() + " cookies",
                        s -> s.cookie() != null && !s.cookie().blocked() && s.match() != null
                                && s.match().category().id().equals(d.subject()));
                case TRANSFER -> contradict(f, sink, d, "transfer", "transfers outside the EU/EEA",
                        s -> s.vendor() != null && s.vendor().outsideEea() && !s.vendor().necessary());
                case TECHNOLOGY -> contradict(f, sink, d, "technology:" + d.subject(), d.subject(), technology(d.subject()));
                case DPO -> { }
            }
        }
        promise(f, sink, ConsentModelKind.PRIOR_CONSENT, "prior-consent", f.in(Phase.BEFORE_CONSENT), Seen::tracking,
                "The policy says non-necessary technologies are used only after consent, but ");
        promise(f, sink, ConsentModelKind.NECESSARY_ONLY, "necessary-only", f.all(), s -> s.tracking() && s.cookie() != null,
                "The policy says only necessary cookies are used, but ");
    }

    private static Predicate<Seen> technology(String id) {
        return switch (id) {
            case "cookies" -> s -> s.tracking() && s.cookie() != null;
            case "web-beacons" -> s -> s.tracking() && s.request() != null && s.request().beacon();
            case "local-storage" -> s -> s.tracking() && s.storage() != null;
            default -> s -> false;
        };
    }

    private static void contradict(Facts f, FindingSink sink, Denial d, String subjectId, String label, Predicate<Seen> shows) {
        Subject subject = new Subject(Subject.Kind.CLAIM, subjectId, "denies " + label);
        Evidence quote = f.quotes().quote(d.quote(), d.section(), d.offset(), "denial: " + label);
        for (Seen s : f.all()) {
            if (shows.test(s)) {
                sink.report(subject, "The policy says \"" + d.quote() + "\", but the site shows " + s.describe() + " on "
                        + s.page() + " (" + s.phase().id() + ").", quote, s.evidence());
            }
        }
    }

    private static void promise(Facts f, FindingSink sink, ConsentModelKind kind, String subjectId, List<Seen> seen,
            Predicate<Seen> breaks, String opening) {
        PolicyAnalysis p = f.policy();
        if (p.consentModel().model() != kind) {
            return;
        }
        List<Claim> claims = consentClaims(f, kind);
        if (claims.isEmpty()) {
            return;
        }
        Claim c = claims.get(0);
        Subject subject = new Subject(Subject.Kind.CLAIM, subjectId, "promises " + kind.id());
        Evidence quote = f.quotes().quote(c.quote(), c.section(), c.offset(), "consent model: " + kind.id());
        for (Seen s : seen) {
            if (breaks.test(s)) {
                sink.report(subject, opening + s.describe() + " happens on " + s.page() + " (" + s.phase().id() + ").", quote,
                        s.evidence());
            }
        }
    }

    private static List<Claim> consentClaims(Facts f, ConsentModelKind kind) {
        return f.policy().claims().stream().filter(c -> c.type() == ClaimType.CONSENT && c.value().equals(kind.id())).toList();
    }

    /** The vendors a denied name stands for: the vendor itself, or every vendor of a legal entity. */
    private static Set<String> vendorIds(Facts f, String name) {
        return f.knowledgeBase().vendorNamed(name).map(v -> Set.of(v.id())).orElseGet(() -> Set.copyOf(
                f.knowledgeBase().vendors().stream().filter(v -> v.entityNames().contains(name)).map(Vendor::id).toList()));
    }
}
