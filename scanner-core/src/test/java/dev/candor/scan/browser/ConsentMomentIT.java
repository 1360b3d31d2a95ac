package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.candor.demo.LocalSiteServer;
import dev.candor.model.ConsentAction;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.CookieObservation;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.Viewport;
import dev.candor.scan.BrowserOptions;
import dev.candor.scan.PhaseSession;
import dev.candor.scan.SiteParty;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consent moment is the click, however long the first page took: a consent driver counts its
 * time from its own start, and the first visit (at least the network-quiet window) came before it.
 * A page that wrote a cookie while Candor looked for the banner, before the click, wrote it before
 * consent; counting the driver's time from the visit's start once put such writes after the click
 * on a slow machine, a false "tracks after reject all".
 */
class ConsentMomentIT {

    private static final String SHOP = "https://www.example-shop.de/";
    /** When the scripted driver "clicks", from its own start. */
    private static final long CLICK_AT_MS = 1_500;
    /** When the page writes its cookie during the driving: before the click, and later than the first visit lasted. */
    private static final long WRITE_AT_MS = 1_100;

    @TempDir
    Path workDir;

    /** Writes one cookie while "looking for the banner", another at the click, and reports the click at {@link #CLICK_AT_MS}. */
    private static final class ScriptedDriver implements ConsentHook {
        @Override
        public void install(BrowserContext context) {}

        @Override
        public boolean bannerVisible(Page page) {
            return true;
        }

        @Override
        public ConsentAttempt drive(Page page, ConsentAction action, Path screenshotDir) {
            page.waitForTimeout(WRITE_AT_MS);
            page.evaluate("() => { document.cookie = 'written_before_click=1; Max-Age=600; Path=/'; }");
            page.waitForTimeout(CLICK_AT_MS - WRITE_AT_MS);
            page.evaluate("() => { document.cookie = 'written_at_click=1; Max-Age=600; Path=/'; }");
            return new ConsentAttempt(action, "custom", "text-match", true, true, 1, true, "scripted", null, CLICK_AT_MS,
                    null, null);
        }
    }

    @Test
    void aWriteBeforeTheClickIsBeforeConsentHoweverLongTheFirstVisitTook() throws Exception {
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/recording")) {
            BrowserOptions options = new BrowserOptions(dev.candor.core.RequiredChromium.locate(), List.of(server.hostResolverRule()), true, null,
                    new Viewport(1366, 768), Duration.ofSeconds(10), false, new SiteParty("www.example-shop.de", List.of()), workDir);
            PhaseRecord record;
            long visitMs;
            try (ChromiumBrowser browser = ChromiumBrowser.launch(options, new ScriptedDriver());
                    PhaseSession session = browser.open(Phase.AFTER_REJECT)) {
                visitMs = session.visit(SHOP + "about.html").visit().loadMs();
                ConsentAttempt attempt = session.consent(ConsentAction.REJECT, workDir);
                // the record counts the click from the start of the visit, as the model says
                assertThat(attempt.atMs()).isGreaterThanOrEqualTo(visitMs + CLICK_AT_MS);
                record = session.finish();
            }
            // the first visit lasted at least the quiet window, so the old reckoning put the write after the click
            assertThat(visitMs).isGreaterThanOrEqualTo(CLICK_AT_MS - WRITE_AT_MS);
            CookieObservation before = cookie(record, "written_before_click");
            CookieObservation at = cookie(record, "written_at_click");
            // null: written before the consent moment (a write after it carries how long after)
            assertThat(before.sinceConsentMs()).as("written %d ms before the click", CLICK_AT_MS - WRITE_AT_MS).isNull();
            assertThat(before.atMs()).isNotNull();
            assertThat(at.sinceConsentMs()).as("written at the click").isNotNull().isBetween(0L, 1_000L);
        }
    }

    private static CookieObservation cookie(PhaseRecord record, String name) {
        return record.cookies().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not recorded: " + record.cookies().stream().map(CookieObservation::name).toList()));
    }
}
