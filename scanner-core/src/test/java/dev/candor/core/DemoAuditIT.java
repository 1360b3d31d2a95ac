package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.demo.DemoSite;
import dev.candor.model.CandorJson;
import dev.candor.model.CookieObservation;
import dev.candor.model.CookieSource;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.RequestObservation;
import dev.candor.model.ScanRecord;
import dev.candor.model.StorageKind;
import dev.candor.model.policy.ReadStatus;
import dev.candor.model.policy.VendorMention;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole audit, end to end, in real Chromium against the embedded demo shop: three phases, the
 * hand-made banner driven by Candor's own text match, the policy found through the footer link.
 */
class DemoAuditIT {

    private static final long TWO_YEARS = 63_072_000L;

    @TempDir
    static Path dir;

    private static AuditOutcome outcome;
    private static ScanRecord record;

    @BeforeAll
    static void audit() throws Exception {
        RequiredChromium.locate();
        try (DemoSite site = DemoSite.start()) {
            AuditRequest request = site.request(dir.resolve("out")).maxPages(3).build();
            outcome = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT).run(request);
        }
        record = outcome.result().record();
    }

    private static PhaseRecord phase(Phase p) {
        return record.phase(p).orElseThrow();
    }

    private static List<String> thirdPartyHosts(Phase p) {
        return phase(p).requests().stream().filter(RequestObservation::thirdParty).map(RequestObservation::host).distinct().toList();
    }

    private static CookieObservation cookie(Phase p, String name) {
        return phase(p).cookies().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + p.id() + ": " + phase(p).cookies()));
    }

    @Test
    void theSamePagesAreVisitedInEveryPhase() {
        assertThat(record.pagesPlanned()).hasSize(3).first().isEqualTo("https://www.kaffeebohne-shop.de/");
        assertThat(phase(Phase.BEFORE_CONSENT).pages()).extracting(PageVisit::url).containsExactlyElementsOf(record.pagesPlanned());
        for (Phase p : List.of(Phase.AFTER_ACCEPT, Phase.AFTER_REJECT)) {
            // the start page first (where the banner is answered), then every planned page again
            List<String> visited = phase(p).pages().stream().map(PageVisit::url).toList();
            assertThat(visited.get(0)).isEqualTo(record.pagesPlanned().get(0));
            assertThat(visited.subList(1, visited.size())).containsExactlyElementsOf(record.pagesPlanned());
        }
        assertThat(record.phases()).allSatisfy(ph -> assertThat(ph.pages()).allMatch(v -> v.outcome() == PageOutcome.LOADED));
        assertThat(record.completion().complete()).isTrue();
    }

    @Test
    void theHotjarTrackerFiresBeforeAnyConsent() {
        assertThat(thirdPartyHosts(Phase.BEFORE_CONSENT)).contains("static.hotjar.com", "in.hotjar.com")
                .doesNotContain("www.google-analytics.com", "www.facebook.com", "px.ads.linkedin.com");
        CookieObservation hj = cookie(Phase.BEFORE_CONSENT, "_hjSessionUser_12345");
        assertThat(hj.setBy()).isEqualTo(CookieSource.SCRIPT);
        assertThat(hj.setterUrl()).startsWith("https://static.hotjar.com/");
        assertThat(phase(Phase.BEFORE_CONSENT).storage())
                .anyMatch(s -> s.kind() == StorageKind.LOCAL_STORAGE && s.key().equals("_hjSessionUser"));
        assertThat(phase(Phase.BEFORE_CONSENT).requests()).anyMatch(r -> r.host().equals("in.hotjar.com") && r.beacon());
    }

    @Test
    void acceptingLoadsTheConsentGatedTrackersWithTheirRequestedLifetimes() {
        assertThat(thirdPartyHosts(Phase.AFTER_ACCEPT)).contains("www.google-analytics.com", "www.facebook.com");
        CookieObservation fr = cookie(Phase.AFTER_ACCEPT, "fr");
        assertThat(fr.domain()).isEqualTo(".facebook.com");
        assertThat(fr.firstParty()).isFalse();
        assertThat(fr.blocked()).isFalse();
        assertThat(fr.setBy()).isEqualTo(CookieSource.HTTP);
        assertThat(fr.requestedLifetimeSeconds()).isEqualTo(TWO_YEARS);
        // Chromium stores at most 400 days; the record keeps what the site asked for
        assertThat(Duration.between(record.startedAt(), fr.expires())).isLessThanOrEqualTo(Duration.ofDays(401));
        CookieObservation ga = cookie(Phase.AFTER_ACCEPT, "_ga");
        assertThat(ga.setBy()).isEqualTo(CookieSource.SCRIPT);
        assertThat(ga.requestedLifetimeSeconds()).isEqualTo(TWO_YEARS);
        assertThat(phase(Phase.AFTER_ACCEPT).requests()).filteredOn(r -> r.host().equals("www.google-analytics.com"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.sinceConsentMs()).isNotNull());
    }

    @Test
    void rejectingKeepsTheGatedTrackersOutButTheLinkedInPixelStillFires() {
        assertThat(thirdPartyHosts(Phase.AFTER_REJECT)).doesNotContain("www.google-analytics.com", "www.facebook.com",
                "connect.facebook.net", "www.googletagmanager.com").contains("px.ads.linkedin.com");
        assertThat(phase(Phase.AFTER_REJECT).cookies()).noneMatch(c -> c.name().equals("fr") || c.name().equals("_ga"));
        CookieObservation li = cookie(Phase.AFTER_REJECT, "li_gc");
        assertThat(li.domain()).isEqualTo(".linkedin.com");
        assertThat(li.requestedLifetimeSeconds()).isEqualTo(15_552_000L);
    }

    @Test
    void theHandMadeBannerIsAcceptedAndRejectedAndVerified() {
        var consent = record.consent();
        assertThat(consent.bannerDetected()).isTrue();
        assertThat(phase(Phase.BEFORE_CONSENT).bannerSeen()).as("a new visitor is shown the banner").isTrue();
        assertThat(consent.cmp()).isEqualTo("custom");
        assertThat(consent.method()).isEqualTo("text-match");
        assertThat(consent.acceptClicked()).isTrue();
        assertThat(consent.rejectClicked()).isTrue();
        assertThat(consent.rejectOnFirstLayer()).isTrue();
        assertThat(consent.clicksToReject()).isEqualTo(1);
        assertThat(cookie(Phase.AFTER_REJECT, "kb_consent").valueSha256()).isNotEqualTo(cookie(Phase.AFTER_ACCEPT, "kb_consent").valueSha256());
        assertThat(Files.exists(outcome.recordFile().resolveSibling(consent.screenshot()))).isTrue();
    }

    @Test
    void thePolicyIsFoundThroughTheFooterAndRead() {
        var policy = outcome.result().policy();
        assertThat(policy.status()).isEqualTo(ReadStatus.READ);
        assertThat(policy.source()).isEqualTo("https://www.kaffeebohne-shop.de/datenschutz.html");
        assertThat(policy.vendors()).extracting(VendorMention::name).contains("Google Analytics").doesNotContain("Hotjar");
        // the policy page was read outside the record: it is not among the before-consent visits
        assertThat(phase(Phase.BEFORE_CONSENT).pages()).noneMatch(v -> v.url().contains("datenschutz"));
    }

    @Test
    void theFilesOnDiskAreTheResultAndTheReportFollowsItsSchema() throws Exception {
        assertThat(CandorJson.readRecord(outcome.recordFile())).isEqualTo(record);
        AuditorTest.assertValidReport(outcome.reportFile());
        try (var files = Files.list(outcome.recordFile().getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("record.json", "report.json", "banner-accept.png", "banner-reject.png");
        }
    }
}
