package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.demo.LocalSiteServer;
import dev.candor.model.CookieSource;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.PhaseRecord;
import dev.candor.model.ScanRecord;
import dev.candor.model.policy.ReadStatus;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Chromium against the hostile routes of the {@code hostile} fixture ({@code www.hostile-shop.de}):
 * what a site serves must never hang, abort or empty an audit, nor lose its record (issue 11).
 */
class HostileSiteIT {

    private static final String SITE = "https://www.hostile-shop.de";
    private static LocalSiteServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void serve() throws Exception {
        RequiredChromium.locate();
        server = LocalSiteServer.fromClasspath("/sites/hostile");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private AuditOutcome audit(String path, int maxPages, int timeoutSeconds) throws AuditException {
        AuditRequest request = AuditRequest.builder(URI.create(SITE + path), dir.resolve("out")).insecure(true)
                .browserArgs(List.of(server.hostResolverRule())).maxPages(maxPages)
                .pageTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        return new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT).run(request);
    }

    private static Map<String, PageOutcome> outcomes(PhaseRecord phase) {
        return phase.pages().stream().collect(Collectors.toMap(PageVisit::url, PageVisit::outcome, (a, b) -> b));
    }

    @Test
    void aThousandScriptWritesInOneScriptAreRecordedAndTheRecordIsKept() throws Exception {
        ScanRecord r = audit("/writes/", 1, 15).result().record();
        assertThat(r.phases()).hasSize(3);
        PhaseRecord before = r.phases().get(0);
        assertThat(before.cookies()).filteredOn(c -> c.name().equals("w1499")).singleElement()
                .satisfies(c -> assertThat(c.setBy()).isEqualTo(CookieSource.SCRIPT));
        assertThat(before.storage()).hasSizeGreaterThanOrEqualTo(1500);
    }

    @Test
    void pagesThatNeverAnswerOrNeverStopRunningTimeOutAndTheAuditGoesOn() throws Exception {
        AuditOutcome outcome = audit("/hangs/", 5, 5);
        ScanRecord r = outcome.result().record();
        assertThat(r.phases()).hasSize(3);
        for (PhaseRecord p : r.phases()) {
            Map<String, PageOutcome> o = outcomes(p);
            assertThat(o).containsEntry(SITE + "/silent/", PageOutcome.TIMEOUT).containsEntry(SITE + "/busy/", PageOutcome.TIMEOUT)
                    .containsEntry(SITE + "/busy-after-load/", PageOutcome.TIMEOUT)
                    // the page after the hangs is recorded: the session recovered
                    .containsEntry(SITE + "/about.html", PageOutcome.LOADED);
        }
        assertThat(r.completion().complete()).isFalse();
        assertThat(r.completion().reason()).contains("page visits not recorded").contains("timed out");
        assertThat(outcome.passed()).isFalse();
    }

    @Test
    void linksJavaRefusesArePlannedAndNeverStopTheAudit() throws Exception {
        ScanRecord r = audit("/bad-links/", 3, 15).result().record();
        assertThat(r.phases()).hasSize(3);
        assertThat(r.pagesPlanned()).containsExactly(SITE + "/bad-links/", SITE + "/a%7Cb.html", SITE + "/100%25-sure.html");
    }

    @Test
    void aBeforeUnloadHandlerNeitherCancelsLaterPagesNorEmptiesTheAudit() throws Exception {
        ScanRecord r = audit("/beforeunload/", 3, 15).result().record();
        assertThat(r.phases()).hasSize(3);
        assertThat(r.phases()).flatExtracting(PhaseRecord::pages).extracting(PageVisit::outcome).containsOnly(PageOutcome.LOADED);
        assertThat(r.phases().get(1).pages()).hasSize(4);
        assertThat(r.completion().complete()).isTrue();
    }

    @Test
    void aPdfPolicyIsReadThroughTheBrowserInlineOrAsAnAttachment() throws Exception {
        // the host only exists through the browser's host mapping: a fetch outside the browser finds no server
        for (String route : List.of("/pdf-inline/", "/pdf-attachment/")) {
            AuditOutcome outcome = audit(route, 1, 15);
            assertThat(outcome.result().record().policySource().location()).as(route).endsWith(route + "privacy-policy.pdf");
            assertThat(dev.candor.model.CandorJson.readPolicy(dir.resolve("out").resolve(AuditFolder.POLICY)).status())
                    .as(route).isEqualTo(ReadStatus.READ);
        }
    }

    @Test
    void thePageCanNeitherSeeNorSpoofTheRecordingHooksAndNoServiceHostIsCalled() throws Exception {
        ScanRecord r = audit("/spoof/", 1, 15).result().record();
        Map<String, String> cookies = r.phases().get(0).cookies().stream()
                .collect(Collectors.toMap(c -> c.name(), c -> String.valueOf(c.value()), (a, b) -> a));
        assertThat(cookies).containsEntry("seen", "none").doesNotContainKey("spoofed");
        assertThat(server.hits()).extracting(LocalSiteServer.Hit::host)
                .doesNotContain("update.googleapis.com", "clients2.google.com", "clients1.google.com", "redirector.gvt1.com");
    }

    @Test
    void aFailedStartPageKeepsItsOwnVisitAndARefusedScriptCookieIsNotStored() throws Exception {
        AuditException e = org.assertj.core.api.Assertions.catchThrowableOfType(AuditException.class, () -> audit("/failing/", 1, 15));
        assertThat(e.exitCode()).isEqualTo(3);
        ScanRecord failed = dev.candor.model.CandorJson.readRecord(e.partial().recordFile());
        assertThat(failed.phases()).hasSize(1);
        assertThat(failed.phases().get(0).pages()).extracting(PageVisit::status).containsExactly(503);
        assertThat(failed.phases().get(0).cookies()).extracting(c -> c.name()).contains("down_session");

        ScanRecord r = audit("/control-cookie/", 1, 15).result().record();
        assertThat(r.phases().get(0).cookies()).filteredOn(c -> c.name().equals("bad")).singleElement()
                .satisfies(c -> assertThat(c.blocked()).isTrue());
    }
}
