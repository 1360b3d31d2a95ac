package dev.candor.scan.browser;

import dev.candor.core.settings.Setting;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Playwright;
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
 * not thread-safe, so each thread that opens a phase leases its own Playwright driver from the
 * JVM's {@link PlaywrightPool}: the launching thread in {@link #launch}, any other thread on its
 * first {@link #open}. A session must then be used only by the thread that opened it; phases opened
 * on different threads may run at the same time. {@link #close} closes everything, once every
 * thread is done with its sessions, and gives the drivers back for the next audit.
 */
public final class ChromiumBrowser implements Browser {

    private final PlaywrightPool.Lease lease;
    private final BrowserOptions options;
    private final ProfileLauncher launcher;
    private final ConsentHook consent;
    private final String version;
    private final String userAgent;
    private final List<ChromiumPhaseSession> sessions = java.util.Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicInteger profiles = new java.util.concurrent.atomic.AtomicInteger();
    private final Thread owner = Thread.currentThread();
    /** The drivers started for threads other than the owner, by thread; closed with the browser. */
    private final Map<Thread, PlaywrightPool.Lease> extraDrivers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Thread, ProfileLauncher> extraLaunchers = new java.util.concurrent.ConcurrentHashMap<>();

    private final BrowserTempDir tempDir;
    /** Where the phases' browsers start: on a Selenium Grid, or here when null. */
    private final GridLauncher grid;

    private ChromiumBrowser(PlaywrightPool.Lease lease, BrowserOptions options, BrowserTempDir tempDir, ConsentHook consent,
            String version, String userAgent) {
        this.lease = lease;
        this.options = options;
        this.tempDir = tempDir;
        this.launcher = new ProfileLauncher(lease.playwright(), options, tempDir.path());
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
        PlaywrightPool pool = PlaywrightPool.jvm();
        PlaywrightPool.Lease lease = pool.lease();
        // the concurrent after-accept phase needs a second driver: started now, it is ready when asked
        pool.startAhead();
        try {
            return launch(lease, options, consent);
        } catch (ScanException | RuntimeException e) {
            if (!lease.reused()) {
                throw e;
            }
            // a driver that died while idle fails its first call: one fresh driver, once
            return launch(pool.lease(), options, consent);
        }
    }

    private static ChromiumBrowser launch(PlaywrightPool.Lease lease, BrowserOptions options, ConsentHook consent)
            throws ScanException {
        BrowserTempDir tempDir;
        try {
            tempDir = BrowserTempDir.create(options.workDir());
        } catch (ScanException e) {
            lease.close();
            throw e;
        }
        try {
            // a throwaway profile proves the browser starts and tells its version and real user agent;
            // once per binary and arguments in a JVM (batch mode, successive Maven goals); a Grid's node each time
            String[] probe;
            if (options.grid() != null) {
                probe = probe(lease.playwright(), new GridLauncher(options));
            } else {
                String key = probeKey(options);
                probe = PROBED.get(key);
                if (probe == null) {
                    probe = probe(new ProfileLauncher(lease.playwright(), options, tempDir.path()), options);
                    PROBED.put(key, probe);
                }
            }
            String product = probe[0];
            String version = "Chromium " + product.substring(product.indexOf('/') + 1);
            String ua = options.userAgent() != null ? options.userAgent() : DeviceUserAgent.of(options.device(), probe[1]);
            return new ChromiumBrowser(lease, options, tempDir, consent, version, ua);
        } catch (ScanException | RuntimeException e) {
            lease.discard();
            tempDir.close();
            throw e;
        }
    }

    /** The launcher of the calling thread's own Playwright driver, leased on its first call. */
    private ProfileLauncher launcherForThisThread() throws ScanException {
        Thread t = Thread.currentThread();
        if (t == owner) {
            return launcher;
        }
        ProfileLauncher l = extraLaunchers.get(t);
        if (l == null) {
            PlaywrightPool.Lease driver = PlaywrightPool.jvm().lease();
            extraDrivers.put(t, driver);
            l = new ProfileLauncher(driver.playwright(), options, tempDir.path());
            extraLaunchers.put(t, l);
        }
        return l;
    }

    /** What the probe read, by {@link #probeKey}: the same binary started the same way answers the same. */
    private static final Map<String, String[]> PROBED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String probeKey(BrowserOptions options) {
        java.io.File exe = options.executable().toFile();
        return exe.getAbsolutePath() + "|" + exe.lastModified() + "|" + exe.length() + "|" + String.join(" ", options.extraArgs());
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
            BrowserTempDir.deleteTree(dir);
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
        BrowserContext context;
        Runnable release;
        if (grid == null) {
            context = launcherForThisThread().launch(dir, userAgent);
            release = () -> { };
        } else {
            GridLauncher.Remote remote = grid.launch(launcherForThisThread().playwright(), userAgent, phase.id());
            context = remote.context();
            release = remote.session()::end;
        }
        ChromiumPhaseSession session = ChromiumPhaseSession.start(phase, context, dir, options, consent, release);
        sessions.add(session);
        return session;
    }

    @Override
    public void close() {
        boolean clean = true;
        synchronized (sessions) {
            for (ChromiumPhaseSession s : sessions) {
                s.close();
                clean &= s.closedCleanly();
            }
            sessions.clear();
        }
        List<PlaywrightPool.Lease> drivers = new ArrayList<>(extraDrivers.values());
        drivers.add(lease);
        extraDrivers.clear();
        extraLaunchers.clear();
        for (PlaywrightPool.Lease d : drivers) {
            if (clean) {
                // every context is closed: the driver holds nothing of this audit and serves the next
                d.close();
            } else {
                d.discard();
            }
        }
        tempDir.close();
    }
}
