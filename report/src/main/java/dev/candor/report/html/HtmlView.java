package dev.candor.report.html;

import dev.candor.model.Lifetimes;
import dev.candor.model.ConsentSummary;
import dev.candor.model.CookieObservation;
import dev.candor.model.PhaseRecord;
import dev.candor.model.ScanRecord;
import dev.candor.model.Severity;
import dev.candor.model.StorageObservation;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Attributions;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.RuleInfo;
import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.VendorMention;
import dev.candor.report.ReportContext;
import dev.candor.report.SiteText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the HTML report shows, computed from the judged audit. Plain strings and numbers:
 * the templates only lay them out, and the engine escapes every string.
 *
 * @param verdict the headline: passed, or failed at the threshold
 * @param failed whether the gate failed (a finding at or above the threshold, or an incomplete audit)
 * @param counts findings per severity, most severe first
 * @param facts the audit's key facts (site, date, pages, versions, insecure, complete)
 * @param findings the findings, most severe first
 * @param consent the banner and what Candor did with it
 * @param matrix vendors (and unknown third parties) against phases
 * @param cookies the cookie inventory, one row per cookie
 * @param timelines one per phase: its first visit's requests and cookies over time, the consent click marked
 * @param art13 the policy's Art. 13 elements with their status and quotes; empty without a policy
 * @param policyLine where the policy came from and its status
 * @param vendorsNamed vendors the policy names, with whether they were observed
 * @param vendorsObserved vendors observed, with whether the policy names them
 * @param pages every page visit of every phase, with its title and outcome
 * @param sourceScan whether this is a static scan of the sources (no browser sections then)
 * @param bannerShots the banner screenshots the findings draw on, each embedded once
 */
