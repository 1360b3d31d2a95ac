package dev.candor.scan.browser;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import dev.candor.scan.BrowserOptions;
import dev.candor.scan.ScanException;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts each phase's Chromium on a Selenium Grid 4 node instead of here: one WebDriver session per
 * phase (so a fresh profile that the node's chromedriver creates and deletes), joined over the
 * Grid's CDP proxy with {@code connectOverCDP}, so the recorders get the same CDP sessions as
 * with a local Chromium.
 *
 * <p>Why not Playwright's own Grid support ({@code SELENIUM_REMOTE_URL}): it applies to
 * {@code launch()} only ({@code launchPersistentContext}, which Candor uses, silently starts a local
 * Chromium), and its capabilities carry Chromium arguments but no preferences, while the
 * third-party-cookie setting is a profile preference. Here the preference goes through
 * {@code goog:chromeOptions.prefs}, which chromedriver writes into the profile's
 * {@code Default/Preferences} before Chromium starts: the same file {@link ProfileLauncher} writes.
 * The phase uses the browser's default context, the one that reads that profile.
 */
final class GridLauncher {

    /**
     * Beside {@link ProfileLauncher#FLAGS}: what a local launch gets from Playwright and chromedriver
     * does not give, where it changes what a page can do or store, so a node records what a local
     * Chromium records (unpartitioned third-party storage, no HTTPS upgrades or back-forward cache,
     * no field trials switching features on).
     */
    static final List<String> FLAGS = List.of(
            "--headless",
            "--hide-scrollbars",
            "--mute-audio",
            "--disable-field-trial-config",
            "--disable-back-forward-cache",
            "--disable-features=ThirdPartyStoragePartitioning,HttpsUpgrades,PaintHolding,Translate,OptimizationHints,"
                    + "MediaRouter,DialMediaRouteProvider,LensOverlay");

    private final BrowserOptions options;

    GridLauncher(BrowserOptions options) {
        this.options = options;
    }

    /** A phase's Chromium on the Grid, with the session to end once it is closed. */
    record Remote(BrowserContext context, GridSession session) {
    }

    /**
     * A fresh profile on a node, started and joined with {@code playwright} (the calling thread's);
     * {@code userAgent} null keeps the browser's own.
     */
    Remote launch(Playwright playwright, String userAgent, String name) throws ScanException {
        GridSession session = GridSession.create(options.grid(), capabilities(options, userAgent, name));
        try {
            Browser browser = playwright.chromium().connectOverCDP(session.cdpEndpoint(),
                    new BrowserType.ConnectOverCDPOptions().setTimeout(60_000).setHeaders(session.cdpHeaders()));
            if (browser.contexts().isEmpty()) {
                throw new ScanException(ScanException.Kind.BROWSER_FAILED, "the Chromium the Selenium Grid at " + GridSession.shown(options.grid())
                        + " started has no default profile to record in");
            }
            BrowserContext context = browser.contexts().get(0);
            context.setDefaultTimeout(options.pageTimeout().toMillis());
            // a joined browser's default context has no viewport of its own, and a headless window's
            // page is shorter than the window: every page gets the size a local context gives it
            int width = options.viewport().width();
            int height = options.viewport().height();
            context.onPage(p -> p.setViewportSize(width, height));
            context.pages().forEach(p -> p.setViewportSize(width, height));
            return new Remote(context, session);
        } catch (PlaywrightException e) {
            session.end();
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "cannot reach the Chromium the Selenium Grid at " + GridSession.shown(options.grid())
                    + " started (" + ProfileLauncher.firstLine(e.getMessage()) + "); check that the Grid proxies CDP (Selenium 4)", e);
        } catch (ScanException | RuntimeException e) {
            session.end();
            throw e;
        }
    }

    /**
     * The session's capabilities: Chromium on any platform, Candor's arguments (with the extra ones and
     * the resolver rules merged as for a local launch), the third-party-cookie preference, and the
     * window size, user agent and certificate handling that a local launch sets on the context.
     */
    static JsonObject capabilities(BrowserOptions options, String userAgent, String name) {
        List<String> args = new ArrayList<>(FLAGS);
        args.addAll(ProfileLauncher.arguments(options.extraArgs()));
        args.add("--window-size=" + options.viewport().width() + "," + options.viewport().height());
        if (userAgent != null) {
            args.add("--user-agent=" + userAgent);
        }
        if (options.insecure()) {
            args.add("--ignore-certificate-errors");
        }
        JsonArray argArray = new JsonArray();
        args.forEach(argArray::add);
        JsonObject prefs = new JsonObject();
        prefs.addProperty("profile.cookie_controls_mode", 0);
        JsonObject chrome = new JsonObject();
        chrome.add("args", argArray);
        chrome.add("prefs", prefs);
        JsonObject caps = new JsonObject();
        caps.addProperty("browserName", "chrome");
        caps.addProperty("acceptInsecureCerts", options.insecure());
        caps.add("goog:chromeOptions", chrome);
        // shown in the Grid's console beside the session
        caps.addProperty("se:name", "candor " + name);
        return caps;
    }
}
