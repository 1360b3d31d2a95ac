package dev.candor.scan.browser;

import dev.candor.core.settings.Setting;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import dev.candor.model.Phase;
import dev.candor.scan.Browser;
import dev.candor.scan.BrowserOptions;
import dev.candor.scan.PhaseSession;
import dev.candor.scan.ScanException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chromium driven through Playwright for one audit: one fresh persistent profile (under
 * {@link BrowserOptions#workDir()}) per phase, each its own Chromium process. Playwright objects are
 * not thread-safe, so each thread that opens a phase gets its own Playwright driver: the launching
 * thread uses the one started by {@link #launch}, any other thread gets one started for it on its
 * first {@link #open}. A session must then be used only by the thread that opened it; phases opened
 * on different threads may run at the same time. {@link #close} closes everything, once every
 * thread is done with its sessions.
 */
public final class ChromiumBrowser implements Browser {

    private final Playwright playwright;
    private final BrowserOptions options;
    private final ProfileLauncher launcher;
    private final ConsentHook consent;
    private final String version;
    private final String userAgent;
    private final List<ChromiumPhaseSession> sessions = java.util.Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicInteger profiles = new java.util.concurrent.atomic.AtomicInteger();
    private final Thread owner = Thread.currentThread();
    /** The drivers started for threads other than the owner, by thread; closed with the browser. */
    private final Map<Thread, Playwright> extraDrivers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Thread, ProfileLauncher> extraLaunchers = new java.util.concurrent.ConcurrentHashMap<>();

    private final BrowserTempDir tempDir;
    /** Where the phases' browsers start: on a Selenium Grid, or here when null. */
    private final GridLauncher grid;

    private ChromiumBrowser(Playwright playwright, BrowserOptions options, BrowserTempDir tempDir, ConsentHook consent,
            String version, String userAgent) {
        this.playwright = playwright;
        this.options = options;
        this.tempDir = tempDir;
        this.launcher = new ProfileLauncher(playwright, options, tempDir.path());
        this.consent = consent;
        this.version = version;
        this.userAgent = userAgent;
        this.grid = options.grid() == null ? null : new GridLauncher(options);
    }

    /**
     * Starts Playwright (never downloading a browser) and checks that Chromium starts, reading its version.
     *
     * @throws ScanException of kind {@link ScanException.Kind#BROWSER_FAILED} when it does not start
     */
    public static ChromiumBrowser launch(BrowserOptions options) throws ScanException {
        return launch(options, new AutoconsentHook());
    }

    /** As {@link #launch(BrowserOptions)}, with consent driving plugged in through {@code consent}. */
    static ChromiumBrowser launch(BrowserOptions options, ConsentHook consent) throws ScanException {
        Playwright playwright;
        playwright = startDriver();
        BrowserTempDir tempDir;
        try {
            tempDir = BrowserTempDir.create(options.workDir());
        } catch (ScanException e) {
            playwright.close();
            throw e;
        }
        try {
            // a throwaway profile proves the browser starts and tells its version and real user agent
            String[] probe = options.grid() == null ? probe(new ProfileLauncher(playwright, options, tempDir.path()), options)
                    : probe(playwright, new GridLauncher(options));
            String product = probe[0];
            String version = "Chromium " + product.substring(product.indexOf('/') + 1);
            String ua = options.userAgent() != null ? options.userAgent() : DeviceUserAgent.of(options.device(), probe[1]);
            return new ChromiumBrowser(playwright, options, tempDir, consent, version, ua);
        } catch (ScanException | RuntimeException e) {
            playwright.close();
            tempDir.close();
            throw e;
        }
    }

    private static Playwright startDriver() throws ScanException {
        try {
            // the driver keeps its own environment: Playwright for Java reuses one driver per JVM, so a
            // temporary directory inside this audit's work directory would be gone for the next audit
            return Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        } catch (PlaywrightException e) {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "the Playwright driver did not start ("
                    + ProfileLauncher.firstLine(e.getMessage()) + "); check that the temp directory is writable and Java can run programs", e);
        }
    }

    /** The launcher of the calling thread's own Playwright driver, started on its first call. */
    private ProfileLauncher launcherForThisThread() throws ScanException {
        Thread t = Thread.currentThread();
        if (t == owner) {
            return launcher;
        }
        ProfileLauncher l = extraLaunchers.get(t);
        if (l == null) {
            Playwright driver = startDriver();
            extraDrivers.put(t, driver);
            l = new ProfileLauncher(driver, options, tempDir.path());
            extraLaunchers.put(t, l);
        }
        return l;
    }

    private static String[] probe(ProfileLauncher launcher, BrowserOptions options) throws ScanException {
        Path dir = options.workDir().resolve("probe");
        BrowserContext context = launcher.launch(dir, null);
        try {
            Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
            JsonObject v = context.newCDPSession(page).send("Browser.getVersion");
            return new String[] {v.get("product").getAsString(), v.get("userAgent").getAsString()};
        } catch (PlaywrightException e) {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "Chromium at " + options.executable() + " started but did not answer ("
                    + ProfileLauncher.firstLine(e.getMessage()) + "); try another Chromium with " + dev.candor.core.settings.Setting.CHROMIUM.ref(), e);
        } finally {
            try {
                context.close();
            } catch (PlaywrightException ignored) {
                // it is going away anyway
            }
            ChromiumPhaseSession.deleteTree(dir);
        }
    }

    /** As {@link #probe(ProfileLauncher, BrowserOptions)}, on a Grid node: it also proves the Grid gives sessions. */
    private static String[] probe(Playwright playwright, GridLauncher grid) throws ScanException {
        GridLauncher.Remote remote = grid.launch(playwright, null, "probe");
        try {
            JsonObject v = remote.context().browser().newBrowserCDPSession().send("Browser.getVersion");
            return new String[] {v.get("product").getAsString(), v.get("userAgent").getAsString()};
        } catch (PlaywrightException e) {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "the Chromium the Selenium Grid started did not answer ("
                    + ProfileLauncher.firstLine(e.getMessage()) + ")", e);
        } finally {
            try {
                remote.context().browser().close();
            } catch (PlaywrightException ignored) {
                // the session's end below stops it anyway
            }
            remote.session().end();
        }
    }

    @Override
    public String version() {
        return version;
    }

    /** The user agent every phase sends. */
    public String userAgent() {
        return userAgent;
    }

    @Override
    public PhaseSession open(Phase phase) throws ScanException {
        Path dir = options.workDir().resolve("profile-" + profiles.incrementAndGet() + "-" + phase.id());
        ChromiumPhaseSession session;
        if (grid == null) {
            BrowserContext context = launcherForThisThread().launch(dir, userAgent);
            if (phase == Phase.GPC) {
                GpcSignal.install(context);
            }
            session = ChromiumPhaseSession.start(phase, context, dir, options, consent);
        } else {
            GridLauncher.Remote remote = grid.launch(launcherForThisThread().playwright(), userAgent, phase.id());
            if (phase == Phase.GPC) {
                GpcSignal.install(remote.context());
            }
            session = ChromiumPhaseSession.start(phase, remote.context(), dir, options, consent, remote.session()::end);
        }
        sessions.add(session);
        return session;
    }

    @Override
    public void close() {
        synchronized (sessions) {
            for (ChromiumPhaseSession s : sessions) {
                s.close();
            }
            sessions.clear();
        }
        List<Playwright> drivers = new ArrayList<>(extraDrivers.values());
        drivers.add(playwright);
        extraDrivers.clear();
        extraLaunchers.clear();
        for (Playwright p : drivers) {
            try {
                p.close();
            } catch (PlaywrightException ignored) {
                // the driver is gone already
            }
        }
        tempDir.close();
    }
}
