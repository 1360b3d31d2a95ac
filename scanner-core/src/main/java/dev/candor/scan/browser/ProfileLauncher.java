package dev.candor.scan.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import dev.candor.scan.BrowserOptions;
import dev.candor.scan.ScanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts Chromium on a fresh persistent profile. A persistent context with
 * {@code cookie_controls_mode: 0} in its preferences is the one set-up found where Chromium under
 * Playwright stores third-party cookies like a default desktop Chrome; {@code newContext()} blocks them.
 */
final class ProfileLauncher {

    /** Written before launch; Chromium reads it at start. */
    static final String PREFERENCES = "{\"profile\":{\"cookie_controls_mode\":0}}";

    /** Beside Playwright's defaults; see FIELD-NOTES for why each one. */
    static final List<String> FLAGS = List.of(
            "--disable-blink-features=AutomationControlled",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // frames stay in the page's renderer, so one CDP session sees the Set-Cookie headers and
            // requests of cross-origin iframes too; cookie and storage rules do not depend on it
            "--disable-site-isolation-trials");

    private final Playwright playwright;
    private final BrowserOptions options;

    ProfileLauncher(Playwright playwright, BrowserOptions options) {
        this.playwright = playwright;
        this.options = options;
    }

    /** A fresh profile in {@code dir} (created), started; {@code userAgent} null keeps the browser's own. */
    BrowserContext launch(Path dir, String userAgent) throws ScanException {
        try {
            Files.createDirectories(dir.resolve("Default"));
            Files.writeString(dir.resolve("Default").resolve("Preferences"), PREFERENCES, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED,
                    "cannot prepare a browser profile in " + dir + ": " + e.getMessage() + "; check the work directory is writable", e);
        }
        List<String> args = new ArrayList<>(FLAGS);
        args.addAll(options.extraArgs());
        BrowserType.LaunchPersistentContextOptions launch = new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(options.executable())
                .setHeadless(true)
                // Playwright adds --no-sandbox unless the sandbox is asked for; root cannot use it
                .setChromiumSandbox(!"root".equals(System.getProperty("user.name")))
                .setArgs(args)
                .setIgnoreHTTPSErrors(options.insecure())
                .setViewportSize(options.viewport().width(), options.viewport().height())
                .setAcceptDownloads(true)
                .setTimeout(60_000);
        if (userAgent != null) {
            launch.setUserAgent(userAgent);
        }
        try {
            BrowserContext context = playwright.chromium().launchPersistentContext(dir, launch);
            context.setDefaultTimeout(options.pageTimeout().toMillis());
            return context;
        } catch (PlaywrightException e) {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "Chromium at " + options.executable()
                    + " did not start (" + firstLine(e.getMessage()) + "); check that it runs: "
                    + options.executable() + " --headless --dump-dom about:blank", e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        // Playwright wraps driver errors as "Error {\n  message='net::ERR_... at URL\n  name=..."
        int quoted = message.indexOf("message='");
        if (quoted >= 0) {
            int end = message.indexOf('\n', quoted);
            return message.substring(quoted + 9, end < 0 ? message.length() : end).trim();
        }
        for (String line : message.split("\n")) {
            String l = line.trim();
            if (!l.isEmpty() && !l.startsWith("=")) {
                return l;
            }
        }
        return message.trim();
    }
}
