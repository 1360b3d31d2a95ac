package dev.candor.report;

import dev.candor.model.Phase;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Subject;
import java.util.Locale;

/**
 * One line of plain text per piece of evidence, for the reports that show evidence as text
 * (JUnit failures, the Markdown summary). The lines are raw: they quote site text as it is, and
 * each format makes them safe ({@link SiteText}, then its own escaping).
 */
final class EvidenceLines {

    private EvidenceLines() {}

    /** What the evidence shows, in one line that names the phase, page, visit and times where it has them. */
    static String describe(Evidence e) {
        // no pattern switch in Java 17; the final else keeps a new evidence type visible rather than silent
        if (e instanceof Evidence.CookieSeen c) {
            return cookie(c);
        } else if (e instanceof Evidence.RequestSeen r) {
            return "request " + r.url() + " (" + r.resourceType() + (r.beaconKind() == null ? "" : ", beacon " + r.beaconKind())
                    + ") in " + phase(r.phase()) + " on " + r.page() + " (visit " + r.visit() + ")"
                    + (r.initiator() == null ? "" : ", initiated by " + r.initiator()) + times(r.atMs(), r.sinceConsentMs())
                    + attribution(r.attribution());
        } else if (e instanceof Evidence.StorageSeen s) {
            return s.kind() + " key " + s.key() + " of " + s.origin() + " in " + phase(s.phase()) + " on " + s.page()
                    + " (visit " + s.visit() + ")" + (s.writerUrl() == null ? "" : ", written by " + s.writerUrl())
                    + times(s.atMs(), s.sinceConsentMs()) + attribution(s.attribution());
        } else if (e instanceof Evidence.ConsentSeen c) {
            return consent(c);
        } else if (e instanceof Evidence.PolicyQuote q) {
            return "policy" + (q.section() == null ? "" : ", section \"" + q.section() + "\"") + " (offset " + q.offset() + "): \""
                    + q.sentence() + "\"" + (q.claim() == null ? "" : " (read as " + q.claim() + ")");
        } else if (e instanceof Evidence.MissingElement m) {
            return "policy lacks " + m.element() + (m.provision() == null ? "" : " (" + m.provision() + ")")
                    + (m.status() == null ? "" : ", rated " + m.status());
        } else if (e instanceof Evidence.PolicyState p) {
            return "policy " + (p.source() == null ? "(none found)" : p.source()) + ": " + p.status()
                    + (p.problem() == null ? "" : ", " + p.problem());
        } else if (e instanceof Evidence.SourceSeen t) {
            return "<" + t.element() + "> at " + t.file() + ":" + t.line() + ":" + t.column() + " (" + t.signature() + ")"
                    + (t.url() == null ? "" : " loads " + t.url())
                    + (t.gated() ? ", held back by " + t.gatedBy() : ", not gated by a consent manager") + attribution(t.attribution());
        } else if (e instanceof Evidence.TcfSeen t) {
            return "TC string from the " + t.source() + " in " + phase(t.phase()) + " on " + t.page() + " (visit " + t.visit() + ")"
                    + (t.undecodable() != null ? ": undecodable (" + t.undecodable() + ")" : ": CMP " + t.cmpId() + ", consent for purposes "
                    + t.purposesConsent() + ", legitimate interest for purposes " + t.purposesLegitimateInterest() + ", "
                    + t.vendorConsents() + " vendor(s) with consent, " + t.vendorLegitimateInterests() + " with legitimate interest")
                    + times(t.atMs(), t.sinceConsentMs()) + (t.tcString() == null ? "" : "; " + t.tcString());
        } else if (e instanceof Evidence.BannerSeen b) {
            return "banner in " + phase(b.phase()) + ": " + BannerWords.summary(b.design()) + "; " + BannerWords.controls(b.design())
                    + (b.design() == null || b.design().screenshot() == null ? "" : "; screenshot " + b.design().screenshot());
        } else if (e instanceof Evidence.WithdrawalSeen w) {
            return "withdrawal in " + phase(w.phase()) + ": " + BannerWords.withdrawal(w.withdrawal());
        } else if (e instanceof Evidence.AuditState a) {
            return "audit " + (a.complete() ? "complete" : "incomplete") + (a.reason() == null ? "" : " (" + a.reason() + ")") + ", "
                    + a.phases() + " phase(s) recorded, " + a.pagesPlanned() + " page(s) planned";
        }
        return "evidence " + e;
    }

    private static String cookie(Evidence.CookieSeen c) {
        return "cookie " + c.name() + " (domain " + c.domain() + ", path " + c.path() + ", " + (c.firstParty() ? "first" : "third")
                + " party) in " + phase(c.phase()) + " on " + c.page() + " (visit " + c.visit() + "), set by " + c.setBy()
                + (c.setterUrl() == null ? "" : " from " + c.setterUrl()) + ", asks " + lifetime(c.requestedLifetimeSeconds())
                + (c.secure() ? ", Secure" : "") + (c.httpOnly() ? ", HttpOnly" : "") + times(c.atMs(), c.sinceConsentMs())
                + attribution(c.attribution());
    }

    private static String consent(Evidence.ConsentSeen c) {
        return "consent in " + phase(c.phase()) + ": " + c.action() + (c.done() ? " done" : " not done")
                + (c.failure() == null ? "" : " (" + c.failure() + ")") + ", banner " + (c.bannerDetected() ? "detected" : "not detected")
                + ", " + c.clicks() + " click(s)"
                + (c.onFirstLayer() == null ? "" : c.onFirstLayer() ? ", on the first layer" : ", not on the first layer")
                + (c.cmp() == null ? "" : ", consent manager " + c.cmp()) + (c.method() == null ? "" : " via " + c.method())
                + (c.detail() == null ? "" : "; " + c.detail());
    }

    /** {@code vendor Hotjar (id hotjar)}, {@code cookie _ga}, {@code site}: the subject as a person names it. */
    static String subject(Subject s) {
        String kind = s.kind().id();
        return s.label().equals(s.id()) ? kind + " " + s.label() : kind + " " + s.label() + " (id " + s.id() + ")";
    }

    /** {@code a session lifetime}, or {@code 63072000 s (730 days)}. */
    static String lifetime(Long seconds) {
        if (seconds == null) {
            return "a session lifetime";
        }
        if (Math.abs(seconds) < 86_400) {
            return seconds + " s";
        }
        return String.format(Locale.ROOT, "%d s (%.0f days)", seconds, seconds / 86_400.0);
    }

    private static String phase(Phase p) {
        return p == null ? "no phase" : p.id();
    }

    private static String times(Long atMs, Long sinceConsentMs) {
        return (atMs == null ? "" : ", at " + atMs + " ms") + (sinceConsentMs == null ? "" : ", " + sinceConsentMs + " ms after consent");
    }

    private static String attribution(Attribution a) {
        if (a == null || (a.vendor() == null && a.category() == null)) {
            return "";
        }
        return "; " + (a.vendor() == null ? "" : a.vendor() + (a.category() == null ? "" : ", ")) + (a.category() == null ? "" : a.category());
    }
}
