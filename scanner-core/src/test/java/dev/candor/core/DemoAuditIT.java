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
import dev.candor.model.Severity;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
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

    private static Finding finding(String rule, String subject) {
        return outcome.result().findings().stream().filter(f -> f.ruleId().equals(rule) && f.subject().id().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " on " + subject + " in " + outcome.result().findings().stream()
                        .map(f -> f.ruleId() + " " + f.subject().id()).toList()));
    }

    private static boolean has(String rule, String subject) {
        return outcome.result().findings().stream().anyMatch(f -> f.ruleId().equals(rule) && f.subject().id().equals(subject));
    }

    @Test
    void theHotjarRecorderBeforeConsentIsReportedWithItsRequestsCookieAndStorage() {
        Finding f = finding("tracking-before-consent", "hotjar");
        assertThat(f.phase()).isEqualTo(Phase.BEFORE_CONSENT);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.evidence()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Evidence.RequestSeen.class, r -> {
            assertThat(r.host()).isEqualTo("in.hotjar.com");
            assertThat(r.beaconKind()).isEqualTo("sendBeacon");
            assertThat(r.page()).isEqualTo("https://www.kaffeebohne-shop.de/");
            assertThat(r.phase()).isEqualTo(Phase.BEFORE_CONSENT);
            assertThat(r.attribution().vendorId()).isEqualTo("hotjar");
        }));
        assertThat(f.evidence()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Evidence.CookieSeen.class,
                c -> assertThat(c.name()).isEqualTo("_hjSessionUser_12345")));
        assertThat(finding("storage-before-consent", "hotjar").evidence()).anySatisfy(e -> assertThat(e)
                .isInstanceOfSatisfying(Evidence.StorageSeen.class, s -> assertThat(s.key()).isEqualTo("_hjSessionUser")));
        // the policy promises prior consent; the recorder breaks it, quoted with its section
        assertThat(finding("policy-claim-contradicted", "prior-consent").evidence()).anySatisfy(e -> assertThat(e)
                .isInstanceOfSatisfying(Evidence.PolicyQuote.class, q -> {
                    assertThat(q.section()).contains("Cookies");
                    assertThat(q.offset()).isPositive();
                }));
        assertThat(finding("undisclosed-vendor", "hotjar").message()).contains("Hotjar");
    }

    @Test
    void theLinkedInPixelAfterRejectIsReportedAndTheGatedTrackersAreNot() {
        Finding f = finding("tracking-after-reject", "linkedin-insight");
        assertThat(f.phase()).isEqualTo(Phase.AFTER_REJECT);
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.evidence()).allSatisfy(e -> {
            if (e instanceof Evidence.RequestSeen r) {
                assertThat(r.sinceConsentMs()).isNotNull().isNotNegative();
            }
        });
        assertThat(has("tracking-after-reject", "google-analytics")).isFalse();
        assertThat(has("tracking-after-reject", "meta-pixel")).isFalse();
        assertThat(has("tracking-before-consent", "google-analytics")).isFalse();
        assertThat(has("undisclosed-vendor", "google-analytics")).isFalse();
        assertThat(has("undisclosed-vendor", "meta-pixel")).isFalse();
        assertThat(has("undisclosed-vendor", "linkedin-insight")).isTrue();
    }

    @Test
    void theTwoYearAnalyticsCookieContradictsThePolicysThirteenMonths() {
        Finding f = finding("cookie-lifetime-mismatch", "_ga");
        assertThat(f.message()).contains("2 years").contains("13 months");
        assertThat(f.evidence()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Evidence.PolicyQuote.class,
                q -> assertThat(q.sentence()).contains("13 months")));
        assertThat(has("cookie-lifetime-mismatch", "_fbp")).as("_fbp asks 90 days, the policy says 3 months").isFalse();
        assertThat(has("cookie-lifetime-mismatch", "kb_consent")).isFalse();
        assertThat(outcome.passed()).isFalse();
    }

    @Test
    void everyCookieAndRequestOfAKnownVendorCarriesItsVendorAndCategory() throws Exception {
        var report = CandorJson.mapper().readTree(outcome.reportFile().toFile());
        for (var phase : report.get("phases")) {
            for (var r : phase.get("requests")) {
                if (r.get("host").asText().matches(".*(hotjar|google-analytics|googletagmanager|facebook|linkedin|licdn).*")) {
                    assertThat(r.get("vendorId").isTextual()).as("vendor of %s", r.get("url")).isTrue();
                    assertThat(r.get("category").isTextual()).as("category of %s", r.get("url")).isTrue();
                }
            }
            for (var c : phase.get("cookies")) {
                if (c.get("name").asText().matches("_ga.*|_fbp|fr|li_gc|lidc|_hj.*")) {
                    assertThat(c.get("vendorId").isTextual()).as("vendor of cookie %s", c.get("name")).isTrue();
                    assertThat(c.get("matchedBy").asText()).isNotBlank();
                }
                if (c.get("name").asText().equals("kb_consent")) {
                    assertThat(c.get("category").asText()).as("the site's own consent cookie").isEqualTo("necessary");
                }
            }
        }
        assertThat(report.get("judgedBy").get("policyFile").asText()).isEqualTo("policy.json");
    }

    @Test
    void theFilesOnDiskAreTheResultAndTheReportFollowsItsSchema() throws Exception {
        assertThat(CandorJson.readRecord(outcome.recordFile())).isEqualTo(record);
        AuditorTest.assertValidReport(outcome.reportFile());
        try (var files = Files.list(outcome.recordFile().getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("record.json", "policy.json", "report.json", "report.html", "banner-accept.png", "banner-reject.png",
                            // the viewport at the moment each phase measured the banner, for the marked boxes
                            "banner-view-before-consent.png", "banner-view-accept.png", "banner-view-reject.png", ".candor.lock");
        }
    }
}
