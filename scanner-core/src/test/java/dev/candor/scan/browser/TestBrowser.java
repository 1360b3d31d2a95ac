package dev.candor.scan.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import dev.candor.demo.LocalSiteServer;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.ScanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Test-only launcher: one Playwright per test class, a fresh persistent profile per context. */
final class TestBrowser implements AutoCloseable {

    private final Playwright playwright;
    private final Path chromium;

    private TestBrowser(Playwright playwright, Path chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    /** Starts Playwright on the machine's Chromium; aborts the tests without one, fails them on CI. */
    static TestBrowser start() {
        Path chromium;
        try {
            chromium = new ChromiumLocator().locate(null);
        } catch (ScanException e) {
            if (System.getenv("CI") != null) {
                fail(ChromiumLocator.HOW_TO_INSTALL);
            }
            Assumptions.abort(ChromiumLocator.HOW_TO_INSTALL);
            throw new IllegalStateException(e);
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        return new TestBrowser(playwright, chromium);
    }

    /**
     * A fresh profile whose third-party cookie setting matches a default desktop Chrome (Chromium under
     * Playwright blocks them otherwise), with every host name mapped to {@code server}.
     */
    BrowserContext open(LocalSiteServer server, Path tempDir) throws IOException {
        Path profile = Files.createTempDirectory(tempDir, "profile");
        Files.createDirectories(profile.resolve("Default"));
        Files.writeString(profile.resolve("Default/Preferences"), "{\"profile\":{\"cookie_controls_mode\":0}}");
        List<String> args = new ArrayList<>(List.of("--disable-blink-features=AutomationControlled", server.hostResolverRule()));
        if ("root".equals(System.getProperty("user.name"))) {
            args.add("--no-sandbox");
        }
        return playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(args)
                .setIgnoreHTTPSErrors(true));
    }

    @Override
    public void close() {
        playwright.close();
    }
}
