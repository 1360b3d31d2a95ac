package dev.candor.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.model.AuditResult;
import dev.candor.model.CandorJson;
import dev.candor.model.Completion;
import dev.candor.model.ConsentAction;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.ConsentFailure;
import dev.candor.model.CookieObservation;
import dev.candor.model.CookieSource;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.PolicySource;
import dev.candor.model.RequestObservation;
import dev.candor.model.ScanRecord;
import dev.candor.model.ScanSettings;
import dev.candor.model.Severity;
import dev.candor.model.StorageKind;
import dev.candor.model.StorageObservation;
import dev.candor.model.ToolInfo;
import dev.candor.model.Viewport;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Attributions;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.Provenance;
import dev.candor.model.finding.RuleInfo;
import dev.candor.model.finding.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judged audits for the writers' tests: a realistic one (three phases, first- and third-party
 * cookies, a blocked one, beacons, storage, every kind of evidence but the audit state) and a
 * hostile one, where everything the site controls is built to break a format, and the audit
 * stopped early. The rules are the real catalogue's.
 */
final class ReportFixtures {

    /** A cookie name that clears a terminal, closes a CSV cell, starts a formula, opens a script and closes a CDATA section. */
    static final String HOSTILE = "evil\u001b[2J\",=cmd|' /C calc'!A0<script>alert(1)</script>]]>";
    /** {@link #HOSTILE} as the writers show it: the escape character made visible. */
    static final String HOSTILE_VISIBLE = "evil\\u001B[2J\",=cmd|' /C calc'!A0<script>alert(1)</script>]]>";
    static final String HOSTILE_URL = "https://www.shop.example/p?q=\"><script>alert(1)</script>&x=]]>|`{}^ %zz\u202Egpj.exe#top#again";
    static final String HOSTILE_TITLE = "Shop\n<script>alert('t')</script>\u202Egnp.exe ]]> | a \uD800 lone \uFFFE \u009B1m";
    static final String HOSTILE_KEY = "=HYPERLINK(\"http://evil.example\",\"click\")\u0007";
    static final String HOSTILE_QUOTE = "We \u202Edo not\u202C share data. ]]><!-- | [link](javascript:alert(1)) *bold* _it_ `code`\r\n# heading";
    /** Cookie names that start a formula in a spreadsheet. */
    static final List<String> FORMULA_NAMES = List.of("+SUM(1,2)", "-2+3", "@cmd", "\tTAB=1", "\rCR=1", "=1+1");

    static final String SITE = "https://www.shop.example/";
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    private ReportFixtures() {}

