package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.candor.demo.LocalSiteServer;
import dev.candor.model.ConsentAction;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.CookieObservation;
import dev.candor.model.CookieSource;
import dev.candor.model.FrameObservation;
import dev.candor.model.PageOutcome;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.RequestObservation;
import dev.candor.model.StorageKind;
import dev.candor.model.StorageObservation;
import dev.candor.model.Viewport;
import dev.candor.scan.BrowserOptions;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.PhaseSession;
import dev.candor.scan.PhaseSession.PageResult;
import dev.candor.scan.ScanException;
import dev.candor.scan.SiteParty;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real Chromium, one phase, against the {@code recording} fixture: a shop with a Meta-pixel
 * stand-in, Google Analytics beacons, a Google Tag Manager iframe, a dialog, a page that never
 * loads and a renderer crash. All visits happen once; the tests check what was recorded.
 */
class ChromiumBrowserIT {

    private static final String SHOP = "https://www.example-shop.de/";

    @TempDir
    static Path workDir;

    private static LocalSiteServer server;
    private static ChromiumBrowser browser;
    private static PhaseRecord record;
    private static PageResult home;
    private static PageResult dialog;
    private static PageResult popup;
    private static PageResult download;
    private static PageResult slow;
    private static PageResult afterSlow;
    private static PageResult crash;
    private static PageResult afterCrash;
    private static Optional<String> robots;
    private static PhaseRecord second;
    private static ConsentAttempt notWired;
    private static long launchMs;
    private static long homeMs;

