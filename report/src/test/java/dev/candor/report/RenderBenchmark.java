package dev.candor.report;

import dev.candor.model.AuditResult;
import dev.candor.model.Completion;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.CookieObservation;
import dev.candor.model.CookieSource;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.RequestObservation;
import dev.candor.model.ScanRecord;
import dev.candor.model.Severity;
import dev.candor.model.StorageKind;
import dev.candor.model.StorageObservation;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Attributions;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.Provenance;
import dev.candor.model.finding.RuleInfo;
import dev.candor.model.finding.Subject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Warm render time of the report writers on a large audit (a plain main, not a test): 50 pages in
 * 3 phases, about 2,000 requests, 150 cookies, storage keys and 100 findings with up to 12 pieces
 * of evidence each. Prints the median and the slowest of 30 runs after 10 warm-up runs, per
 * format. Run with {@code bench/report-bench.sh}. JSON and HTML included.
 */
public final class RenderBenchmark {

    private static final int WARMUP = 10;
    private static final int RUNS = 30;
    private static final String SITE = "https://www.bench-shop.de/";
    private static final String[] HOSTS = {"www.google-analytics.com", "connect.facebook.net", "www.facebook.com", "static.hotjar.com",
        "px.ads.linkedin.com", "fonts.gstatic.com", "cdn.jsdelivr.net", "static.bench-shop.de", "bat.bing.com", "analytics.tiktok.com"};
    private static final Severity[] SEVERITIES = Severity.values();

    private RenderBenchmark() {}

