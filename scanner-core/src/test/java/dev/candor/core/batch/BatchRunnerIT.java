package dev.candor.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.core.AuditListener;
import dev.candor.core.Auditor;
import dev.candor.core.RequiredChromium;
import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingValues;
import dev.candor.demo.LocalSiteServer;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of three sites in real Chromium, two at a time: a compliant one, one with planted
 * violations and one whose start page does not exist; then a resumed run that skips what is
 * finished, and two shards that together audit exactly the list.
 */
class BatchRunnerIT {

    @TempDir
    Path dir;

    private Path siteRoot() throws Exception {
        Path root = Files.createDirectories(dir.resolve("world"));
        for (String site : List.of("rules-compliant-static", "rules-no-policy")) {
            Path from = Path.of(BatchRunnerIT.class.getResource("/sites/" + site).toURI());
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path to = root.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else if (!f.getParent().equals(from)) {
                        Files.copy(f, to); // each host folder; the site's own notes at its root are not served
                    }
                }
            }
        }
        return root;
    }

    private BatchRunner.Result run(LocalSiteServer server, Path urls, Path out, int parallel, String shard) throws Exception {
        SettingValues.Builder v = SettingValues.builder().put(Setting.OUT, out.toString()).put(Setting.INSECURE, "true")
                .put(Setting.MAX_PAGES, "2").put(Setting.PARALLEL, String.valueOf(parallel)).put(Setting.SHARD, shard)
                .put(Setting.BROWSER_ARGS, List.of(server.hostResolverRule()));
        List<String> seen = new CopyOnWriteArrayList<>();
        BatchRunner runner = new BatchRunner(l -> new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(),
                AuditListener.SILENT), Clock.systemUTC());
        return runner.run(BatchRequest.from(urls, v.build()), new BatchRunner.Listener() {
            @Override
            public void siteStarted(int n, int total, SiteList.Site site) {
                seen.add(site.url().toString());
            }
        });
    }

    @Test
    void auditsEachSiteIntoItsFolderResumesAndShards() throws Exception {
        RequiredChromium.locate();
        Path urls = dir.resolve("sites.txt");
        Files.writeString(urls, String.join("\n", "# three sites", "https://www.holzbau-atelier-example.de/",
                "https://www.imkerei-sonnenwabe-example.de/", "", "https://www.no-such-shop-example.de/", "ftp://files.example.de/"));
        try (LocalSiteServer server = LocalSiteServer.fromDirectory(siteRoot())) {
            Path out = dir.resolve("batch");
            BatchRunner.Result first = run(server, urls, out, 2, null);
            assertThat(first.audited()).isEqualTo(3);
            assertThat(first.rejected()).singleElement().asString().startsWith("line 6: ");
            Map<String, String> status = new java.util.HashMap<>();
            first.summary().sites().forEach(r -> status.put(r.url(), r.status()));
            assertThat(status).containsEntry("https://www.holzbau-atelier-example.de/", "passed")
                    .containsEntry("https://www.imkerei-sonnenwabe-example.de/", "failed")
                    .containsEntry("https://www.no-such-shop-example.de/", "incomplete");
            SiteResult failed = first.summary().sites().get(1);
            assertThat(failed.topFindings()).anyMatch(t -> t.startsWith("tracking-before-consent: "));
            assertThat(out.resolve(failed.folder()).resolve("report.json")).isRegularFile();
            assertThat(Files.readString(out.resolve("index.html"))).contains(failed.folder() + "/report.html").doesNotContain("<script");
            assertThat(Files.readString(out.resolve("summary.csv")).lines()).hasSize(4);

            BatchRunner.Result again = run(server, urls, out, 1, null);
            assertThat(again.skipped()).as("finished sites are skipped").isEqualTo(2);
            assertThat(again.audited()).as("the incomplete one is tried again").isEqualTo(1);

            Path sharded = dir.resolve("sharded");
            BatchRunner.Result one = run(server, urls, sharded, 1, "1/2");
            BatchRunner.Result two = run(server, urls, sharded, 1, "2/2");
            assertThat(one.audited() + two.audited()).isEqualTo(3);
            assertThat(two.summary().sites()).extracting(SiteResult::status).doesNotContain("pending");
        }
    }
}
