package dev.candor.report.html;

import dev.candor.model.Lifetimes;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Evidence;
import dev.candor.report.html.HtmlView.Line;

/**
 * One piece of evidence as one row a person checks against {@code record.json} or
 * {@code policy.json}: what was seen, in which phase, where, when, and whose it is.
 */
final class EvidenceRows {

    private EvidenceRows() {}

    static Line of(Evidence e) {
        if (e instanceof Evidence.CookieSeen c) {
            return new Line("cookie", phase(c.phase()), c.name() + " on " + c.domain(),
                    "asks " + Lifetimes.words(c.requestedLifetimeSeconds()) + "; " + (c.firstParty() ? "first" : "third") + " party; "
                    + (c.secure() ? "Secure" : "no Secure") + ", " + (c.httpOnly() ? "HttpOnly" : "no HttpOnly") + "; set by "
                    + c.setBy() + (c.setterUrl() == null ? "" : " " + c.setterUrl()),
                    page(c.page(), c.visit()), when(c.atMs(), c.sinceConsentMs()), who(c.attribution()));
        }
        if (e instanceof Evidence.RequestSeen r) {
            return new Line("request", phase(r.phase()), r.url(), r.resourceType() + (r.beaconKind() == null ? "" : ", beacon ("
                    + r.beaconKind() + ")") + (r.initiator() == null ? "" : "; from " + r.initiator()),
                    page(r.page(), r.visit()), when(r.atMs(), r.sinceConsentMs()), who(r.attribution()));
        }
        if (e instanceof Evidence.StorageSeen s) {
            return new Line("storage", phase(s.phase()), s.key() + " in " + s.kind() + " of " + s.origin(),
                    s.writerUrl() == null ? "" : "written by " + s.writerUrl(), page(s.page(), s.visit()),
                    when(s.atMs(), s.sinceConsentMs()), who(s.attribution()));
        }
        if (e instanceof Evidence.PolicyQuote q) {
            return new Line("policy", "", "\u201c" + q.sentence() + "\u201d", q.claim() == null ? "" : "read as: " + q.claim(),
                    q.section().isEmpty() ? "(top of the policy)" : "section: " + q.section(),
                    q.offset() < 0 ? "" : "offset " + q.offset() + " in policy.json", "");
        }
        if (e instanceof Evidence.MissingElement m) {
            return new Line("policy", "", "no " + m.element().replace('-', ' ') + " information", "required by " + m.provision(), "",
                    "", "");
        }
        if (e instanceof Evidence.ConsentSeen c) {
            String action = c.action() == null ? "no action (a new visitor)" : c.action() + (c.done()
                    ? " done in " + c.clicks() + " click(s)" + (Boolean.FALSE.equals(c.onFirstLayer()) ? ", not on the first layer" : "")
                    : " not done" + (c.failure() == null ? "" : " (" + c.failure() + ")"));
            return new Line("consent", phase(c.phase()), action, (c.bannerSeen() || c.bannerDetected() ? "banner seen" : "no banner seen")
                    + (c.detail() == null ? "" : "; " + c.detail()), "", "", c.cmp() == null ? "" : c.cmp());
        }
        if (e instanceof Evidence.PolicyState p) {
            return new Line("policy", "", p.status(), p.problem() == null ? "" : p.problem(), p.source() == null ? "" : p.source(), "", "");
        }
        if (e instanceof Evidence.SourceSeen t) {
            return new Line("source", "", t.snippet(), t.signature() + (t.gated() ? "; held back by " + t.gatedBy() : "; not gated by a consent manager"),
                    t.file() + ":" + t.line() + ":" + t.column(), "", who(t.attribution()));
        }
        if (e instanceof Evidence.TcfSeen t) {
            return new Line("tcf", phase(t.phase()), t.tcString() == null ? "TC string (value redacted)" : t.tcString(),
                    "from the " + t.source() + (t.undecodable() != null ? "; undecodable: " + t.undecodable()
                    : "; CMP " + t.cmpId() + "; consent for purposes " + t.purposesConsent() + ", legitimate interest for purposes "
                    + t.purposesLegitimateInterest() + "; " + t.vendorConsents() + " vendor(s) with consent, "
                    + t.vendorLegitimateInterests() + " with legitimate interest"),
                    page(t.page(), t.visit()), when(t.atMs(), t.sinceConsentMs()), "");
        }
        if (e instanceof Evidence.BannerSeen b) {
            return new Line("banner", phase(b.phase()), dev.candor.report.BannerWords.summary(b.design()),
                    dev.candor.report.BannerWords.controls(b.design()), b.design() == null ? "" : b.design().page(), "before any click",
                    b.design() == null || b.design().cmp() == null ? "" : b.design().cmp());
        }
        if (e instanceof Evidence.WithdrawalSeen w) {
            return new Line("withdrawal", phase(w.phase()), dev.candor.report.BannerWords.withdrawal(w.withdrawal()),
                    w.withdrawal() == null ? "" : w.withdrawal().pagesChecked() + " page(s) looked at after the choice",
                    w.withdrawal() == null || w.withdrawal().page() == null ? "" : w.withdrawal().page(), "after accepting", "");
        }
        Evidence.AuditState a = (Evidence.AuditState) e;
        return new Line("audit", "", a.complete() ? "complete" : "stopped early", a.reason() == null ? "" : a.reason(),
                a.phases() + " phase(s) recorded", "", "");
    }

    private static String phase(dev.candor.model.Phase p) {
        return p == null ? "" : p.id();
    }

    private static String page(String page, int visit) {
        return (page == null ? "" : page) + " (visit " + (visit + 1) + ")";
    }

    private static String when(Long atMs, Long sinceConsentMs) {
        return (atMs == null ? "" : atMs + " ms into the page")
                + (sinceConsentMs == null ? "" : "; " + sinceConsentMs + " ms after the consent click");
    }

    private static String who(Attribution a) {
        return a == null ? "unknown" : (a.vendor() == null ? "unknown" : a.vendor()) + " (" + a.category() + "): " + a.matchedBy();
    }
}
