package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.demo.DemoSite;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.CookieObservation;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.RequestObservation;
import dev.candor.model.ScanRecord;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --grid}: the demo shop audited through a real Selenium Grid 4 (standalone, one Chromium
 * node, on loopback) records what a local Chromium records: per phase the same pages, the same
 * cookies with the lifetimes the site asked for and the browser's verdict on each (so the
 * third-party-cookie preference reached the node's profile), the same third-party requests, the
 * same consent outcome, and the same findings. Timings, values, and what depends on a response
 * still in flight when a page was left (its status, whether it was a pixel) differ between any two
 * runs, local or not, so they are not compared.
 */
class GridAuditIT {

    @TempDir
    Path dir;

    @Test
    void anAuditThroughTheGridRecordsWhatALocalAuditRecords() throws Exception {
        RequiredChromium.locate();
        Path driver = LocalGrid.chromedriver();
        Auditor auditor = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT);
        // the node runs as this user: root has no sandbox, as for a local launch
        List<String> sandbox = "root".equals(System.getProperty("user.name")) ? List.of("--no-sandbox") : List.of();
        try (DemoSite site = DemoSite.start(); LocalGrid grid = LocalGrid.start(dir.resolve("grid"), driver, 2)) {
            AuditOutcome local = auditor.run(site.request(dir.resolve("local")).maxPages(3).build());
            List<String> args = new ArrayList<>(sandbox);
            args.addAll(site.browserArgs());
            AuditOutcome remote = auditor.run(site.request(dir.resolve("grid-run")).browserArgs(args).maxPages(3)
                    .grid(grid.url()).build());

            // the probe and the three phases each had a session of their own, all ended
            assertThat(grid.sessionsCreated("candor ")).isEqualTo(4);
            assertThat(grid.sessionsCreated("candor " + Phase.AFTER_ACCEPT.id())).isEqualTo(1);
            assertThat(grid.openSessions()).isZero();

            ScanRecord l = local.result().record();
            ScanRecord g = remote.result().record();
            assertThat(g.completion().complete()).isTrue();
            assertThat(g.phases()).extracting(PhaseRecord::phase).containsExactlyElementsOf(Phase.STANDARD);
            assertThat(g.pagesPlanned()).isEqualTo(l.pagesPlanned());
            assertThat(observed(g)).isEqualTo(observed(l));
            assertThat(findings(remote)).isNotEmpty().isEqualTo(findings(local));
            assertThat(g.tool().chromiumVersion()).isEqualTo(l.tool().chromiumVersion());

            // what makes the comparison worth something: a third-party cookie stored, not blocked
            PhaseRecord accept = g.phases().stream().filter(p -> p.phase() == Phase.AFTER_ACCEPT).findFirst().orElseThrow();
            assertThat(accept.cookies()).anySatisfy(c -> {
                assertThat(c.firstParty()).isFalse();
                assertThat(c.blocked()).isFalse();
                assertThat(c.requestedLifetimeSeconds()).isPositive();
            });
            assertThat(Files.exists(dir.resolve("grid-run").resolve(AuditFolder.RECORD))).isTrue();
        }
    }

    @Test
    void aGridThatDoesNotAnswerIsAOneLineIncompleteAudit() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port);
        Auditor auditor = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT);
        try (DemoSite site = DemoSite.start()) {
            assertThatThrownBy(() -> auditor.run(site.request(dir.resolve("out")).grid(nowhere).build()))
                    .isInstanceOfSatisfying(AuditException.class, e -> {
                        assertThat(e.kind()).isEqualTo(AuditException.Kind.INCOMPLETE);
                        assertThat(e.getMessage()).startsWith("no Selenium Grid answers at " + nowhere + " (").doesNotContain("\n");
                    });
        }
    }

    @Test
    void aGridThatGoesAwayMidAuditKeepsThePhaseAlreadyRecorded() throws Exception {
        RequiredChromium.locate();
        Path driver = LocalGrid.chromedriver();
        List<String> args = new ArrayList<>("root".equals(System.getProperty("user.name")) ? List.of("--no-sandbox") : List.of());
        try (DemoSite site = DemoSite.start(); LocalGrid grid = LocalGrid.start(dir.resolve("grid"), driver, 2)) {
            args.addAll(site.browserArgs());
            // the Grid stops once before-consent is recorded, as the accept phase asks for its session
            AuditListener stopTheGrid = new AuditListener() {
                @Override
                public void phaseStarted(Phase phase, int plannedPages) {
                    if (phase == Phase.AFTER_ACCEPT) {
                        grid.close();
                    }
                }
            };
            Auditor auditor = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), stopTheGrid);
            Path out = dir.resolve("out");
            assertThatThrownBy(() -> auditor.run(site.request(out).browserArgs(args).maxPages(2).grid(grid.url()).build()))
                    .isInstanceOfSatisfying(AuditException.class, e -> {
                        assertThat(e.kind()).isEqualTo(AuditException.Kind.INCOMPLETE);
                        assertThat(e.getMessage()).startsWith("no Selenium Grid answers at " + grid.url());
                        assertThat(e.partial()).isNotNull();
                    });
            ScanRecord kept = dev.candor.model.CandorJson.readRecord(out.resolve(AuditFolder.RECORD));
            assertThat(kept.completion().complete()).isFalse();
            assertThat(kept.completion().reason()).startsWith("no Selenium Grid answers at " + grid.url());
            assertThat(kept.phases()).extracting(PhaseRecord::phase).containsExactly(Phase.BEFORE_CONSENT);
            assertThat(kept.phases().get(0).pages()).isNotEmpty().allSatisfy(v -> assertThat(v.outcome()).isEqualTo(dev.candor.model.PageOutcome.LOADED));
            assertThat(kept.phases().get(0).cookies()).isNotEmpty();
        }
    }

    @Test
    void aGridThatRefusesTheSessionSaysWhyInOneLine() throws Exception {
        // a real Grid whose node's driver cannot start: every session request fails on the node
        Path broken = dir.resolve("broken-chromedriver");
        Files.writeString(broken, "#!/bin/sh\nexit 1\n");
        assertThat(broken.toFile().setExecutable(true)).isTrue();
        Auditor auditor = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT);
        try (DemoSite site = DemoSite.start(); LocalGrid grid = LocalGrid.start(dir.resolve("grid"), broken, 1)) {
            assertThatThrownBy(() -> auditor.run(site.request(dir.resolve("out")).grid(grid.url()).build()))
                    .isInstanceOfSatisfying(AuditException.class, e -> {
                        assertThat(e.kind()).isEqualTo(AuditException.Kind.INCOMPLETE);
                        assertThat(e.getMessage()).startsWith("the Selenium Grid at " + grid.url() + " refused a Chromium session (")
                                .endsWith("); check that it has a Chrome node with chromedriver free").doesNotContain("\n");
                    });
        }
    }

    private static TreeSet<String> findings(AuditOutcome outcome) {
        TreeSet<String> s = new TreeSet<>();
        outcome.result().findings().forEach(f -> s.add(f.ruleId() + " " + f.subject().id() + " " + f.phase()));
        return s;
    }

    /**
     * Per phase: pages and outcomes; cookies with their attributes, the lifetime asked for, whether
     * stored and why not; third-party requests (method, host and path, type, beacon kind, before or
     * after consent); the consent outcome.
     */
    private static Map<String, TreeSet<String>> observed(ScanRecord record) {
        Map<String, TreeSet<String>> m = new TreeMap<>();
        for (PhaseRecord p : record.phases()) {
            String id = p.phase().id();
            m.put(id + " pages", new TreeSet<>(p.pages().stream().map(v -> v.url() + " " + v.outcome()).toList()));
            m.put(id + " cookies", new TreeSet<>(p.cookies().stream().map(GridAuditIT::cookie).toList()));
            m.put(id + " third-party requests", new TreeSet<>(p.requests().stream().filter(RequestObservation::thirdParty)
                    .map(GridAuditIT::request).toList()));
            ConsentAttempt c = p.consent();
            m.put(id + " consent", new TreeSet<>(List.of(c == null ? "none"
                    : c.action() + " " + c.cmp() + " " + c.method() + " banner=" + c.bannerDetected() + " done=" + c.done()
                    + " failure=" + c.failure())));
        }
        return m;
    }

    private static String cookie(CookieObservation c) {
        return c.name() + "@" + c.domain() + c.path() + " asked=" + c.requestedLifetimeSeconds() + " session=" + (c.expires() == null)
                + " blocked=" + c.blocked() + c.blockedReasons() + " secure=" + c.secure() + " httpOnly=" + c.httpOnly()
                + " sameSite=" + c.sameSite() + " partitioned=" + c.partitioned() + " by=" + c.setBy() + " first=" + c.firstParty();
    }

    /** A pixel is told by its response, which a request still in flight when the page was left never had: timing, not the grid. */
    private static String request(RequestObservation r) {
        String beacon = "pixel".equals(r.beaconKind()) ? null : r.beaconKind();
        return r.method() + " " + r.host() + URI.create(r.url()).getRawPath() + " " + r.resourceType() + " " + beacon
                + (r.sinceConsentMs() == null ? " before" : " after");
    }
}
