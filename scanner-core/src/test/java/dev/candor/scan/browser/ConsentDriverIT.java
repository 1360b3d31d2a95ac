package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.candor.demo.LocalSiteServer;
import dev.candor.model.ConsentAction;
import dev.candor.model.ConsentAttempt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Accepts and rejects on fixture sites built from real consent managers and on hand-made banners. */
class ConsentDriverIT {

    private static final String TRACKER = "www.google-analytics.com";
    private static TestBrowser browser;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        browser = TestBrowser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<Arguments> sites() {
        return Stream.of(
                Arguments.of("klaro", "www.klaro-shop.de", "Klaro", "autoconsent", true),
                Arguments.of("vanilla", "www.vanilla-shop.com", "cookieconsent3", "autoconsent", true),
                Arguments.of("tarteaucitron", "www.tarte-boutique.com", "tarteaucitron", "autoconsent", true),
                Arguments.of("osano", "www.osano-shop.com", "Complianz optin", "autoconsent", true),
                Arguments.of("handmade-de", "www.handmade-shop.de", "custom", "text-match", true),
                Arguments.of("handmade-da", "www.handmade-butik.dk", "custom", "text-match", false),
                // French, with the banner in an iframe from the site's consent subdomain
                Arguments.of("handmade-fr", "www.boutique-artisan.fr", "custom", "text-match", true));
    }

    @ParameterizedTest(name = "{0}: accept")
    @MethodSource("sites")
    void accepts(String site, String host, String cmp, String method, boolean rejectOnFirstLayer) throws Exception {
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/" + site);
                BrowserContext context = browser.open(server, temp)) {
            ConsentDriver driver = ConsentDriver.install(context);
            Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
            page.navigate("https://" + host + "/");

            ConsentAttempt attempt = driver.drive(page, ConsentAction.ACCEPT, temp.resolve("shots"));

            assertThat(attempt.done()).as("%s", attempt).isTrue();
            assertThat(attempt.cmp()).startsWith(cmp);
            assertThat(attempt.method()).as("%s", attempt).isEqualTo(method);
            assertThat(attempt.bannerDetected()).isTrue();
            assertThat(attempt.clicks()).isGreaterThanOrEqualTo(1);
            assertThat(attempt.onFirstLayer()).isTrue();
            assertThat(attempt.verification()).startsWith("banner hidden; ");
            assertThat(attempt.screenshot()).isEqualTo("banner-accept.png");
            assertThat(Files.size(temp.resolve("shots/banner-accept.png"))).isPositive();
            assertThat(awaitHit(page, server, TRACKER, 5_000)).as("tracker loaded after accept").isTrue();
            if (site.equals("klaro")) {
                // the Meta pixel's third-party cookie is stored, as in a default desktop Chrome
                assertThat(awaitHit(page, server, "www.facebook.com", 5_000)).isTrue();
                // the server answering is not the browser storing: wait for the jar, bounded
                page.waitForCondition(() -> context.cookies().stream().anyMatch(c -> c.name.equals("fr")),
                        new Page.WaitForConditionOptions().setTimeout(5_000));
                assertThat(context.cookies()).anyMatch(c -> c.name.equals("fr") && c.domain.equals(".facebook.com"));
            }
            System.out.printf("RESULT %s accept cmp=%s clicks=%d first=%s ms=%d (%s)%n", site, attempt.cmp(),
                    attempt.clicks(), attempt.onFirstLayer(), attempt.atMs(), attempt.verification());

            page.click("#next");
            page.waitForLoadState();
            assertThat(driver.bannerVisible(page)).as("banner on page 2").isFalse();
        }
    }

    @ParameterizedTest(name = "{0}: reject")
    @MethodSource("sites")
    void rejects(String site, String host, String cmp, String method, boolean rejectOnFirstLayer) throws Exception {
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/" + site);
                BrowserContext context = browser.open(server, temp)) {
            ConsentDriver driver = ConsentDriver.install(context);
            Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
            page.navigate("https://" + host + "/");

            ConsentAttempt attempt = driver.drive(page, ConsentAction.REJECT, temp.resolve("shots"));

            assertThat(attempt.done()).as("%s", attempt).isTrue();
            assertThat(attempt.cmp()).startsWith(cmp);
            assertThat(attempt.method()).as("%s", attempt).isEqualTo(method);
            assertThat(attempt.onFirstLayer()).isEqualTo(rejectOnFirstLayer);
            if (!rejectOnFirstLayer) {
                assertThat(attempt.clicks()).isEqualTo(2);
            }
            assertThat(attempt.screenshot()).isEqualTo("banner-reject.png");
            System.out.printf("RESULT %s reject cmp=%s clicks=%d first=%s ms=%d (%s)%n", site, attempt.cmp(),
                    attempt.clicks(), attempt.onFirstLayer(), attempt.atMs(), attempt.verification());

            page.click("#next");
            page.waitForLoadState();
            page.waitForTimeout(1_000);
            assertThat(server.hits()).noneMatch(h -> h.host().equals(TRACKER));
            assertThat(driver.bannerVisible(page)).as("banner on page 2").isFalse();
        }
    }

    private static boolean awaitHit(Page page, LocalSiteServer server, String host, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (server.hits().stream().anyMatch(h -> h.host().equals(host))) {
                return true;
            }
            page.waitForTimeout(100);
        }
        return false;
    }
}