public record HtmlView(String title, String verdict, boolean failed, List<Count> counts, List<Fact> facts,
        List<FindingView> findings, ConsentView consent, List<String> phases, List<MatrixRow> matrix, List<CookieRow> cookies,
        List<TimelineView> timelines, List<Art13Row> art13, String policyLine, List<VendorRow> vendorsNamed,
        List<VendorRow> vendorsObserved, List<PageRow> pages, List<String> warnings, boolean sourceScan, List<BannerView.Shot> bannerShots) {

    /** A page visit as the record has it. */
    public record PageRow(String phase, String url, String title, String outcome) {
        public PageRow {
            url = SiteText.visible(url);
            title = SiteText.visible(title);
            outcome = SiteText.visible(outcome);
        }
    }

    /** A severity and how many findings have it. */
    public record Count(String severity, int count, boolean failing) {}

    /** A labelled fact of the audit. */
    public record Fact(String label, String value) {
        public Fact {
            label = SiteText.visible(label);
            value = SiteText.visible(value);
        }
    }

    /** A finding as shown. */
    public record FindingView(String severity, String ruleId, String title, String message, String subject, String phase,
            String legalReference, String remediation, String rationale, String fingerprint, int occurrences, boolean failing,
            List<Line> evidence, String suppressedBy, String baseline, String suppressionEntry, List<BannerView.Figure> banners) {

        public FindingView {
            message = SiteText.visible(message);
            subject = SiteText.visible(subject);
            suppressedBy = suppressedBy == null ? null : SiteText.visible(suppressedBy);
        }

        /** The in-page anchor of the finding: its fingerprint, which is hex and stable. */
        public String anchor() {
            return "f-" + fingerprint;
        }
    }

    /**
     * One line of evidence.
     *
     * @param kind cookie, request, storage, policy, consent or audit
     * @param what the thing seen: the cookie, the URL, the quoted sentence
     * @param detail its attributes
     * @param where the page and visit, or the policy section
     * @param when the times from the page start and from the consent click
     * @param who the vendor and why the knowledge base says so
     */
    public record Line(String kind, String phase, String what, String detail, String where, String when, String who) {
        public Line {
            what = SiteText.visible(what);
            detail = SiteText.visible(detail);
            where = SiteText.visible(where);
            when = SiteText.visible(when);
            who = SiteText.visible(who);
        }
    }

    /** The banner: its screenshot as a data URI (or null), and what each phase's action did. */
    public record ConsentView(String screenshot, List<Fact> facts) {}

    /** One vendor or host across the phases. */
    public record MatrixRow(String name, String category, boolean tracking, List<Cell> cells) {
        public MatrixRow {
            name = SiteText.visible(name);
        }
    }

    /** What one vendor did in one phase. */
    public record Cell(int cookies, int storage, int beacons, int requests, boolean none) {}

    /** A cookie in the inventory. */
    public record CookieRow(String name, String domain, String party, String vendor, String category, String requested,
            String stored, String phases, String declared, boolean undeclared) {
        public CookieRow {
            name = SiteText.visible(name);
            domain = SiteText.visible(domain);
            vendor = SiteText.visible(vendor);
            declared = SiteText.visible(declared);
            stored = SiteText.visible(stored);
        }
    }

    /** A phase's first visit over time, already scaled to the drawing (0-1000 wide). */
    public record TimelineView(String phase, long spanMs, Integer consentX, List<Mark> marks, List<Tick> ticks) {}

    /** One request or cookie on a timeline. */
    public record Mark(int x, int y, String kind, boolean tracking, String label) {
        public Mark {
            label = SiteText.visible(label);
        }
    }

    /** An axis label. */
    public record Tick(int x, String label) {}

    /** An Art. 13 element of the policy. */
    public record Art13Row(String element, String status, List<String> quotes) {}

    /** A vendor in the named-versus-observed comparison. */
    public record VendorRow(String name, boolean other) {
        public VendorRow {
            name = SiteText.visible(name);
        }
    }

    private static final int TIMELINE_WIDTH = 1000;

    /** The purpose categories whose use needs consent: what the matrix and timelines highlight as tracking. */
    static final java.util.Set<String> TRACKING_CATEGORIES = java.util.Set.of("analytics", "marketing", "personalisation", "social");

    /** Builds the view of a judged audit; {@code screenshot} is the banner as a data URI, or null. */
    public static HtmlView of(ReportContext ctx, String screenshot) {
        ScanRecord r = ctx.result().record();
        List<Finding> failing = ctx.failing();
        boolean failed = !failing.isEmpty() || !r.completion().complete();
        long setAside = ctx.result().findings().stream().filter(f -> f.severity().atLeast(ctx.failOn()) && !f.fails(ctx.failOn())).count();
        String verdict = !r.completion().complete() ? "Incomplete audit: " + r.completion().reason()
                : failing.isEmpty() ? "Passed: no finding at or above " + ctx.failOn().id()
                    + (setAside == 0 ? "" : " fails the gate (" + setAside + " suppressed or in the baseline)")
                : "Failed: " + failing.size() + (failing.size() == 1 ? " finding" : " findings") + " at or above " + ctx.failOn().id();
        List<Count> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            counts.add(new Count(s.id(), (int) ctx.result().findings().stream().filter(f -> f.severity() == s).count(), s.atLeast(ctx.failOn())));
        }
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        ctx.rules().forEach(x -> rules.put(x.id(), x));
        BannerFigures figures = new BannerFigures(ctx);
        List<FindingView> findings = ctx.result().findings().stream().map(f -> finding(f, rules.get(f.ruleId()), ctx, figures)).toList();
        String title = (r.sourceScan() ? "Candor source scan of " : "Candor audit of ") + r.target();
        return new HtmlView(SiteText.visible(title), SiteText.visible(verdict), failed, counts, facts(r), findings, consent(r, screenshot),
                r.phases().stream().map(p -> p.phase().id()).toList(), Matrix.rows(r, ctx.result().attributions()),
                cookies(r, ctx.result().attributions()), Timelines.of(r, ctx.result().attributions(), TIMELINE_WIDTH),
                art13(ctx.result().policy()), SiteText.visible(policyLine(ctx.result().policy())), named(ctx), observed(ctx), pages(r),
                r.warnings().stream().map(SiteText::visible).toList(), r.sourceScan(), figures.shots());
    }

    private static List<Fact> facts(ScanRecord r) {
        List<Fact> out = new ArrayList<>();
        if (r.sourceScan()) {
            out.add(new Fact("Project", r.target()));
            out.add(new Fact("Folders scanned", r.pagesPlanned().isEmpty() ? "none found" : String.join(", ", r.pagesPlanned())));
            out.add(new Fact("Scanned", seconds(r.startedAt())));
            out.add(new Fact("Candor", r.tool().version()));
            return out;
        }
        out.add(new Fact("Site", r.target()));
        out.add(new Fact("Audited", seconds(r.startedAt()) + " to " + seconds(r.finishedAt())));
        out.add(new Fact("Pages per phase", r.pagesPlanned().size() + ""));
        out.add(new Fact("Phases", String.join(", ", r.phases().stream().map(p -> p.phase().id()).toList())));
        out.add(new Fact("Candor", r.tool().version()));
        out.add(new Fact("Chromium", r.tool().chromiumVersion() == null ? "unknown" : r.tool().chromiumVersion()));
        out.add(new Fact("Invalid TLS certificates accepted (--insecure, candor.insecure)", r.settings().insecure() ? "yes" : "no"));
        out.add(new Fact("Browser as seen by the site", browserSeen(r.settings())));
        out.add(new Fact("Complete", r.completion().complete() ? "yes" : "no: " + r.completion().reason()));
        return out;
    }

    /** The window, emulated device and language the audit browsed with (user-given values, escaped by the template). */
    public static String browserSeen(dev.candor.model.ScanSettings s) {
        dev.candor.model.Device d = s.deviceOrDesktop();
        return (s.viewport() == null ? "?" : s.viewport().toString())
                + (d.preset() == null ? "" : " (" + d.preset() + (d.mobile() ? ", mobile, touch, " + d.scaleFactor() + "x" : "") + ")")
                + ", language " + (s.locale() == null ? "the browser's own" : s.locale());
    }

    private static String seconds(java.time.Instant t) {
        return t == null ? "?" : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static FindingView finding(Finding f, RuleInfo rule, ReportContext ctx, BannerFigures figures) {
        return new FindingView(f.severity().id(), f.ruleId(), f.title(), f.message(), f.subject().label(),
                f.phase() == null ? null : f.phase().id(), f.legalReference(), rule == null ? null : rule.remediation(),
                rule == null ? null : rule.rationale(), f.fingerprint(), f.occurrences(), f.fails(ctx.failOn()),
                f.evidence().stream().map(EvidenceRows::of).toList(), suppressedBy(f), baseline(f), suppressionEntry(f, ctx), figures.of(f));
    }

    private static String suppressedBy(Finding f) {
        if (!f.suppressed()) {
            return null;
        }
        var s = f.triage().suppression();
        return "\u201c" + s.reason() + "\u201d (entry " + s.entry() + ", line " + s.line() + " of " + s.file()
                + (s.expires() == null ? ", no end date)" : ", until " + s.expires() + ")");
    }

    private static String baseline(Finding f) {
        return f.newSinceBaseline() ? "new since the baseline" : f.inBaseline() ? "in the baseline" : null;
    }

    /** The entry a reviewer copies into candor-suppressions.json: this finding exactly, for 90 days from the audit. */
    private static String suppressionEntry(Finding f, ReportContext ctx) {
        java.time.Instant at = ctx.result().record().startedAt();
        java.time.LocalDate expires = (at == null ? java.time.LocalDate.of(2000, 1, 1)
                : java.time.LocalDate.ofInstant(at, java.time.ZoneOffset.UTC)).plusDays(90);
        var entry = new java.util.LinkedHashMap<String, String>();
        entry.put("ruleId", f.ruleId());
        entry.put("fingerprint", f.fingerprint());
        entry.put("reason", "why this risk is accepted, and who accepted it");
        entry.put("expires", expires.toString());
        try {
            return dev.candor.model.CandorJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(entry);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConsentView consent(ScanRecord r, String screenshot) {
        ConsentSummary c = r.consent();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Banner", c.bannerDetected() ? "shown" : "not found"));
        facts.add(new Fact("Consent manager", c.cmp() == null ? "none recognised" : c.cmp()));
        facts.add(new Fact("How Candor answered it", c.method()));
        facts.add(new Fact("Accept all", c.acceptClicked() ? "done in " + c.clicksToAccept() + " click(s)" : "not done"));
        facts.add(new Fact("Reject all", c.rejectClicked() ? "done in " + c.clicksToReject() + " click(s)" : "not done"));
        facts.add(new Fact("Reject on the first layer", c.rejectOnFirstLayer() == null ? "unknown" : c.rejectOnFirstLayer() ? "yes" : "no"));
        for (dev.candor.report.TcfSummary.PhaseLine t : dev.candor.report.TcfSummary.of(r)) {
            facts.add(new Fact("IAB TCF in " + t.phase(), t.line()));
        }
        for (PhaseRecord p : r.phases()) {
            if (p.consent() != null && p.consent().detail() != null) {
                facts.add(new Fact(p.phase().id() + " notes", p.consent().detail()));
            }
        }
        return new ConsentView(screenshot, facts);
    }

    private static List<CookieRow> cookies(ScanRecord r, Attributions a) {
        Map<String, CookieObservation> first = new LinkedHashMap<>();
        Map<String, List<String>> phases = new LinkedHashMap<>();
        for (PhaseRecord p : r.phases()) {
            for (CookieObservation c : p.cookies()) {
                if (c.blocked()) {
                    continue;
                }
                first.putIfAbsent(c.key(), c);
                phases.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(p.phase().id());
            }
        }
        List<CookieRow> out = new ArrayList<>();
        boolean policyLists = !a.declaredCookies().isEmpty();
        for (CookieObservation c : first.values()) {
            Attribution at = a.cookies().get(c.key());
            String declared = a.declaredCookies().get(c.key());
            out.add(new CookieRow(c.name(), c.domain(), c.firstParty() ? "first" : "third", at == null || at.vendor() == null ? "" : at.vendor(),
                    at == null || at.category() == null ? "unknown" : at.category(), Lifetimes.words(c.requestedLifetimeSeconds()),
                    c.expires() == null ? "session" : c.expires().toString(), String.join(", ", phases.get(c.key())),
                    declared == null ? "no" : "yes: " + declared, policyLists && declared == null));
        }
        return out;
    }

    private static List<PageRow> pages(ScanRecord r) {
        List<PageRow> out = new ArrayList<>();
        for (PhaseRecord p : r.phases()) {
            p.pages().forEach(v -> out.add(new PageRow(p.phase().id(), v.url(), v.title() == null ? "" : v.title(),
                    v.outcome().id() + (v.status() == null ? "" : " (HTTP " + v.status() + ")") + (v.detail() == null ? "" : ": " + v.detail()))));
        }
        return out;
    }

    private static List<Art13Row> art13(PolicyAnalysis p) {
        if (p == null) {
            return List.of();
        }
        List<Art13Row> out = new ArrayList<>();
        for (Art13Element e : Art13Element.values()) {
            out.add(new Art13Row(e.id(), p.art13().get(e).id(), p.art13Evidence().getOrDefault(e, List.of()).stream().limit(3)
                    .map(SiteText::visible).toList()));
        }
        return out;
    }

    private static String policyLine(PolicyAnalysis p) {
        if (p == null) {
            return "No policy was looked for.";
        }
        return p.source() + " (" + p.status().id() + (p.language() == null ? "" : ", " + p.language()) + ")"
                + (p.problems().isEmpty() ? "" : ": " + p.problems().get(0));
    }

    private static List<VendorRow> named(ReportContext ctx) {
        PolicyAnalysis p = ctx.result().policy();
        if (p == null) {
            return List.of();
        }
        Map<String, String> seen = observedVendors(ctx);
        // a product the policy names ("Firebase Crashlytics") is its vendor's: matched by the vendor, not the name
        return p.vendors().stream().collect(java.util.stream.Collectors.toMap(VendorMention::name,
                        m -> m.vendorId() != null && seen.containsKey(m.vendorId()) || seen.containsValue(m.name()),
                        Boolean::logicalOr, java.util.LinkedHashMap::new))
                .entrySet().stream().map(e -> new VendorRow(e.getKey(), e.getValue())).toList();
    }

    private static List<VendorRow> observed(ReportContext ctx) {
        PolicyAnalysis p = ctx.result().policy();
        List<VendorMention> named = p == null ? List.of() : p.vendors();
        return observedVendors(ctx).entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new VendorRow(e.getValue(), named.stream().anyMatch(m -> e.getKey().equals(m.vendorId())
                        || e.getValue().equals(m.name())))).toList();
    }

    /** The vendors (id to name) the knowledge base attributed observations to. */
    private static Map<String, String> observedVendors(ReportContext ctx) {
        Attributions a = ctx.result().attributions();
        Map<String, String> vendors = new TreeMap<>();
        for (Map<String, Attribution> m : List.of(a.cookies(), a.requests(), a.storage())) {
            m.values().stream().filter(x -> x.vendorId() != null).forEach(x -> vendors.put(x.vendorId(), x.vendor()));
        }
        return vendors;
    }

    /** A storage key's attribution. */
    static Attribution storage(Attributions a, StorageObservation s) {
        return a.storage().get(Attributions.storageKey(s.origin(), s.key()));
    }
}
