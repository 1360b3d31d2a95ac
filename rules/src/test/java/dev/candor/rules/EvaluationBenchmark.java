package dev.candor.rules;

import dev.candor.model.Completion;
import dev.candor.model.ConsentAction;
import dev.candor.model.ConsentAttempt;
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
import dev.candor.model.StorageKind;
import dev.candor.model.StorageObservation;
import dev.candor.model.ToolInfo;
import dev.candor.model.Viewport;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.rules.policy.PolicyInput;
import dev.candor.rules.policy.PolicyReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warm evaluation time of a large audit (a plain main, not a test): 50 pages in 3 phases, 2,000
 * requests to a mix of known trackers, CDNs and unknown hosts, their cookies and storage keys,
 * and a 2-page policy. Prints the median and the slowest of 30 runs after 10 warm-up runs, with
 * the policy read included (it is part of judging). Run with {@code bench/evaluate-bench.sh}.
 */
public final class EvaluationBenchmark {

    private static final int WARMUP = 10;
    private static final int RUNS = 30;
    private static final String[] HOSTS = {"www.google-analytics.com", "connect.facebook.net", "www.facebook.com",
        "static.hotjar.com", "px.ads.linkedin.com", "fonts.gstatic.com", "cdn.jsdelivr.net", "cdn.unknown-cdn.example",
        "static.bench-shop.de", "api.bench-shop.de", "www.googletagmanager.com", "bat.bing.com", "analytics.tiktok.com"};
    private static final String[] COOKIES = {"_ga", "_ga_BENCH1", "_gid", "_fbp", "_hjSessionUser_1", "session", "cart", "lang",
        "li_gc", "_uetsid", "_ttp", "csrftoken"};

    private EvaluationBenchmark() {}

    public static void main(String[] args) {
        ScanRecord record = record(50, 2_000);
        PolicyEvidence policy = new PolicyReader().extract(new PolicyInput.Markdown(policy(), "bench-policy.md"));
        Evaluator evaluator = Evaluator.builtIn();
        Evaluation last = null;
        for (int i = 0; i < WARMUP; i++) {
            last = evaluator.evaluate(record, policy, EvaluationSettings.defaults());
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            last = evaluator.evaluate(record, policy, EvaluationSettings.defaults());
            times.add(System.nanoTime() - t0);
        }
        times.sort(Long::compare);
        int requests = record.phases().stream().mapToInt(p -> p.requests().size()).sum();
        int cookies = record.phases().stream().mapToInt(p -> p.cookies().size()).sum();
        System.out.printf(Locale.ROOT, "evaluation benchmark: %d pages x %d phases, %d requests, %d cookies, %d findings%n",
                record.pagesPlanned().size(), record.phases().size(), requests, cookies, last.findings().size());
        System.out.printf(Locale.ROOT, "evaluate (warm, %d runs): median %.1f ms, slowest %.1f ms (goal: under 200 ms)%n", RUNS,
                times.get(RUNS / 2) / 1e6, times.get(RUNS - 1) / 1e6);
    }

    static ScanRecord record(int pages, int requestsTotal) {
        String site = "https://www.bench-shop.de/";
        List<String> plan = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            plan.add(site + (i == 0 ? "" : "page-" + i + ".html"));
        }
        Instant t0 = Instant.parse("2026-11-30T10:00:00Z");
        List<PhaseRecord> phases = new ArrayList<>();
        int perPhase = requestsTotal / 3;
        for (Phase phase : Phase.STANDARD) {
            List<PageVisit> visits = new ArrayList<>();
            List<RequestObservation> requests = new ArrayList<>();
            List<CookieObservation> cookies = new ArrayList<>();
            List<StorageObservation> storage = new ArrayList<>();
            for (int v = 0; v < pages; v++) {
                visits.add(new PageVisit(plan.get(v), plan.get(v), "Page " + v, 200, PageOutcome.LOADED, null, 600, List.of()));
            }
            for (int i = 0; i < perPhase; i++) {
                int visit = i % pages;
                String host = HOSTS[i % HOSTS.length];
                boolean third = !host.endsWith("bench-shop.de");
                Long since = phase == Phase.BEFORE_CONSENT ? null : (long) (i * 7);
                requests.add(new RequestObservation("https://" + host + "/p/" + i + "?cid=" + (i * 31), "GET", i % 5 == 0 ? "ping" : "script",
                        200, plan.get(visit), host, third, 100 + i % 900, since, List.of(), i % 5 == 0, i % 5 == 0 ? "sendBeacon" : null,
                        plan.get(visit), null, visit));
            }
            for (int i = 0; i < COOKIES.length * 4; i++) {
                String name = COOKIES[i % COOKIES.length] + (i < COOKIES.length ? "" : "_" + i);
                String domain = name.startsWith("li_") ? ".linkedin.com" : ".bench-shop.de";
                cookies.add(new CookieObservation(name, domain, "/", "v", "00", null, 63_072_000L, i % 2 == 0, false, "Lax", false,
                        CookieSource.SCRIPT, "https://static.bench-shop.de/app.js", site, !domain.equals(".linkedin.com"), false, List.of(),
                        200L, phase == Phase.BEFORE_CONSENT ? null : 50L, i % pages));
            }
            for (int i = 0; i < 40; i++) {
                storage.add(new StorageObservation(StorageKind.LOCAL_STORAGE, "https://www.bench-shop.de", i % 4 == 0 ? "_hjSessionUser" : "key-" + i,
                        "00", i % 3 == 0 ? "https://static.hotjar.com/c/hotjar-1.js" : null, site, true, 300L, null, 0));
            }
            ConsentAttempt consent = phase == Phase.BEFORE_CONSENT ? null : new ConsentAttempt(phase.action(), "custom",
                    "text-match", true, true, 1, true, "banner hidden", null, 900L, null, null);
            phases.add(new PhaseRecord(phase, t0, consent, true, visits, cookies, requests, storage, List.of()));
        }
        return new ScanRecord(ScanRecord.CURRENT_SCHEMA_VERSION, site, "bench-shop.de", t0, t0.plusSeconds(120),
                new ToolInfo("candor", "bench", null), new ScanSettings(pages, 30_000, false, false, null, new Viewport(1366, 768),
                List.of(), List.of()), plan, phases, new PolicySource(null, "discovered", site + "privacy"), Completion.finished(), List.of());
    }

    private static String policy() {
        StringBuilder b = new StringBuilder("# Privacy policy\n\nLast updated: 1 March 2026\n\n## Controller\n\n"
                + "Bench Shop GmbH, Musterstraße 1, 10115 Berlin, Germany, e-mail privacy@bench-shop.de.\n\n");
        b.append("## Analytics\n\nWe use Google Analytics (Google Ireland Limited) with your consent (Art. 6(1)(a) GDPR). "
                + "Data may be transferred to the USA under the EU-US Data Privacy Framework.\n\n");
        b.append("## Cookies\n\n| Cookie | Provider | Purpose | Duration |\n|---|---|---|---|\n");
        b.append("| _ga | Google Analytics | statistics | 13 months |\n| _fbp | Meta Pixel | marketing | 3 months |\n");
        b.append("\n## Your rights\n\nYou have the right of access, rectification, erasure, restriction, portability and objection. "
                + "You may withdraw your consent at any time and complain to a supervisory authority.\n");
        return b.toString();
    }
}
