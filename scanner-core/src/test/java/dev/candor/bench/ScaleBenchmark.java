package dev.candor.bench;

import dev.candor.core.AuditListener;
import dev.candor.core.Auditor;
import dev.candor.core.batch.BatchRequest;
import dev.candor.core.batch.BatchRunner;
import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingValues;
import dev.candor.demo.LocalSiteServer;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code candor batch} over 20 local sites: the 16 ordinary fixture sites of the integration tests
 * (real consent managers, hand-made banners, the rule fixtures) and 4 generated shops, all served by
 * one loopback server. For each {@code --parallel} given (default 1 and 2) it prints the wall time,
 * sites per minute and the peak PSS and RSS of the whole process tree. Run by
 * {@code bench/scale-bench.sh}; prints figures, asserts nothing.
 */
public final class ScaleBenchmark {

    /** The fixture sites that behave like ordinary sites (the fault and hostile ones are tested elsewhere). */
    private static final List<String> FIXTURES = List.of("handmade-da", "handmade-de", "handmade-fr", "klaro", "osano", "recording",
            "rules-compliant-klaro", "rules-compliant-static", "rules-continue-notice", "rules-cookie-table", "rules-implied-notice",
            "rules-no-policy", "rules-prior-consent", "rules-reject-path", "tarteaucitron", "vanilla");

    public static void main(String[] args) throws Exception {
        int[] parallels = args.length == 0 ? new int[] {1, 2} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        int maxPages = Integer.getInteger("bench.maxPages", 3);
        Path root = Files.createTempDirectory("candor-scale");
        List<String> urls = writeWorld(root.resolve("world"));
        Path list = root.resolve("sites.txt");
        Files.writeString(list, String.join("\n", urls) + "\n");
        System.out.printf(Locale.ROOT, "%d sites, up to %d pages each, 3 phases%n", urls.size(), maxPages);
        System.out.printf(Locale.ROOT, "%-9s %9s %10s %13s %13s %8s%n", "parallel", "wall s", "sites/min", "peak PSS MiB",
                "peak RSS MiB", "audited");
        try (LocalSiteServer server = LocalSiteServer.fromDirectory(root.resolve("world"))) {
            for (int parallel : parallels) {
                SettingValues v = SettingValues.builder().put(Setting.OUT, root.resolve("out-" + parallel).toString())
                        .put(Setting.INSECURE, "true").put(Setting.MAX_PAGES, String.valueOf(maxPages))
                        .put(Setting.PARALLEL, String.valueOf(parallel)).put(Setting.BROWSER_ARGS, List.of(server.hostResolverRule()))
                        .build();
                BatchRunner runner = new BatchRunner(l -> new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(),
                        AuditListener.SILENT), Clock.systemUTC());
                long t0 = System.nanoTime();
                BatchRunner.Result result;
                ScanBenchmark.MemorySampler memory = new ScanBenchmark.MemorySampler();
                try {
                    result = runner.run(BatchRequest.from(list, v), new BatchRunner.Listener() {});
                } finally {
                    memory.close();
                }
                double wall = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%-9d %9.1f %10.2f %13d %13d %8d%n", parallel, wall, result.audited() * 60 / wall,
                        memory.peakPss() / 1024, memory.peakRss() / 1024, result.audited());
            }
        }
    }

    /** Every host folder of the fixture sites, and 4 generated shops; the start URL of each site. */
    private static List<String> writeWorld(Path world) throws IOException, URISyntaxException {
        List<String> urls = new ArrayList<>();
        for (String site : FIXTURES) {
            Path from = Path.of(ScaleBenchmark.class.getResource("/sites/" + site).toURI());
            try (Stream<Path> hosts = Files.list(from)) {
                for (Path host : hosts.filter(Files::isDirectory).toList()) {
                    copy(host, world.resolve(host.getFileName().toString()));
                    if (Files.exists(host.resolve("index.html"))) {
                        urls.add("https://" + host.getFileName() + "/");
                    }
                }
            }
        }
        for (int i = 1; urls.size() < 20; i++) {
            String host = "www.laden-" + i + "-example.de";
            Path site = Files.createDirectories(world.resolve(host));
            StringBuilder links = new StringBuilder("<a href=\"/datenschutz.html\">Datenschutz</a>");
            for (int p = 1; p <= 4; p++) {
                links.append(" <a href=\"/p").append(p).append(".html\">Seite ").append(p).append("</a>");
                Files.writeString(site.resolve("p" + p + ".html"), "<!doctype html><title>Seite " + p + "</title><p>Seite " + p);
            }
            Files.writeString(site.resolve("index.html"), "<!doctype html><html lang=\"de\"><title>Laden " + i + "</title><h1>Laden " + i
                    + "</h1>" + links + "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-LADEN" + i + "\"></script>");
            Files.writeString(site.resolve("datenschutz.html"), "<!doctype html><html lang=\"de\"><title>Datenschutz</title><h1>"
                    + "Datenschutzerkl\u00e4rung</h1><p>Verantwortlich ist die Laden " + i + " GmbH, Hauptstra\u00dfe " + i
                    + ", 10115 Berlin. Wir nutzen Google Analytics (Art. 6 Abs. 1 lit. f DSGVO).</p>");
            urls.add("https://" + host + "/");
        }
        return urls;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    // tracker hosts appear in several sites: the first copy serves them all
                    Files.copy(f, target);
                }
            }
        }
    }
}