    /** The real rule catalogue's audit rules (not the source scan's), read from the rules module's data as an audit lists them. */
    static List<RuleInfo> catalogue() {
        Path root = Path.of(System.getProperty("candor.root", ".."));
        Path file = root.resolve("rules/src/main/resources/dev/candor/rules/catalogue/catalogue.json");
        try {
            List<RuleInfo> rules = new ArrayList<>();
            for (JsonNode r : CandorJson.mapper().readTree(Files.readString(file)).get("rules")) {
                String id = r.get("id").asText();
                if ("sources".equals(r.path("scope").asText())) {
                    continue;
                }
                rules.add(new RuleInfo(id, r.get("title").asText(), Severity.parse(r.get("severity").asText()),
                        r.get("legalReference").asText(), r.get("rationale").asText(), r.get("remediation").asText(),
                        "https://candor.dev/rules#" + id));
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException("the rule catalogue is read from " + file.toAbsolutePath(), e);
        }
    }

    static ReportContext normal() {
        return new ReportContext(normalResult(), catalogue(), Severity.HIGH, Path.of("candor-report"));
    }

    static ReportContext hostile() {
        return new ReportContext(hostileResult(), catalogue(), Severity.HIGH, Path.of("candor-report"));
    }

    /** The same context judged at another threshold. */
    static ReportContext at(ReportContext ctx, Severity failOn) {
        return new ReportContext(ctx.result(), ctx.rules(), failOn, ctx.auditDir());
    }

    static AuditResult normalResult() {
        List<String> pages = List.of(SITE, SITE + "products/chair", SITE + "checkout");
        List<PhaseRecord> phases = new ArrayList<>();
        for (Phase phase : Phase.STANDARD) {
            phases.add(phase(phase, pages, "Shop", "_ga", "hotjar-session"));
        }
        ScanRecord record = record("0.1.0-SNAPSHOT", pages, phases, Completion.finished(), List.of());
        CookieObservation ga = phases.get(0).cookies().get(0);
        RequestObservation collect = phases.get(0).requests().get(1);
        StorageObservation hj = phases.get(0).storage().get(0);
        Attribution gaVendor = new Attribution("google-analytics", "Google Analytics", "analytics", "cookie name _ga (knowledge base)");
        Attribution meta = new Attribution("meta-pixel", "Meta Pixel", "marketing", "host www.facebook.com/tr under www.facebook.com/tr");
        Attribution hotjar = new Attribution("hotjar", "Hotjar", "analytics", "storage key _hjSessionUser (knowledge base)");
        List<Finding> findings = List.of(
                finding("tracking-after-reject", Severity.CRITICAL, Phase.AFTER_REJECT, new Subject(Subject.Kind.VENDOR, "meta-pixel", "Meta Pixel"),
                        "Meta Pixel receives visitors' data after they rejected tracking (2 requests, 1 cookie).", 3,
                        request(Phase.AFTER_REJECT, phases.get(2).requests().get(2), meta), cookie(Phase.AFTER_REJECT, phases.get(2).cookies().get(1), meta),
                        consent(Phase.AFTER_REJECT, true)),
                finding("tracking-before-consent", Severity.HIGH, Phase.BEFORE_CONSENT, new Subject(Subject.Kind.VENDOR, "google-analytics",
                        "Google Analytics"), "Google Analytics tracks visitors before they consent (cookie _ga, 3 requests).", 4,
                        cookie(Phase.BEFORE_CONSENT, ga, gaVendor), request(Phase.BEFORE_CONSENT, collect, gaVendor)),
                finding("storage-before-consent", Severity.HIGH, Phase.BEFORE_CONSENT, new Subject(Subject.Kind.VENDOR, "hotjar", "Hotjar"),
                        "Hotjar writes localStorage key hotjar-session before consent.", 1, storage(Phase.BEFORE_CONSENT, hj, hotjar)),
                finding("reject-harder-than-accept", Severity.MEDIUM, null, Subject.site("shop.example"),
                        "Accepting takes 1 click(s); rejecting takes 3, and reject is not on the banner's first layer.", 2,
                        consent(Phase.AFTER_ACCEPT, true), consent(Phase.AFTER_REJECT, false)),
                finding("cookie-lifetime-mismatch", Severity.MEDIUM, Phase.AFTER_ACCEPT, new Subject(Subject.Kind.COOKIE, "_ga", "_ga"),
                        "Cookie _ga asks for 2 years but the policy says 13 months.", 2, cookie(Phase.AFTER_ACCEPT, phases.get(1).cookies().get(0), gaVendor),
                        new Evidence.PolicyQuote("The _ga cookie is stored for 13 months.", "Cookies > Analytics", 1234, "declared cookie _ga: 13 months")),
                finding("policy-missing-information", Severity.MEDIUM, null, new Subject(Subject.Kind.ELEMENT, "retention", "retention"),
                        "The policy does not give the retention information that GDPR Art. 13(2)(a) requires.", 1,
                        new Evidence.MissingElement("retention", "GDPR Art. 13(2)(a)", "missing")),
                finding("excessive-cookie-lifetime", Severity.LOW, Phase.AFTER_ACCEPT, new Subject(Subject.Kind.COOKIE, "_ga", "_ga"),
                        "Cookie _ga (Google Analytics) asks to live 2 years, more than the 13 months regulators accept for tracking.", 1,
                        cookie(Phase.AFTER_ACCEPT, phases.get(1).cookies().get(0), gaVendor)),
                finding("insecure-cookie", Severity.LOW, Phase.BEFORE_CONSENT, new Subject(Subject.Kind.COOKIE, "cart", "cart"),
                        "Cookie cart on www.shop.example is persistent but lacks the Secure attribute, so it may be sent over plain HTTP.", 1,
                        cookie(Phase.BEFORE_CONSENT, phases.get(0).cookies().get(2), null)),
                finding("policy-not-analysed", Severity.INFO, null, Subject.site("shop.example"),
                        "The policy at https://www.shop.example/cookies was not analysed: it is in French, which is not yet read.", 1,
                        new Evidence.PolicyState("https://www.shop.example/cookies", "unsupported-language", "French is not yet read")));
        Map<String, Attribution> cookieAttr = new HashMap<>();
        Map<String, Attribution> requestAttr = new HashMap<>();
        for (PhaseRecord p : phases) {
            cookieAttr.put(p.cookies().get(0).key(), gaVendor);
            cookieAttr.put(p.cookies().get(1).key(), meta);
            requestAttr.put(p.requests().get(1).url(), gaVendor);
            requestAttr.put(p.requests().get(2).url(), meta);
        }
        Map<String, String> declared = Map.of(ga.key(), "| _ga | Google Analytics | statistics | 13 months |");
        return new AuditResult(record, null, findings, new Attributions(cookieAttr, requestAttr,
                Map.of(Attributions.storageKey(hj.origin(), hj.key()), hotjar), declared),
                new Provenance("record.json", "policy.json", "1", "2026.11", List.of("undisclosed-transfer")));
    }

    static AuditResult hostileResult() {
        List<String> pages = List.of(SITE, HOSTILE_URL);
        List<PhaseRecord> phases = new ArrayList<>();
        for (Phase phase : List.of(Phase.BEFORE_CONSENT, Phase.AFTER_ACCEPT)) {
            PhaseRecord p = phase(phase, pages, HOSTILE_TITLE, HOSTILE, HOSTILE_KEY);
            List<CookieObservation> cookies = new ArrayList<>(p.cookies());
            for (String name : FORMULA_NAMES) {
                cookies.add(new CookieObservation(name, "=evil.example", "/" + HOSTILE, null, "00", null, -3600L, false, false, "None\r\n",
                        false, CookieSource.SCRIPT, HOSTILE_URL, HOSTILE_URL, false, true, List.of("=BLOCKED", HOSTILE), 1L, null, 1));
            }
            // a site's TC strings: one undecodable and hostile, one decoded with hostile letters in its text fields
            dev.candor.model.TcfSignals tcf = new dev.candor.model.TcfSignals(true, true, List.of(
                    new dev.candor.model.TcString("cookie", HOSTILE_URL, 0, 10, null, HOSTILE, null, "undecodable: " + HOSTILE),
                    new dev.candor.model.TcString("api", HOSTILE_URL, 1, 20, 5L, "CQ" + HOSTILE_KEY, new dev.candor.model.TcDecoded(2, 421, 3,
                            T0, T0, "<b>", 48, 4, HOSTILE, List.of(1, 2), List.of(3), List.of(), 1, List.of(9001), 0, List.of()), null)));
            phases.add(new PhaseRecord(p.phase(), p.startedAt(), p.consent(), p.bannerSeen(), p.pages(), cookies, p.requests(), p.storage(),
                    p.frames(), tcf, p.banner(), p.withdrawal()));
        }
        String reason = "browser died\u001b[31m <script>alert('r')</script> ]]>";
        ScanRecord record = record("test", pages, phases, Completion.stopped(reason), List.of("policy: </system-out><script>x</script>\u0000"));
        CookieObservation evil = phases.get(0).cookies().get(0);
        Attribution attr = new Attribution(HOSTILE, "=" + HOSTILE, "marketing", "cookie name " + HOSTILE);
        Subject cookie = new Subject(Subject.Kind.COOKIE, HOSTILE, HOSTILE);
        List<Finding> findings = List.of(
                finding("tracking-before-consent", Severity.HIGH, Phase.BEFORE_CONSENT, cookie,
                        "Cookie " + HOSTILE + " tracks [click](https://evil.example) | col \\| esc", 9,
                        cookie(Phase.BEFORE_CONSENT, evil, attr), request(Phase.BEFORE_CONSENT, phases.get(0).requests().get(1), attr),
                        storage(Phase.BEFORE_CONSENT, phases.get(0).storage().get(0), attr)),
                finding("tracking-before-consent", Severity.HIGH, Phase.BEFORE_CONSENT, new Subject(Subject.Kind.HOST, "evil.example", HOSTILE),
                        HOSTILE + " again", 1, request(Phase.BEFORE_CONSENT, phases.get(0).requests().get(2), null)),
                finding("undisclosed-cookie", Severity.MEDIUM, null, new Subject(Subject.Kind.COOKIE, "x", "```\n| a | b |\n```"),
                        "Cookie x: " + HOSTILE_QUOTE + " " + "long ".repeat(400), 1,
                        new Evidence.PolicyQuote(HOSTILE_QUOTE, HOSTILE_TITLE, 7, HOSTILE)),
                finding("policy-missing-information", Severity.MEDIUM, null, new Subject(Subject.Kind.ELEMENT, "retention", "retention"),
                        "Missing <b>retention</b> & more", 1, new Evidence.MissingElement("retention", "GDPR Art. 13(2)(a)", "missing"),
                        new Evidence.PolicyState(HOSTILE_URL, "empty", HOSTILE)),
                finding("consent-not-tested", Severity.INFO, Phase.AFTER_REJECT, Subject.site(HOSTILE),
                        "A banner was seen " + HOSTILE_TITLE, 1, consent(Phase.AFTER_REJECT, false)),
                finding("audit-incomplete", Severity.INFO, null, Subject.site("shop.example"), "The audit stopped early (" + reason + ").", 1,
                        new Evidence.AuditState(false, reason, 2, 2)));
        Map<String, Attribution> cookieAttr = new HashMap<>();
        phases.forEach(p -> p.cookies().forEach(c -> cookieAttr.put(c.key(), attr)));
        return new AuditResult(record, null, findings, new Attributions(cookieAttr, Map.of(), Map.of(),
                Map.of(evil.key(), HOSTILE_QUOTE)), null);
    }

    static ScanRecord record(String version, List<String> pages, List<PhaseRecord> phases, Completion completion, List<String> warnings) {
        return new ScanRecord(ScanRecord.CURRENT_SCHEMA_VERSION, SITE, "shop.example", T0, T0.plusSeconds(95),
                new ToolInfo("candor", version, "Chromium 156"), new ScanSettings(pages.size(), 30_000, !completion.complete(), false, null,
                new Viewport(1366, 768), List.of(), List.of()), pages, phases, new PolicySource(null, "discovered", SITE + "privacy"),
                completion, warnings);
    }

    /** One phase: three cookies (a tracker's, a third party's, a first-party cart), three requests, one storage key per page. */
    static PhaseRecord phase(Phase phase, List<String> pages, String title, String trackerCookie, String storageKey) {
        Long since = phase == Phase.BEFORE_CONSENT ? null : 40L;
        List<PageVisit> visits = new ArrayList<>();
        List<RequestObservation> requests = new ArrayList<>();
        List<StorageObservation> storage = new ArrayList<>();
        for (int v = 0; v < pages.size(); v++) {
            String page = pages.get(v);
            visits.add(new PageVisit(page, page, title, 200, PageOutcome.LOADED, null, 640, v == 0 ? List.of() : List.of("dialog: " + title)));
            requests.add(new RequestObservation(page, "GET", "document", 200, null, "www.shop.example", false, 0, null, List.of(), false, null,
                    page, null, v));
            requests.add(new RequestObservation("https://www.google-analytics.com/g/collect?v=2&tid=G-1&dl=" + page, "POST", "ping", 204,
                    "https://www.googletagmanager.com/gtag/js?id=G-1", "www.google-analytics.com", true, 300 + v, since, List.of(), true,
                    "sendBeacon", page, null, v));
            requests.add(new RequestObservation("https://www.facebook.com/tr?id=1&ev=PageView", "GET", "image", 200, page, "www.facebook.com",
                    true, 420, since, List.of(), true, "pixel", page, null, v));
            storage.add(new StorageObservation(StorageKind.LOCAL_STORAGE, "https://www.shop.example", storageKey + (v == 0 ? "" : "-" + v), "ab",
                    "https://static.hotjar.com/c/hotjar-1.js", page, true, 500L, since, v));
        }
        List<CookieObservation> cookies = List.of(
                new CookieObservation(trackerCookie, ".shop.example", "/", "GA1.1.1.1", "aa", T0.plus(400, java.time.temporal.ChronoUnit.DAYS),
                        63_072_000L, false, false, null, false, CookieSource.SCRIPT, "https://www.googletagmanager.com/gtag/js?id=G-1",
                        pages.get(pages.size() - 1), true, false, List.of(), 310L, since, pages.size() - 1),
                new CookieObservation("_fbp", ".facebook.com", "/", "fb.1", "bb", T0.plusSeconds(7_776_000), 7_776_000L, true, false, "None",
                        false, CookieSource.HTTP, "https://www.facebook.com/tr?id=1&ev=PageView", pages.get(0), false, true,
                        List.of("ThirdPartyPhaseout"), 430L, since, 0),
                new CookieObservation("cart", "www.shop.example", "/", "c1", "cc", T0.plusSeconds(86_400 * 30L), 2_592_000L, false, true, "Lax",
                        false, CookieSource.HTTP, pages.get(0), pages.get(0), true, false, List.of(), 12L, null, 0));
        ConsentAttempt consent = phase.action() == null ? null : new ConsentAttempt(phase.action(), "custom", "text-match", true, true,
                phase.action() == ConsentAction.ACCEPT ? 1 : 3, phase.action() == ConsentAction.ACCEPT, "banner hidden", null, 900L, null, null);
        return new PhaseRecord(phase, T0, consent, true, visits, cookies, requests, storage, List.of());
    }

    static Finding finding(String rule, Severity s, Phase phase, Subject subject, String message, int occurrences, Evidence... evidence) {
        return new Finding(rule, s, "Title of " + rule, message, "GDPR Art. 13", phase, subject, null, occurrences, List.of(evidence));
    }

    static Evidence.CookieSeen cookie(Phase phase, CookieObservation c, Attribution a) {
        return new Evidence.CookieSeen(phase, c.pageUrl(), c.visit(), c.name(), c.domain(), c.path(), c.requestedLifetimeSeconds(), c.expires(),
                c.secure(), c.httpOnly(), c.firstParty(), c.setBy().id(), c.setterUrl(), c.atMs(), c.sinceConsentMs(), a);
    }

    static Evidence.RequestSeen request(Phase phase, RequestObservation q, Attribution a) {
        return new Evidence.RequestSeen(phase, q.pageUrl(), q.visit(), q.url(), q.host(), q.resourceType(), q.beaconKind(), q.initiator(),
                q.atMs(), q.sinceConsentMs(), a);
    }

    static Evidence.StorageSeen storage(Phase phase, StorageObservation s, Attribution a) {
        return new Evidence.StorageSeen(phase, s.pageUrl(), s.visit(), s.kind().id(), s.origin(), s.key(), s.writerUrl(), s.atMs(),
                s.sinceConsentMs(), a);
    }

    static Evidence.ConsentSeen consent(Phase phase, boolean done) {
        return new Evidence.ConsentSeen(phase, phase.action() == null ? "none" : phase.action().id(), true, true, done, done ? 1 : 3, done,
                "custom", "text-match", done ? null : ConsentFailure.NOT_VERIFIED.id(), done ? null : "the banner stayed", null);
    }
}