    public static void main(String[] args) {
        ReportContext ctx = new ReportContext(result(50, 2_000, 150, 100), ReportFixtures.catalogue(), Severity.HIGH, Path.of("bench"));
        Map<String, Function<ReportContext, String>> writers = new LinkedHashMap<>();
        writers.put("report.json", c -> JsonReport.render(c.result()));
        writers.put("report.html", dev.candor.report.html.HtmlReport::render);
        writers.put("report.sarif", SarifReport::render);
        writers.put("report.junit.xml", JUnitReport::render);
        writers.put("report.md", MarkdownReport::render);
        writers.put("cookies.csv", CookieCsv::render);
        ScanRecord r = ctx.result().record();
        System.out.printf(Locale.ROOT, "render benchmark: %d pages x %d phases, %d requests, %d cookies, %d storage keys, %d findings%n",
                r.pagesPlanned().size(), r.phases().size(), r.phases().stream().mapToInt(p -> p.requests().size()).sum(),
                r.phases().stream().mapToInt(p -> p.cookies().size()).sum(), r.phases().stream().mapToInt(p -> p.storage().size()).sum(),
                ctx.result().findings().size());
        double total = 0;
        for (Map.Entry<String, Function<ReportContext, String>> w : writers.entrySet()) {
            int size = 0;
            for (int i = 0; i < WARMUP; i++) {
                size = w.getValue().apply(ctx).length();
            }
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                size = w.getValue().apply(ctx).length();
                times.add(System.nanoTime() - t0);
            }
            times.sort(Long::compare);
            System.out.printf(Locale.ROOT, "%-17s (warm, %d runs): median %6.2f ms, slowest %6.2f ms, %,d chars%n", w.getKey(), RUNS,
                    times.get(RUNS / 2) / 1e6, times.get(RUNS - 1) / 1e6, size);
            total += times.get(RUNS / 2) / 1e6;
        }
        System.out.printf(Locale.ROOT, "all six formats: %.1f ms (sum of medians; goal: under 1 s)%n", total);
    }

    static AuditResult result(int pages, int requestsTotal, int cookiesTotal, int findingCount) {
        List<String> plan = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            plan.add(SITE + (i == 0 ? "" : "kategorie/k%C3%BCche-" + i + ".html"));
        }
        List<PhaseRecord> phases = new ArrayList<>();
        Map<String, Attribution> cookieAttr = new HashMap<>();
        Map<String, Attribution> requestAttr = new HashMap<>();
        Map<String, String> declared = new HashMap<>();
        for (Phase phase : Phase.STANDARD) {
            Long since = phase == Phase.BEFORE_CONSENT ? null : 50L;
            List<PageVisit> visits = new ArrayList<>();
            List<RequestObservation> requests = new ArrayList<>();
            List<CookieObservation> cookies = new ArrayList<>();
            List<StorageObservation> storage = new ArrayList<>();
            for (int v = 0; v < pages; v++) {
                visits.add(new PageVisit(plan.get(v), plan.get(v), "Küche " + v + " | Bench Shop", 200, PageOutcome.LOADED, null, 600, List.of()));
            }
            for (int i = 0; i < requestsTotal / 3; i++) {
                String host = HOSTS[i % HOSTS.length];
                int visit = i % pages;
                String url = "https://" + host + "/p/" + i + "?cid=" + (i * 31) + "&dl=" + plan.get(visit);
                requests.add(new RequestObservation(url, "GET", i % 5 == 0 ? "ping" : "script", 200, plan.get(visit), host,
                        !host.endsWith("bench-shop.de"), 100 + i % 900, since, List.of(), i % 5 == 0, i % 5 == 0 ? "sendBeacon" : null,
                        plan.get(visit), null, visit));
                requestAttr.put(url, new Attribution(host, host, "analytics", "host " + host));
            }
            for (int i = 0; i < cookiesTotal / 3; i++) {
                String name = "_bench_" + i;
                CookieObservation c = new CookieObservation(name, i % 3 == 0 ? ".facebook.com" : ".bench-shop.de", "/", "v", "00", null,
                        63_072_000L, i % 2 == 0, false, "Lax", false, CookieSource.SCRIPT, "https://static.bench-shop.de/app.js",
                        plan.get(i % pages), i % 3 != 0, i % 17 == 0, i % 17 == 0 ? List.of("ThirdPartyPhaseout") : List.of(), 200L, since,
                        i % pages);
                cookies.add(c);
                cookieAttr.put(c.key(), new Attribution("vendor-" + i % 12, "Vendor " + i % 12, "marketing", "cookie name " + name));
                if (i % 4 == 0) {
                    declared.put(c.key(), "| " + name + " | Vendor | marketing | 2 years |");
                }
            }
            for (int i = 0; i < 40; i++) {
                storage.add(new StorageObservation(StorageKind.LOCAL_STORAGE, "https://www.bench-shop.de", "key-" + i, "00",
                        "https://static.hotjar.com/c/hotjar-1.js", SITE, true, 300L, since, 0));
            }
            ConsentAttempt consent = phase.action() == null ? null
                    : new ConsentAttempt(phase.action(), "custom", "text-match", true, true, 1, true, "banner hidden", null, 900L, null, null);
            phases.add(new PhaseRecord(phase, ReportFixtures.T0, consent, true, visits, cookies, requests, storage, List.of()));
        }
        ScanRecord record = ReportFixtures.record("0.1.0-SNAPSHOT", plan, phases, Completion.finished(), List.of());
        List<String> rules = ReportFixtures.catalogue().stream().map(RuleInfo::id).toList();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < findingCount; i++) {
            PhaseRecord p = phases.get(i % 3);
            List<Evidence> evidence = new ArrayList<>();
            for (int e = 0; e < 1 + i % 12; e++) {
                RequestObservation q = p.requests().get((i * 13 + e) % p.requests().size());
                CookieObservation c = p.cookies().get((i + e) % p.cookies().size());
                evidence.add(e % 3 == 0 ? ReportFixtures.cookie(p.phase(), c, cookieAttr.get(c.key()))
                        : e % 3 == 1 ? ReportFixtures.request(p.phase(), q, requestAttr.get(q.url()))
                        : new Evidence.PolicyQuote("We keep cookie _bench_" + e + " for 13 months.", "Cookies", 100 * e, "declared cookie"));
            }
            String rule = rules.get(i % rules.size());
            findings.add(new Finding(rule, SEVERITIES[i * SEVERITIES.length / findingCount], "Title of " + rule,
                    "Vendor " + i + " (Bench Vendor Ltd) receives visitors' data (" + evidence.size() + " observations) but the policy names neither it nor its company.",
                    "GDPR Art. 13(1)(e)", p.phase(), new Subject(Subject.Kind.VENDOR, "vendor-" + i, "Vendor " + i), null, 3 + i % 20, evidence));
        }
        return new AuditResult(record, null, findings, new Attributions(cookieAttr, requestAttr, Map.of(), declared),
                new Provenance("record.json", "policy.json", "1", "bench", List.of()));
    }
}
