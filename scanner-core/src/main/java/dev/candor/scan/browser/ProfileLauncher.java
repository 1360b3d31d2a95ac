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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
            "--disable-site-isolation-trials",
            // crash reports hold the audited URL; they are not Candor's to collect
            "--disable-breakpad",
            "--disable-crash-reporter",
            "--disable-domain-reliability",
            "--disable-client-side-phishing-detection",
            "--no-pings");

    /**
     * Chromium's own service hosts (component and extension updates, safe browsing, optimisation
     * hints). The flags above do not silence all of them, so their names resolve to nothing: that
     * traffic never leaves the machine during an audit. They are the browser's, never a page's, so
     * none of this is ever recorded as the site's (the recorders only see the page's own requests).
     */
    static final List<String> BROWSER_SERVICE_HOSTS = List.of(
            "update.googleapis.com", "clients1.google.com", "clients2.google.com", "clients2.googleusercontent.com",
            "redirector.gvt1.com", "edgedl.me.gvt1.com", "safebrowsing.googleapis.com",
            "safebrowsingohttpgateway.googleapis.com", "optimizationguide-pa.googleapis.com",
            "content-autofill.googleapis.com", "android.clients.google.com");

    private static final String RESOLVER_RULES = "--host-resolver-rules=";

    private final Playwright playwright;
    private final BrowserOptions options;

    private final Path tempDir;

    /** @param tempDir the browser's TMPDIR: short, since Chromium's singleton socket path must fit 108 bytes */
    ProfileLauncher(Playwright playwright, BrowserOptions options, Path tempDir) {
        this.playwright = playwright;
        this.options = options;
        this.tempDir = tempDir;
    }

    /** The driver this launcher starts browsers with (a Grid's browsers are joined with it too). */
    Playwright playwright() {
        return playwright;
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
        List<String> args = arguments(options.extraArgs());
        if (options.locale() != null) {
            // the browser's UI language too, which some CMPs read through Intl before navigator.language
            args.add("--lang=" + options.locale());
        }
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
        DeviceEmulation.apply(options, launch);
        launch.setEnv(environment(options.workDir(), tempDir));
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

    /**
     * The flags, the user's extra arguments, and one {@code --host-resolver-rules} (Chromium reads only
     * one): Candor's blocks of the browser's service hosts first, so a user's {@code MAP *} cannot
     * send them anywhere, then the user's own rules.
     */
    static List<String> arguments(List<String> extra) {
        List<String> args = new ArrayList<>(FLAGS);
        StringBuilder rules = new StringBuilder();
        for (String host : BROWSER_SERVICE_HOSTS) {
            rules.append(rules.length() == 0 ? "" : ", ").append("MAP ").append(host).append(" ~NOTFOUND");
        }
        for (String a : extra) {
            if (a.startsWith(RESOLVER_RULES)) {
                rules.append(", ").append(a.substring(RESOLVER_RULES.length()));
            } else {
                args.add(a);
            }
        }
        args.add(RESOLVER_RULES + rules);
        return args;
    }

    /**
     * The browser's environment: the JVM's, with home and XDG directories inside the audit's work
     * directory, so Chromium's caches, crash database, certificate store and dconf files land there
     * and go when it is deleted, never in the user's home; temporary files go to {@code tempDir}.
     */
    static Map<String, String> environment(Path workDir, Path tempDir) throws ScanException {
        Path home = workDir.toAbsolutePath().resolve("home");
        Map<String, String> env = new HashMap<>(System.getenv());
        try {
            for (String sub : List.of(".config", ".cache", ".local/share")) {
                Files.createDirectories(home.resolve(sub));
            }
        } catch (IOException e) {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "cannot prepare the browser's home in " + home + ": "
                    + e.getMessage() + "; check the output directory is writable", e);
        }
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("TMPDIR", tempDir.toAbsolutePath().toString());
        env.remove("XDG_RUNTIME_DIR");
        return env;
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
