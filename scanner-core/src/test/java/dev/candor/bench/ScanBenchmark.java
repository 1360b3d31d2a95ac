package dev.candor.bench;

import dev.candor.core.AuditListener;
import dev.candor.core.AuditOutcome;
import dev.candor.core.AuditRequest;
import dev.candor.core.Auditor;
import dev.candor.demo.LocalSiteServer;
import dev.candor.model.PhaseRecord;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Audits a generated local site of 5, 20 and 50 pages in all three phases and prints wall time,
 * pages per second and the peak memory of the whole process tree (the JVM plus every Chromium
 * process), sampled every 50 ms from /proc. Usage: {@code bench/scan-bench.sh [sizes...]}.
 */
public final class ScanBenchmark {

    private ScanBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(5, 20, 50);
        }
        Path root = Files.createTempDirectory("candor-bench");
        System.out.printf(Locale.ROOT, "%-6s %-9s %-8s %-8s %-12s %-13s %-13s%n",
                "pages", "visits", "wall s", "pages/s", "visits/s", "peak PSS MiB", "peak RSS MiB");
        for (int n : sizes) {
            Path site = root.resolve("site-" + n);
            generate(site, n);
            try (LocalSiteServer server = LocalSiteServer.fromDirectory(site); MemorySampler sampler = new MemorySampler()) {
                AuditRequest request = AuditRequest.builder(URI.create("https://www.bench-shop.de/"), root.resolve("out-" + n))
                        .maxPages(n)
                        .insecure(true)
                        .browserArgs(List.of(server.hostResolverRule()))
                        .build();
                long t0 = System.nanoTime();
                AuditOutcome outcome = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT)
                        .run(request);
                double wall = (System.nanoTime() - t0) / 1e9;
                int visits = outcome.result().record().phases().stream().mapToInt(p -> p.pages().size()).sum();
                int planned = outcome.result().record().pagesPlanned().size();
                long cookies = outcome.result().record().phases().stream().mapToLong(p -> p.cookies().size()).sum();
                System.out.printf(Locale.ROOT, "%-6d %-9d %-8.1f %-8.2f %-12.2f %-13.0f %-13.0f  (%d cookies recorded, planned %d)%n",
                        n, visits, wall, planned * 3 / wall, visits / wall, sampler.peakPss() / 1024.0, sampler.peakRss() / 1024.0,
                        cookies, planned);
                if (planned != n) {
                    System.out.println("  warning: planned " + planned + " pages, expected " + n);
                }
                requireAllPhases(outcome.result().record().phases());
            }
        }
    }

    private static void requireAllPhases(List<PhaseRecord> phases) {
        if (phases.size() != 3) {
            throw new IllegalStateException("expected 3 phases, got " + phases.size());
        }
    }

    /** A shop of n pages: each links to the next three, sets a first-party cookie by script, loads a third-party pixel. */
    static void generate(Path site, int n) throws IOException {
        Path shop = Files.createDirectories(site.resolve("www.bench-shop.de"));
        Path tracker = Files.createDirectories(site.resolve("www.google-analytics.com"));
        Files.write(tracker.resolve("collect"), new byte[] {71, 73, 70, 56, 57, 97, 1, 0, 1, 0, -128, 0, 0, 0, 0, 0, -1, -1, -1, 33, -7, 4,
            1, 0, 0, 0, 0, 44, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 68, 1, 0, 59});
        Files.writeString(tracker.resolve("collect.headers"), "Content-Type: image/gif\nSet-Cookie: _gid=bench; Max-Age=86400; Path=/; SameSite=None; Secure\n");
        StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\"?><urlset>");
        for (int i = 0; i < n; i++) {
            String name = i == 0 ? "index.html" : "p" + i + ".html";
            StringBuilder links = new StringBuilder();
            for (int k = 1; k <= 3; k++) {
                int j = (i + k) % n;
                links.append("<li><a href=\"/").append(j == 0 ? "" : "p" + j + ".html").append("\">Page ").append(j).append("</a></li>");
            }
            String html = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Bench page " + i + "</title></head><body>"
                    + "<h1>Page " + i + "</h1><p>" + "Lorem ipsum dolor sit amet. ".repeat(40) + "</p><ul>" + links + "</ul>"
                    + "<img src=\"https://www.google-analytics.com/collect?v=2&tid=G-BENCH&dl=p" + i + "\" width=1 height=1 alt=\"\">"
                    + "<script>document.cookie='visited_" + i + "=1; max-age=3600; path=/';localStorage.setItem('last','" + i + "');</script>"
                    + "</body></html>";
            Files.writeString(shop.resolve(name), html);
            sitemap.append("<url><loc>https://www.bench-shop.de/").append(i == 0 ? "" : name).append("</loc></url>");
        }
        Files.writeString(shop.resolve("sitemap.xml"), sitemap.append("</urlset>").toString());
    }

    /** Samples the summed PSS and RSS (KiB) of this JVM and all its descendants. */
    static final class MemorySampler implements AutoCloseable {
        private final AtomicLong peakPss = new AtomicLong();
        private final AtomicLong peakRss = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        MemorySampler() {
            thread = new Thread(() -> {
                while (running) {
                    long pss = 0;
                    long rss = 0;
                    List<ProcessHandle> tree = new ArrayList<>();
                    tree.add(ProcessHandle.current());
                    ProcessHandle.current().descendants().forEach(tree::add);
                    for (ProcessHandle p : tree) {
                        pss += field(Path.of("/proc", Long.toString(p.pid()), "smaps_rollup"), "Pss:");
                        rss += field(Path.of("/proc", Long.toString(p.pid()), "status"), "VmRSS:");
                    }
                    peakPss.accumulateAndGet(pss, Math::max);
                    peakRss.accumulateAndGet(rss, Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private static long field(Path file, String name) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith(name)) {
                        return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended between listing and reading
            }
            return 0;
        }

        long peakPss() {
            return peakPss.get();
        }

        long peakRss() {
            return peakRss.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
