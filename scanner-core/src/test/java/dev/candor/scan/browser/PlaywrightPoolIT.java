package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import dev.candor.core.RequiredChromium;
import dev.candor.model.Phase;
import dev.candor.model.Viewport;
import dev.candor.scan.BrowserOptions;
import dev.candor.scan.PhaseSession;
import dev.candor.scan.SiteParty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM's Playwright drivers: reused across threads and audits, and their temporary files swept. */
class PlaywrightPoolIT {

    @TempDir
    Path tmp;

    @Test
    void aDriverGivenBackServesTheNextThreadAndABrokenOneIsReplaced() throws Exception {
        Path chromium = RequiredChromium.locate();
        PlaywrightPool pool = new PlaywrightPool(tmp);
        Playwright first;
        List<Long> others = nodeProcesses();
        try (PlaywrightPool.Lease lease = pool.lease()) {
            first = lease.playwright();
        }
        List<Long> ours = nodeProcesses().stream().filter(p -> !others.contains(p)).toList();
        assertThat(ours).hasSize(1);
        assertThat(pool.idleCount()).isEqualTo(1);
        // another thread leases the same driver and drives a Chromium with it
        String title = CompletableFuture.supplyAsync(() -> {
            try (PlaywrightPool.Lease lease = pool.lease()) {
                assertThat(lease.playwright()).isSameAs(first);
                return visit(lease, chromium, "profile-1");
            } catch (dev.candor.scan.ScanException e) {
                throw new IllegalStateException(e);
            }
        }).get();
        assertThat(title).isEqualTo("pooled");
        assertThat(pool.idleCount()).isEqualTo(1);

        // a driver killed under its lease (as on Ctrl-C) is discarded, never given out again
        PlaywrightPool.Lease lease = pool.lease();
        ProcessHandle driver = ProcessHandle.of(ours.get(0)).orElseThrow();
        driver.destroyForcibly();
        driver.onExit().get();
        lease.discard();
        assertThat(pool.idleCount()).isZero();
        try (PlaywrightPool.Lease fresh = pool.lease()) {
            assertThat(fresh.playwright()).isNotSameAs(first);
            assertThat(visit(fresh, chromium, "profile-2")).isEqualTo("pooled");
        }
        pool.close();
        assertThat(pool.tempDir()).doesNotExist();
        assertThat(names(tmp)).noneMatch(n -> n.startsWith(PlaywrightPool.TEMP_PREFIX));
    }

    private String visit(PlaywrightPool.Lease lease, Path chromium, String profile) {
        try {
            BrowserContext context = new ProfileLauncher(lease.playwright(), options(chromium, tmp.resolve("work")),
                    Files.createDirectories(tmp.resolve("chromium-tmp"))).launch(tmp.resolve("work").resolve(profile), null);
            try {
                com.microsoft.playwright.Page page = context.newPage();
                page.setContent("<title>pooled</title>");
                return page.title();
            } finally {
                context.close();
            }
        } catch (IOException | dev.candor.scan.ScanException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLeaseTakesTheDriverStartedAheadRatherThanStartingAnother() throws Exception {
        RequiredChromium.locate();
        PlaywrightPool pool = new PlaywrightPool(tmp);
        List<Long> others = nodeProcesses();
        pool.startAhead();
        try (PlaywrightPool.Lease lease = pool.lease()) {
            assertThat(lease.reused()).as("handed over from the start ahead").isTrue();
            assertThat(nodeProcesses().stream().filter(p -> !others.contains(p)).count()).isEqualTo(1);
        } finally {
            pool.close();
        }
    }

    @Test
    void foldersOfGoneJvmsAreSweptAndLiveOnesKept() throws IOException {
        Path gone = Files.createDirectories(tmp.resolve(PlaywrightPool.TEMP_PREFIX + Long.MAX_VALUE).resolve("playwright-artifacts-x"));
        Path live = Files.createDirectories(tmp.resolve(PlaywrightPool.TEMP_PREFIX + ProcessHandle.current().parent().orElseThrow().pid()));
        Path other = Files.createDirectories(tmp.resolve("someone-elses"));
        new PlaywrightPool(tmp).sweepStale();
        assertThat(gone.getParent()).doesNotExist();
        assertThat(live).exists();
        assertThat(other).exists();
    }

    @Test
    void successiveAuditsReuseTheJvmsDrivers() throws Exception {
        Path chromium = RequiredChromium.locate();
        BrowserOptions options = options(chromium, tmp.resolve("audit-1"));
        ChromiumBrowser browser = ChromiumBrowser.launch(options, ConsentHook.NONE);
        try (PhaseSession session = browser.open(Phase.BEFORE_CONSENT)) {
            session.visit("about:blank");
        }
        browser.close();
        assertThat(PlaywrightPool.jvm().idleCount()).as("the audit's driver and the one started ahead").isGreaterThanOrEqualTo(1);
        int before = nodeProcesses().size();
        ChromiumBrowser again = ChromiumBrowser.launch(options(chromium, tmp.resolve("audit-2")), ConsentHook.NONE);
        try {
            assertThat(nodeProcesses().size()).as("no driver started for the second audit").isLessThanOrEqualTo(before);
        } finally {
            again.close();
        }
    }

    private static List<Long> nodeProcesses() {
        return ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("node"))
                .map(ProcessHandle::pid).toList();
    }

    private static BrowserOptions options(Path chromium, Path work) {
        return new BrowserOptions(chromium, List.of(), true, null, new Viewport(800, 600), Duration.ofSeconds(10), false,
                new SiteParty("www.example-shop.de", List.of()), work);
    }

    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }
}
