package dev.candor.scan.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.candor.core.AuditListener;
import dev.candor.core.AuditRequest;
import dev.candor.core.Auditor;
import dev.candor.demo.LocalSiteServer;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import dev.candor.scan.ChromiumLocator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Candor's audit against the raw-Chromium floor on the same generated local site (1, 10, 50
 * pages; a consent banner, an analytics beacon after consent): wall time of each, their ratio,
 * pages per second, the peak RSS and PSS of the whole process tree, and where Candor's time went.
 * The floor drives the same Chromium through Playwright: three fresh browsers (one per consent
 * scenario), every page navigated and waited for {@code load}, nothing recorded.
 * Each size runs {@code bench.rounds} rounds (default 3) after one warm-up round that is not
 * counted, in both schedules (after-accept and after-reject together after before-consent, the
 * default; and all three phases at once), and prints medians.
 * Run by {@code bench/speed-bench.sh}; prints figures, asserts nothing.
 */
public final class SpeedBenchmark {

    private static final String HOST = "www.tempo-shop-example.de";

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {1, 10, 50} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        // rounds per size, each the floor then Candor in every mode, so a drifting machine drifts for all of them
        int rounds = Integer.getInteger("bench.rounds", 3);
        Path chromium = new ChromiumLocator().locate(null);
        // not counted: the first driver start, class loading and the JIT, which neither side pays twice
        measure(chromium, 1, false, true);
        System.out.printf(Locale.ROOT, "%-6s %-16s %10s %10s %6s %9s %12s %12s  %s%n", "pages", "phases", "candor ms", "floor ms", "ratio",
                "pages/s", "peak RSS MiB", "peak PSS MiB", "where Candor's time went (median round)");
        for (int pages : sizes) {
            for (boolean allAtOnce : modes()) {
                List<long[]> runs = new ArrayList<>();
                List<String> where = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    Run run = measure(chromium, pages, allAtOnce, false);
                    runs.add(new long[] {run.candorMs, run.floorMs, run.peakRss, run.peakPss});
                    where.add(run.where);
                }
                long candor = median(runs, 0);
                long floor = median(runs, 1);
                int mid = medianIndex(runs, 0);
                System.out.printf(Locale.ROOT, "%-6d %-16s %10d %10d %6.1f %9.2f %12d %12d  %s%n", pages,
                        allAtOnce ? "all at once" : "two at once", candor, floor, (double) candor / floor, 3.0 * pages * 1000 / candor,
                        runs.stream().mapToLong(r -> r[2]).max().orElse(0) / 1024, runs.stream().mapToLong(r -> r[3]).max().orElse(0) / 1024,
                        where.get(mid));
            }
        }
        System.out.printf(Locale.ROOT, "medians of %d rounds (-Dbench.rounds); peaks are the largest of any round%n", rounds);
    }

    /** The schedules to measure, from {@code -Dbench.modes=two,all} (the default: both). */
    private static boolean[] modes() {
        String modes = System.getProperty("bench.modes", "two,all");
        boolean two = modes.contains("two");
        boolean all = modes.contains("all");
        return two && all ? new boolean[] {false, true} : new boolean[] {all};
    }

    private record Run(long candorMs, long floorMs, long peakRss, long peakPss, String where) {}

    /** One round on a fresh site: the floor, then Candor's audit of the same pages. */
    private static Run measure(Path chromium, int pages, boolean allAtOnce, boolean warmUp) throws Exception {
        Path root = Files.createTempDirectory("candor-speed");
        writeSite(root, pages);
        try (LocalSiteServer server = LocalSiteServer.fromDirectory(root)) {
            long floor = floor(chromium, server, pages);
            TreeMemory memory = TreeMemory.start();
            Timeline timeline = new Timeline();
            long t0 = System.nanoTime();
            new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), warmUp ? AuditListener.SILENT : timeline)
                    .run(AuditRequest.builder(URI.create("https://" + HOST + "/"), root.resolve("out"))
                            .browserArgs(browserArgs(server)).insecure(true).maxPages(pages).allPhasesAtOnce(allAtOnce).build());
            long candor = (System.nanoTime() - t0) / 1_000_000;
            long[] peak = memory.stop();
            return new Run(candor, floor, peak[0], peak[1], warmUp ? "" : timeline.describe(t0));
        } finally {
            BrowserTempDir.deleteTree(root);
        }
    }

    private static long median(List<long[]> runs, int column) {
        return runs.get(medianIndex(runs, column))[column];
    }

    private static int medianIndex(List<long[]> runs, int column) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingLong(i -> runs.get(i)[column]));
        return order.get(order.size() / 2);
    }

    /** The fixture mapping, and any Chromium flags given in {@code -Dbench.args=a,b} (to try what a flag costs or saves). */
    private static List<String> browserArgs(LocalSiteServer server) {
        List<String> args = new ArrayList<>(List.of(server.hostResolverRule()));
        String extra = System.getProperty("bench.args", "");
        for (String a : extra.split(",")) {
            if (!a.isBlank()) {
                args.add(a.trim());
            }
        }
        return args;
    }

    /** Three fresh browsers, each navigating every page and waiting for load: what any audit must at least spend. */
    private static long floor(Path chromium, LocalSiteServer server, int pages) throws IOException {
        long t0 = System.nanoTime();
        // Candor's driver environment: Playwright for Java gives every driver of a JVM the first one's
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(PlaywrightPool.jvm().environment()))) {
            for (int profile = 0; profile < 3; profile++) {
                BrowserType.LaunchOptions o = new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                        .setArgs(List.of(server.hostResolverRule(), "--no-sandbox", "--disable-background-networking",
                                "--disable-component-update", "--no-first-run"));
                try (Browser b = pw.chromium().launch(o)) {
                    Page page = b.newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(true)).newPage();
                    for (int i = 0; i < pages; i++) {
                        page.navigate("https://" + HOST + "/" + (i == 0 ? "" : "p" + i + ".html"));
                    }
                }
            }
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void writeSite(Path root, int pages) throws IOException {
        Path site = Files.createDirectories(root.resolve(HOST));
        Files.createDirectories(root.resolve("www.google-analytics.com/g"));
        Files.writeString(root.resolve("www.google-analytics.com/g/collect"), "");
        StringBuilder links = new StringBuilder();
        for (int i = 1; i < pages; i++) {
            links.append("<li><a href=\"/p").append(i).append(".html\">Seite ").append(i).append("</a></li>");
        }
        links.append("<li><a href=\"/datenschutz.html\">Datenschutz</a></li>");
        for (int i = 0; i < pages; i++) {
            Files.writeString(site.resolve(i == 0 ? "index.html" : "p" + i + ".html"), page("Seite " + i, links.toString()));
        }
        Files.writeString(site.resolve("datenschutz.html"), "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Datenschutz"
                + "</title></head><body><h1>Datenschutzerkl\u00e4rung</h1><p>Verantwortlich ist die Tempo GmbH, Hauptstra\u00dfe 1, 10115 Berlin,"
                + " info@tempo-shop-example.de. Wir nutzen Google Analytics nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).</p></body></html>");
    }

    private static String page(String title, String links) {
        return "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title
                + "</h1><ul>" + links + "</ul><div id=\"consent-host\"></div><script>(function(){"
                + "function track(){new Image().src='https://www.google-analytics.com/g/collect?v=2&tid=G-TEMPO&dl='+encodeURIComponent(location.href);}"
                + "var s=document.cookie.match(/(?:^|; )einwilligung=([^;]*)/);if(s){if(s[1]==='alle'){track();}return;}"
                + "var h=document.getElementById('consent-host');var r=h.attachShadow({mode:'open'});"
                + "r.innerHTML='<div role=\"dialog\" aria-label=\"Datenschutz\" style=\"position:fixed;bottom:0;left:0;right:0;background:#fff;padding:16px\">"
                + "<p>Wir verwenden Cookies f\\u00fcr Statistik.</p><button id=\"ja\">Alle akzeptieren</button> <button id=\"nein\">Alle ablehnen</button></div>';"
                + "function d(v){document.cookie='einwilligung='+v+'; Max-Age=15552000; Path=/; SameSite=Lax';h.remove();if(v==='alle'){track();}}"
                + "r.getElementById('ja').addEventListener('click',function(){d('alle');});"
                + "r.getElementById('nein').addEventListener('click',function(){d('keine');});})();</script></body></html>";
    }

    /** When each phase started and when consent was answered, for the breakdown. */
    private static final class Timeline implements AuditListener {
        private final Map<Phase, Long> started = new ConcurrentHashMap<>();
        private final Map<Phase, Long> lastPage = new ConcurrentHashMap<>();
        private final Map<Phase, Long> firstPage = new ConcurrentHashMap<>();
        private final Map<Phase, Long> consent = new ConcurrentHashMap<>();
        private final Map<Phase, Long> pageMs = new ConcurrentHashMap<>();

        @Override
        public void phaseStarted(Phase phase, int plannedPages) {
            started.putIfAbsent(phase, System.nanoTime());
        }

        @Override
        public void pageVisited(Phase phase, int index, PageVisit visit) {
            lastPage.put(phase, System.nanoTime());
            firstPage.putIfAbsent(phase, System.nanoTime());
            pageMs.merge(phase, visit.loadMs(), Long::sum);
        }

        @Override
        public void consentDone(Phase phase, ConsentAttempt attempt) {
            consent.put(phase, System.nanoTime());
        }

        String describe(long t0) {
            List<String> parts = new ArrayList<>();
            long first = started.values().stream().min(Long::compare).orElse(t0);
            parts.add("start-up " + (first - t0) / 1_000_000 + " ms");
            long last = first;
            for (Phase p : Phase.STANDARD) {
                Long s = started.get(p);
                Long e = lastPage.get(p);
                if (s != null && e != null) {
                    parts.add(p.id() + " " + (e - s) / 1_000_000 + " ms (from +" + (s - first) / 1_000_000 + " ms; first page at +"
                            + (firstPage.get(p) - s) / 1_000_000 + " ms; pages " + pageMs.getOrDefault(p, 0L) + " ms"
                            + (consent.containsKey(p) ? ", consent at +" + (consent.get(p) - s) / 1_000_000 + " ms" : "") + ")");
                    last = Math.max(last, e);
                }
            }
            parts.add("policy, evaluation and reports " + (System.nanoTime() - last) / 1_000_000 + " ms");
            return String.join("; ", parts);
        }
    }

    /** Samples the RSS and PSS of this JVM and all its descendants (Chromium, the Playwright driver) every 100 ms. */
    private static final class TreeMemory {
        private final AtomicLong peakRss = new AtomicLong();
        private final AtomicLong peakPss = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static TreeMemory start() {
            TreeMemory m = new TreeMemory();
            m.thread = new Thread(() -> {
                while (m.running) {
                    long rss = 0;
                    long pss = 0;
                    List<ProcessHandle> tree = new ArrayList<>(ProcessHandle.current().descendants().toList());
                    tree.add(ProcessHandle.current());
                    for (ProcessHandle p : tree) {
                        rss += kb(p.pid(), "status", "VmRSS:");
                        pss += kb(p.pid(), "smaps_rollup", "Pss:");
                    }
                    m.peakRss.accumulateAndGet(rss, Math::max);
                    m.peakPss.accumulateAndGet(pss, Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "tree-memory");
            m.thread.setDaemon(true);
            m.thread.start();
            return m;
        }

        long[] stop() throws InterruptedException {
            running = false;
            thread.join();
            return new long[] {peakRss.get(), peakPss.get()};
        }

        private static long kb(long pid, String file, String key) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), file))) {
                    if (line.startsWith(key)) {
                        return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended between listing and reading
            }
            return 0;
        }
    }
}
