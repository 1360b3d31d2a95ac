package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.candor.model.CandorJson;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import dev.candor.model.ScanRecord;
import dev.candor.report.JsonReport;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.ScanException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditorTest {

    private static final String START = "https://www.shop.example.com/";

    @TempDir
    Path dir;

    private ChromiumLocator locator;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void fakeChromiumOnPath() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path chromium = bin.resolve("chromium");
        Files.writeString(chromium, "#!/bin/sh\n");
        Files.setPosixFilePermissions(chromium, PosixFilePermissions.fromString("rwxr-xr-x"));
        locator = new ChromiumLocator(Map.of("PATH", bin.toString()));
    }

    private AuditRequest request(int maxPages) {
        return AuditRequest.builder(URI.create(START), dir.resolve("out")).maxPages(maxPages).build();
    }

    @Test
    void recordsThreePhasesOverTheSamePagesAndWritesBothFiles() throws Exception {
        FakeBrowser browser = new FakeBrowser(Map.of(
                START, List.of(START + "a", "https://www.facebook.com/shop", START + "b#x"),
                START + "a", List.of(START + "c")));
        browser.sitemap = "<urlset><url><loc>" + START + "from-sitemap</loc></url></urlset>";

        AuditOutcome outcome = new Auditor(o -> browser, locator, clock, AuditListener.SILENT).run(request(4));

        ScanRecord record = outcome.result().record();
        assertThat(record.pagesPlanned()).containsExactly(START, START + "a", START + "b", START + "from-sitemap");
        assertThat(record.phases()).extracting(p -> p.phase()).containsExactlyElementsOf(Phase.STANDARD);
        // after consent every planned page is visited again, after the start page that carries the banner
        assertThat(record.phase(Phase.AFTER_ACCEPT).orElseThrow().pages()).extracting(PageVisit::url)
                .containsExactly(START, START, START + "a", START + "b", START + "from-sitemap");
        // the two consent phases run at once, so only each one's own order is fixed
        assertThat(browser.calls).containsSubsequence("after-accept visit " + START, "after-accept consent accept", "close");
        assertThat(browser.calls).containsSubsequence("after-reject visit " + START, "after-reject consent reject", "close");
        assertThat(record.completion().complete()).isTrue();
        assertThat(record.tool().chromiumVersion()).isEqualTo("FakeChromium 1.0");
        assertThat(record.startedAt()).isEqualTo(clock.instant());
        assertThat(outcome.passed()).isTrue();

        assertThat(CandorJson.readRecord(outcome.recordFile())).isEqualTo(record);
        assertValidReport(outcome.reportFile());
        assertThat(Files.exists(dir.resolve("out/.candor-profiles"))).isFalse();
    }

    @Test
    void phasesAreRecordedInTheirOwnOrderWhicheverFinishesFirst() throws Exception {
        FakeBrowser browser = new FakeBrowser(Map.of());
        browser.slowPhase = Phase.AFTER_ACCEPT;
        AuditOutcome outcome = new Auditor(o -> browser, locator, clock, AuditListener.SILENT).run(request(1));
        assertThat(browser.calls).containsSubsequence("after-reject finish", "after-accept finish");
        assertThat(outcome.result().record().phases()).extracting(p -> p.phase()).containsExactlyElementsOf(Phase.STANDARD);
        assertThat(CandorJson.readRecord(outcome.recordFile()).phases()).extracting(p -> p.phase()).containsExactlyElementsOf(Phase.STANDARD);
    }

    @Test
    void sequentialRunsOnePhaseAfterTheOther() throws Exception {
        FakeBrowser browser = new FakeBrowser(Map.of());
        browser.slowPhase = Phase.AFTER_ACCEPT;
        AuditRequest r = AuditRequest.builder(URI.create(START), dir.resolve("out")).maxPages(1).sequential(true).build();
        new Auditor(o -> browser, locator, clock, AuditListener.SILENT).run(r);
        assertThat(browser.calls).containsSubsequence("open before-consent", "before-consent close", "open after-accept",
                "after-accept finish", "after-accept close", "open after-reject", "after-reject finish", "after-reject close", "close");
    }

    @Test
    void anUnreachableStartPageEndsWithExitThreeAndKeepsTheRecord() {
        FakeBrowser browser = new FakeBrowser(Map.of());
        browser.visitOverride = url -> new PageVisit(url, null, null, null, PageOutcome.FAILED, "net::ERR_NAME_NOT_RESOLVED", 3, List.of());
        Auditor auditor = new Auditor(o -> browser, locator, clock, AuditListener.SILENT);

        assertThatThrownBy(() -> auditor.run(request(5)))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("start page unreachable").contains("ERR_NAME_NOT_RESOLVED")
                            .contains("check the host name").doesNotContain("\n");
                    ScanRecord partial = CandorJson.readRecord(e.partial().recordFile());
                    assertThat(partial.completion().complete()).isFalse();
                    // the failed visit itself is evidence: its page and the cookie it set are kept (issue 11, item 13)
                    assertThat(partial.phases()).hasSize(1);
                    assertThat(partial.phases().get(0).pages()).extracting(PageVisit::detail).containsExactly("net::ERR_NAME_NOT_RESOLVED");
                    assertThat(partial.phases().get(0).cookies()).extracting(c -> c.name()).containsExactly("c1");
                });
    }

    @Test
    void aStartPageAnsweringAnHttpErrorIsUnreachable() {
        FakeBrowser browser = new FakeBrowser(Map.of());
        browser.visitOverride = url -> new PageVisit(url, url, "Not found", 404, PageOutcome.LOADED, null, 3, List.of());
        assertThatThrownBy(() -> new Auditor(o -> browser, locator, clock, AuditListener.SILENT).run(request(2)))
                .isInstanceOfSatisfying(AuditException.class, e -> assertThat(e.getMessage()).contains("HTTP 404"));
    }

    @Test
    void aBrowserDyingMidAuditKeepsTheFinishedPhases() {
        FakeBrowser browser = new FakeBrowser(Map.of());
        browser.failPhase = Phase.AFTER_REJECT;
        browser.failOnPhase = new IllegalStateException("Target page, context or browser has been closed\nstack...");
        assertThatThrownBy(() -> new Auditor(o -> browser, locator, clock, AuditListener.SILENT).run(request(1)))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("audit stopped: Target page, context or browser has been closed");
                    ScanRecord partial = CandorJson.readRecord(e.partial().recordFile());
                    assertThat(partial.phases()).extracting(p -> p.phase()).containsExactly(Phase.BEFORE_CONSENT, Phase.AFTER_ACCEPT);
                    assertThat(partial.completion().reason()).startsWith("audit stopped");
                });
    }

    @Test
    void noBrowserIsExitThreeWithTheInstallHint() {
        ChromiumLocator none = new ChromiumLocator(Map.of("PATH", dir.resolve("empty").toString()));
        assertThatThrownBy(() -> new Auditor(o -> {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "must not launch");
        }, none, clock, AuditListener.SILENT).run(request(1)))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("apt-get install chromium");
                });
    }

    @Test
    void anUnwritableOutputIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        AuditRequest r = AuditRequest.builder(URI.create(START), file.resolve("out")).build();
        assertThatThrownBy(() -> new Auditor(o -> new FakeBrowser(Map.of()), locator, clock, AuditListener.SILENT).run(r))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("cannot write to output directory");
                });
    }

    @Test
    void findsAndReadsThePolicyLinkedFromTheStartPage() throws Exception {
        FakeBrowser browser = new FakeBrowser(Map.of());
        browser.documents.put(START, "<main>Shop</main><footer><a href='/privacy'>Privacy policy</a></footer>");
        browser.documents.put(START + "privacy", """
                <html lang="en"><body><h1>Privacy policy</h1><p>Last updated: 2 March 2026.</p>
                <h2>Who we are</h2><p>Example Shop Ltd, 1 High Street, London, is the controller. Write to privacy@shop.example.</p>
                <h2>Analytics</h2><p>We use Google Analytics to count visits, only after you have given your consent.
                We keep analytics data for 14 months.</p></body></html>""");

        AuditOutcome outcome = new Auditor(o -> browser, locator, clock, AuditListener.SILENT).run(request(1));

        var policy = outcome.result().policy();
        assertThat(policy.status()).hasToString("read");
        assertThat(policy.vendors()).extracting(v -> v.name()).contains("Google Analytics");
        assertThat(policy.lastUpdated()).isEqualTo("2026-03-02");
        assertThat(outcome.result().record().policySource().location()).isEqualTo(START + "privacy");
        // the policy is read after recording stopped, in the before-consent profile only
        assertThat(browser.calls).containsSubsequence("before-consent document " + START, "before-consent document " + START + "privacy",
                "before-consent close");
        assertThat(browser.calls).noneMatch(c -> c.startsWith("after-") && c.contains("document"));
        assertValidReport(outcome.reportFile());
    }

    @Test
    void aSiteWithoutAPolicyLinkIsAWarningNotAFailure() throws Exception {
        FakeBrowser browser = new FakeBrowser(Map.of());
        browser.documents.put(START, "<main>No links here</main>");
        AuditOutcome outcome = new Auditor(o -> browser, locator, clock, AuditListener.SILENT).run(request(1));
        assertThat(outcome.result().policy().status()).hasToString("not-found");
        assertThat(outcome.result().record().warnings()).anyMatch(w -> w.contains("no privacy policy link found"));
        assertThat(outcome.result().record().completion().complete()).isTrue();
        assertValidReport(outcome.reportFile());
    }

    @Test
    void aPolicyUrlAnsweringAnErrorOrALoginPageIsReportedAndTheAuditKept() throws Exception {
        FakeBrowser browser = new FakeBrowser(Map.of());
        browser.documents.put(START + "gone", "<h1>Not found</h1>");
        browser.statuses.put(START + "gone", 404);
        browser.documents.put(START + "members", "<form><input name=user><input type=password name=pw><button>Sign in</button></form>");
        for (String[] c : new String[][] {{"gone", "answered HTTP 404"}, {"members", "shows a login page"}}) {
            AuditRequest r = AuditRequest.builder(URI.create(START), dir.resolve("out-" + c[0])).maxPages(1).policy(START + c[0]).build();
            AuditOutcome outcome = new Auditor(o -> browser, locator, clock, AuditListener.SILENT).run(r);
            assertThat(outcome.result().policy().status()).hasToString("not-found");
            assertThat(outcome.result().policy().problems()).singleElement().asString().contains(c[1]);
            assertThat(outcome.result().record().warnings()).anyMatch(w -> w.contains(c[1]));
            assertThat(outcome.result().record().phases()).hasSize(3);
            assertValidReport(outcome.reportFile());
        }
    }

    @Test
    void aMissingPolicyFileIsAUsageErrorBeforeAnyBrowsing() {
        FakeBrowser browser = new FakeBrowser(Map.of());
        AuditRequest r = AuditRequest.builder(URI.create(START), dir.resolve("out")).policy(dir.resolve("nope.pdf").toString()).build();
        assertThatThrownBy(() -> new Auditor(o -> browser, locator, clock, AuditListener.SILENT).run(r))
                .isInstanceOfSatisfying(AuditException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("nope.pdf: no such file");
                });
        assertThat(browser.calls).isEmpty();
    }

    static void assertValidReport(Path reportFile) throws IOException {
        JsonSchema schema;
        try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode report = CandorJson.mapper().readTree(Files.readString(reportFile));
        assertThat(schema.validate(report)).as("schema violations in %s", reportFile).isEmpty();
    }
}