    @BeforeAll
    static void recordOnePhase() throws Exception {
        Path chromium = chromiumOrSkip();
        server = LocalSiteServer.fromClasspath("/sites/recording");
        BrowserOptions options = new BrowserOptions(chromium, List.of(server.hostResolverRule()), true, null,
                new Viewport(1366, 768), Duration.ofSeconds(3), false,
                new SiteParty("www.example-shop.de", List.of()), workDir);
        long t0 = System.nanoTime();
        // recording only: consent driving is tested by ConsentDriverIT and the end-to-end audit ITs
        browser = ChromiumBrowser.launch(options, ConsentHook.NONE);
        launchMs = (System.nanoTime() - t0) / 1_000_000;
        try (PhaseSession session = browser.open(Phase.BEFORE_CONSENT)) {
            long t1 = System.nanoTime();
            home = session.visit(SHOP);
            homeMs = (System.nanoTime() - t1) / 1_000_000;
            dialog = session.visit(SHOP + "dialog.html");
            popup = session.visit(SHOP + "popup.html");
            download = session.visit(SHOP + "files/price-list.pdf");
            slow = session.visit(SHOP + "slow.html");
            afterSlow = session.visit(SHOP + "about.html");
            crash = session.visit("chrome://crash");
            // fetched before a visit, which reads the jar: a cookie the fetch set must not become evidence
            robots = session.fetchText(SHOP + "robots.txt");
            afterCrash = session.visit(SHOP + "about.html?after=crash");
            record = session.finish();
        }
        // a second phase: a fresh profile, consent marked by hand as the consent driver will
        try (PhaseSession session = browser.open(Phase.AFTER_ACCEPT)) {
            session.visit(SHOP + "about.html");
            notWired = session.consent(ConsentAction.ACCEPT, workDir);
            ((ChromiumPhaseSession) session).markConsent();
            session.visit(SHOP);
            second = session.finish();
        }
        System.out.printf("launch %d ms, home visit %d ms, visits %s%n", launchMs, homeMs,
                record.pages().stream().map(p -> p.outcome() + " " + p.loadMs() + "ms " + p.detail()).toList());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static Path chromiumOrSkip() {
        try {
            return new ChromiumLocator().locate(null);
        } catch (ScanException e) {
            if (System.getenv("CI") != null) {
                fail(e.getMessage());
            }
            abort(e.getMessage());
            return null;
        }
    }

    @Test
    void aBrowserThatDoesNotStartIsOneLineWithTheFix() {
        BrowserOptions broken = new BrowserOptions(Path.of("/bin/false"), List.of(), true, null, new Viewport(800, 600),
                Duration.ofSeconds(3), false, new SiteParty("www.example-shop.de", List.of()), workDir.resolve("broken"));
        assertThatThrownBy(() -> ChromiumBrowser.launch(broken))
                .isInstanceOfSatisfying(ScanException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScanException.Kind.BROWSER_FAILED);
                    assertThat(e.getMessage()).startsWith("Chromium at /bin/false did not start (").doesNotContain("\n");
                });
    }

    @Test
    void reportsTheBrowserVersion() {
        assertThat(browser.version()).matches("Chromium \\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(browser.userAgent()).doesNotContain("Headless");
    }

    @Test
    void thirdPartyHttpCookieKeepsTheRequestedLifetime() {
        CookieObservation fr = cookie("fr", ".facebook.com");
        assertThat(fr.blocked()).isFalse();
        assertThat(fr.firstParty()).isFalse();
        assertThat(fr.setBy()).isEqualTo(CookieSource.HTTP);
        assertThat(fr.setterUrl()).startsWith("https://www.facebook.com/tr?id=1234567890");
        assertThat(fr.requestedLifetimeSeconds()).isEqualTo(63_072_000L);
        assertThat(fr.expires()).isNotNull().isBefore(Instant.now().plus(Duration.ofDays(401)));
        assertThat(fr.expires()).isAfter(Instant.now().plus(Duration.ofDays(399)));
        assertThat(fr.sameSite()).isEqualTo("None");
        assertThat(fr.secure()).isTrue();
        assertThat(fr.pageUrl()).isEqualTo(SHOP);
        assertThat(fr.value()).isEqualTo("0xyzFR.1700000000");
        assertThat(fr.valueSha256()).hasSize(64);
    }

    @Test
    void scriptCookieNamesItsScriptAndLifetime() {
        CookieObservation vid = cookie("_shop_vid", "www.example-shop.de");
        assertThat(vid.setBy()).isEqualTo(CookieSource.SCRIPT);
        assertThat(vid.setterUrl()).isEqualTo(SHOP + "js/shop.js");
        assertThat(vid.requestedLifetimeSeconds()).isEqualTo(63_072_000L);
        assertThat(vid.firstParty()).isTrue();
        assertThat(vid.blocked()).isFalse();
        assertThat(vid.sameSite()).isEqualTo("Lax");
        assertThat(vid.expires()).isNotNull();
    }

    @Test
    void httpSessionCookieIsStoredWithItsAttributes() {
        CookieObservation sid = cookie("shop_session", "www.example-shop.de");
        assertThat(sid.setBy()).isEqualTo(CookieSource.HTTP);
        assertThat(sid.requestedLifetimeSeconds()).isNull();
        assertThat(sid.expires()).isNull();
        assertThat(sid.httpOnly()).isTrue();
        assertThat(sid.secure()).isTrue();
        assertThat(sid.blocked()).isFalse();
    }

    @Test
    void refusedCookiesAreRecordedWithTheirReasons() {
        CookieObservation insecure = cookie("insecure_none", "www.example-shop.de");
        assertThat(insecure.blocked()).isTrue();
        assertThat(insecure.blockedReasons()).contains("SameSiteNoneInsecure");
        CookieObservation foreign = cookie("foreign", ".other-site.com");
        assertThat(foreign.blocked()).isTrue();
        assertThat(foreign.blockedReasons()).containsExactly("InvalidDomain");
    }

    @Test
    void storageOfMainFrameAndCrossOriginFrame() {
        assertThat(storage(StorageKind.LOCAL_STORAGE, "https://www.example-shop.de", "shop_cart").writerUrl())
                .isEqualTo(SHOP + "js/shop.js");
        assertThat(storage(StorageKind.SESSION_STORAGE, "https://www.example-shop.de", "shop_tab").firstParty()).isTrue();
        assertThat(storage(StorageKind.INDEXED_DB, "https://www.example-shop.de", "shop-db").valueSha256()).isNull();
        StorageObservation gtm = storage(StorageKind.LOCAL_STORAGE, "https://www.googletagmanager.com", "gtm_ls");
        assertThat(gtm.firstParty()).isFalse();
        assertThat(gtm.writerUrl()).startsWith("https://www.googletagmanager.com/ns.html");
        storage(StorageKind.SESSION_STORAGE, "https://www.googletagmanager.com", "gtm_ss");
        storage(StorageKind.INDEXED_DB, "https://www.googletagmanager.com", "gtm-db");
        CookieObservation frameCookie = cookie("_gtm_frame", "www.googletagmanager.com");
        assertThat(frameCookie.setBy()).isEqualTo(CookieSource.SCRIPT);
        assertThat(frameCookie.requestedLifetimeSeconds()).isEqualTo(3600L);
        CookieObservation frameHttp = cookie("_gtm_http", "www.googletagmanager.com");
        assertThat(frameHttp.setBy()).isEqualTo(CookieSource.HTTP);
        assertThat(frameHttp.requestedLifetimeSeconds()).isEqualTo(600L);
        assertThat(frameHttp.blocked()).isFalse();
        // a subresource of the cross-origin frame is recorded too, with the frame as its initiator
        RequestObservation fromFrame = request("https://www.facebook.com/tr?id=1234567890&ev=FrameView");
        assertThat(fromFrame.initiator()).startsWith("https://www.googletagmanager.com/ns.html");
        assertThat(fromFrame.beaconKind()).isEqualTo("pixel");
    }

    @Test
    void framesAndEmbeds() {
        assertThat(record.frames()).extracting(FrameObservation::kind, FrameObservation::origin, FrameObservation::thirdParty)
                .contains(org.assertj.core.groups.Tuple.tuple("iframe", "https://www.googletagmanager.com", true),
                        org.assertj.core.groups.Tuple.tuple("embed", "https://www.example-shop.de", false));
    }

    @Test
    void beaconsAndRequests() {
        RequestObservation pixel = request("https://www.facebook.com/tr?id=1234567890&ev=PageView");
        assertThat(pixel.beacon()).isTrue();
        assertThat(pixel.beaconKind()).isEqualTo("pixel");
        assertThat(pixel.thirdParty()).isTrue();
        assertThat(pixel.status()).isEqualTo(200);
        // Chromium blames the document for images that scripts load (the load starts in a microtask)
        assertThat(pixel.initiator()).isEqualTo(SHOP);
        assertThat(pixel.sinceConsentMs()).isNull();
        RequestObservation beacon = request("https://www.google-analytics.com/g/collect?v=2");
        assertThat(beacon.beaconKind()).isEqualTo("sendBeacon");
        assertThat(beacon.method()).isEqualTo("POST");
        assertThat(beacon.initiator()).isEqualTo("https://connect.facebook.net/en_US/fbevents.js");
        assertThat(beacon.status()).isEqualTo(204);
        RequestObservation script = request("https://connect.facebook.net/en_US/fbevents.js");
        assertThat(script.beacon()).isFalse();
        assertThat(script.resourceType()).isEqualTo("script");
        assertThat(script.initiator()).isEqualTo(SHOP);
        RequestObservation document = request(SHOP);
        assertThat(document.resourceType()).isEqualTo("document");
        assertThat(document.thirdParty()).isFalse();
        assertThat(record.requests()).allSatisfy(r -> assertThat(r.host()).doesNotContain("google.com").doesNotContain("gvt1"));
    }

    @Test
    void homePageVisitAndLinks() {
        assertThat(home.visit().outcome()).isEqualTo(PageOutcome.LOADED);
        assertThat(home.visit().status()).isEqualTo(200);
        assertThat(home.visit().title()).isEqualTo("Example Shop");
        assertThat(home.visit().finalUrl()).isEqualTo(SHOP);
        assertThat(home.links()).containsExactly(SHOP + "about.html", "https://www.facebook.com/exampleshop", SHOP);
    }

    @Test
    void dialogIsDismissedAndRecorded() {
        assertThat(dialog.visit().outcome()).isEqualTo(PageOutcome.LOADED);
        assertThat(dialog.visit().events()).containsExactly("dialog: alert: Welcome to the shop");
    }

    @Test
    void popupsAreClosedAndDownloadsCancelled() {
        assertThat(popup.visit().outcome()).isEqualTo(PageOutcome.LOADED);
        assertThat(popup.visit().events()).containsExactly("popup: " + SHOP + "about.html?popup=1");
        assertThat(download.visit().outcome()).isEqualTo(PageOutcome.FAILED);
        assertThat(download.visit().events()).containsExactly("download: " + SHOP + "files/price-list.pdf");
    }

    @Test
    void hangingPageTimesOutAndTheNextVisitWorks() {
        assertThat(slow.visit().outcome()).isEqualTo(PageOutcome.TIMEOUT);
        assertThat(slow.visit().detail()).contains("3000 ms");
        assertThat(afterSlow.visit().outcome()).isEqualTo(PageOutcome.LOADED);
        assertThat(afterSlow.visit().title()).isEqualTo("About us");
    }

    @Test
    void crashIsRecordedAndTheNextVisitWorks() {
        assertThat(crash.visit().outcome()).isEqualTo(PageOutcome.CRASHED);
        assertThat(afterCrash.visit().outcome()).isEqualTo(PageOutcome.LOADED);
        assertThat(afterCrash.visit().title()).isEqualTo("About us");
        assertThat(record.requests()).anySatisfy(r -> assertThat(r.url()).isEqualTo(SHOP + "about.html?after=crash"));
    }

    @Test
    void fetchTextGoesThroughTheBrowser() {
        assertThat(robots).contains("User-agent: *\n");
        assertThat(record.requests()).noneSatisfy(r -> assertThat(r.url()).endsWith("robots.txt"));
        assertThat(record.cookies()).noneMatch(c -> c.name().equals("fetched_only"));
    }

    @Test
    void eachPhaseStartsFromAFreshProfile() {
        assertThat(second.phase()).isEqualTo(Phase.AFTER_ACCEPT);
        assertThat(second.pages()).hasSize(2);
        RequestObservation about = second.requests().stream().filter(r -> r.url().equals(SHOP + "about.html"))
                .findFirst().orElseThrow();
        assertThat(about.sinceConsentMs()).isNull();
        RequestObservation pixel = second.requests().stream().filter(r -> r.url().startsWith("https://www.facebook.com/tr"))
                .findFirst().orElseThrow();
        assertThat(pixel.sinceConsentMs()).isNotNull().isGreaterThanOrEqualTo(0L);
        // fr was set in the first phase's profile; here it is written again, not inherited
        assertThat(second.cookies()).filteredOn(c -> c.name().equals("fr"))
                .singleElement().satisfies(c -> assertThat(c.setBy()).isEqualTo(CookieSource.HTTP));
        assertThat(second.bannerSeen()).isFalse();
        assertThat(second.consent()).isEqualTo(notWired);
        assertThat(notWired.done()).isFalse();
        assertThat(notWired.method()).isEqualTo("none");
        assertThat(notWired.detail()).isEqualTo("consent driving not wired");
    }

    private static CookieObservation cookie(String name, String domain) {
        return record.cookies().stream().filter(c -> c.name().equals(name) && c.domain().equals(domain)).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " on " + domain + " in " + record.cookies()));
    }

    private static StorageObservation storage(StorageKind kind, String origin, String key) {
        return record.storage().stream().filter(s -> s.kind() == kind && s.origin().equals(origin) && s.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + key + " on " + origin + " in " + record.storage()));
    }

    private static RequestObservation request(String urlPrefix) {
        return record.requests().stream().filter(r -> r.url().startsWith(urlPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no request " + urlPrefix + " in " + record.requests()));
    }
}
