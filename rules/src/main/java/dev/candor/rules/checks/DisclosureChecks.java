package dev.candor.rules.checks;

import dev.candor.model.Lifetimes;
import dev.candor.model.CookieObservation;
import dev.candor.model.finding.Subject;
import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import dev.candor.model.policy.Denial;
import dev.candor.model.policy.DeclaredCookie;
import dev.candor.model.policy.VendorMention;
import dev.candor.rules.kb.Vendor;
import java.time.Duration;
import java.util.Optional;

/** What the site does that its policy should tell, and does not: vendors, cookies, durations, transfers. */
final class DisclosureChecks {

    private DisclosureChecks() {}

    /** {@code undisclosed-vendor}: a non-necessary vendor observed that the policy names nowhere. */
    static void undisclosedVendor(Facts f, FindingSink sink) {
        if (!f.policyRead()) {
            return;
        }
        for (Seen s : f.all()) {
            Vendor v = s.vendor();
            if (v == null || v.necessary() || s.request() != null && !s.request().thirdParty() || names(f, v)) {
                continue;
            }
            sink.report(s.subject(), v.name() + " (" + String.join(", ", v.entities()) + ") receives visitors' data ("
                    + s.describe() + ") but the policy names neither it nor its company.", s.evidence());
        }
    }

    /**
     * Whether the policy names a vendor: the reader found it or one of its legal entities, or its
     * name, an alias, an entity or a domain occurs anywhere in the text (a cookie table, a link).
     */
    static boolean names(Facts f, Vendor v) {
        return names(f.policy(), f.quotes(), v);
    }

    /** {@link #names(Facts, Vendor)} for a policy and its quotes alone (the source scan has no record). */
    static boolean names(dev.candor.model.policy.PolicyAnalysis policy, PolicyQuotes q, Vendor v) {
        for (VendorMention m : policy.vendors()) {
            if (v.id().equals(m.vendorId()) || m.entity() && v.entityNames().contains(m.name())) {
                return true;
            }
        }
        return v.aliases().stream().anyMatch(q::mentions) || v.entityNames().stream().anyMatch(q::mentions)
                || v.domains().stream().filter(d -> d.indexOf('/') < 0).anyMatch(q::mentions);
    }

    /** {@code undisclosed-cookie}: the policy lists cookies by name, and a stored one is not among them. */
    static void undisclosedCookie(Facts f, FindingSink sink) {
        if (!f.policyRead()) {
            return;
        }
        if (f.declaredCookies().isEmpty()) {
            return;
        }
        for (Seen s : f.all()) {
            CookieObservation c = s.cookie();
            if (c == null || c.blocked() || f.declared(c)) {
                continue;
            }
            sink.report(new Subject(Subject.Kind.COOKIE, c.name(), c.name()), "Cookie " + c.name() + " (" + c.domain()
                    + (s.vendor() == null ? "" : ", " + s.vendor().name()) + ") is set but missing from the policy's cookie list.",
                    s.evidence());
        }
    }

    /** {@code cookie-lifetime-mismatch}: a listed cookie asks for clearly more time than listed. */
    static void cookieLifetimeMismatch(Facts f, FindingSink sink) {
        if (!f.policyRead()) {
            return;
        }
        for (Seen s : f.all()) {
            CookieObservation c = s.cookie();
            if (c == null || c.blocked() || c.requestedLifetimeSeconds() == null || c.requestedLifetimeSeconds() <= 0) {
                continue;
            }
            Optional<DeclaredCookie> d = f.declaredCookies().find(c.name());
            if (d.isEmpty() || d.get().durationSeconds() == null || d.get().durationSeconds() <= 0) {
                continue;
            }
            long asked = c.requestedLifetimeSeconds();
            long stated = d.get().durationSeconds();
            if (asked > stated * 1.1 && asked - stated > Duration.ofDays(1).toSeconds()) {
                sink.report(new Subject(Subject.Kind.COOKIE, c.name(), c.name()), "Cookie " + c.name() + " asks for "
                        + Lifetimes.words(asked) + " but the policy says " + d.get().durationText() + ".",
                        s.evidence(), f.quotes().locate(d.get().quote(), "declared cookie " + d.get().name() + ": " + d.get().durationText()));
            }
        }
    }

    /** {@code undisclosed-transfer}: a vendor that takes data out of the EU/EEA, and a policy silent on transfers. */
    static void undisclosedTransfer(Facts f, FindingSink sink) {
        if (!f.policyRead() || !f.policy().transfers().isEmpty()
                || f.policy().art13().get(Art13Element.TRANSFERS) != Art13Status.MISSING
                || f.policy().denials().stream().anyMatch(d -> d.kind() == Denial.Kind.TRANSFER)) {
            return;
        }
        for (Seen s : f.all()) {
            Vendor v = s.vendor();
            if (v == null || v.necessary() || !v.outsideEea() || s.request() != null && !s.request().thirdParty()) {
                continue;
            }
            sink.report(s.subject(), v.name() + " (" + v.country() + ") may process data outside the EU/EEA"
                    + (v.transferMechanism() == null ? "" : " under the " + v.transferMechanism())
                    + ", but the policy says nothing about third-country transfers.", s.evidence());
        }
    }
}
