package dev.candor.scan.browser;

import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import dev.candor.scan.ScanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Playwright drivers of this JVM, started once and reused by every audit, phase and site (batch
 * mode, successive Maven goals). Playwright objects are not thread-safe: a driver must be used by one
 * thread at a time. So a driver is {@linkplain #lease() leased} to one thread, which alone uses it
 * until it gives it back; the pool's lock hands it over, so the next thread sees everything the last
 * one did. Starting a driver costs 1.5-2 s, so one can be started ahead, in the background, while
 * the first phase runs ({@link #startAhead()}).
 *
 * <p>An idle driver is closed after {@link #IDLE_MS} (its reader thread would otherwise keep a JVM
 * that has finished alive), and every idle one when the JVM exits. Each driver's temporary files
 * ({@code playwright-artifacts-*}, which it leaves when it is killed) go to one folder per JVM,
 * {@code candor-playwright-<pid>} in the system's temporary directory, removed on exit; folders of
 * JVMs that are gone are swept when the pool starts.
 */
final class PlaywrightPool {

    static final long IDLE_MS = 60_000;
    static final String TEMP_PREFIX = "candor-playwright-";
    static final long EXIT_WAIT_MS = 10_000;
    /** The longest a lease waits for a driver being started ahead (a start takes 1.5-2 s, more under load). */
    static final long START_WAIT_MS = 15_000;

    private final Path tempRoot;
    private final Path tempDir;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private int starting;
    private int leased;
    private boolean closed;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "candor-playwright-pool");
        t.setDaemon(true);
        return t;
    });

    private record Idle(Playwright driver, long sinceMs) {}

    PlaywrightPool(Path tempRoot) {
        this.tempRoot = tempRoot.toAbsolutePath();
        this.tempDir = this.tempRoot.resolve(TEMP_PREFIX + ProcessHandle.current().pid());
        timer.scheduleWithFixedDelay(this::closeIdle, IDLE_MS, IDLE_MS / 4, TimeUnit.MILLISECONDS);
    }

    /** The pool of this JVM, with its exit hook. */
    static PlaywrightPool jvm() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final PlaywrightPool INSTANCE = install();

        private static PlaywrightPool install() {
            PlaywrightPool pool = new PlaywrightPool(Path.of(System.getProperty("java.io.tmpdir")));
            pool.sweepStale();
            Runtime.getRuntime().addShutdownHook(new Thread(pool::close, "candor-playwright-exit"));
            return pool;
        }
    }

    /** A driver for the calling thread alone, idle or newly started. */
    Lease lease() throws ScanException {
        synchronized (this) {
            if (closed) {
                throw new ScanException(ScanException.Kind.BROWSER_FAILED, "Candor is stopping; no browser is started", null);
            }
            leased++;
            // a driver started ahead is about to be idle: waiting for it beats starting another
            long deadline = System.currentTimeMillis() + START_WAIT_MS;
            while (idle.isEmpty() && starting > 0 && !closed && System.currentTimeMillis() < deadline) {
                try {
                    wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            Idle ready = idle.pollLast();
            if (ready != null) {
                return new Lease(ready.driver(), true);
            }
        }
        try {
            return new Lease(start(), false);
        } catch (ScanException | RuntimeException e) {
            returned();
            throw e;
        }
    }

    /** Starts one driver in the background, unless one is idle or starting already. */
    void startAhead() {
        synchronized (this) {
            if (closed || !idle.isEmpty() || starting > 0) {
                return;
            }
            starting++;
        }
        Thread t = new Thread(() -> {
            Playwright p = null;
            try {
                p = start();
            } catch (ScanException e) {
                // the phase that needs it starts its own and reports the failure
            }
            synchronized (this) {
                starting--;
                notifyAll();
                if (p != null && !closed) {
                    // idle in the same step as no longer starting, so a waiting lease sees one or the other
                    idle.addLast(new Idle(p, System.currentTimeMillis()));
                    return;
                }
            }
            if (p != null) {
                quietlyClose(p);
            }
        }, "candor-playwright-start");
        t.setDaemon(true);
        t.start();
    }

    /** The drivers idle now (for tests). */
    synchronized int idleCount() {
        return idle.size();
    }

    Path tempDir() {
        return tempDir;
    }

    private Playwright start() throws ScanException {
        try {
            // the driver's own temporary files go to this JVM's folder, so that what a killed driver
            // leaves is swept with it
            return Playwright.create(new Playwright.CreateOptions().setEnv(environment()));
        } catch (IOException | PlaywrightException e) {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "the Playwright driver did not start ("
                    + ProfileLauncher.firstLine(e.getMessage()) + "); check that the temp directory is writable and Java can run programs", e);
        }
    }

    /** The drivers' environment (also for a test or benchmark that starts Playwright itself before Candor does). */
    Map<String, String> environment() throws IOException {
        Files.createDirectories(tempDir);
        return Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "TMPDIR", tempDir.toString(), "NODE_OPTIONS", nodeOptions());
    }

    /**
     * The driver is a message relay, so it is given little memory: a young generation of 1 MiB (Node's
     * default made up a quarter of its 120 MiB), no JIT (its code space and compiler threads; the relay
     * is not the bottleneck: at 10 pages the audit took the same time) and no V8 worker threads; both
     * drivers of a concurrent audit together save about 17 MiB of the peak. The user's own options
     * follow. (Playwright for Java keeps the environment of the first driver of a JVM for all the others.)
     */
    static String nodeOptions() {
        String own = System.getenv("NODE_OPTIONS");
        return "--max-semi-space-size=1 --jitless --v8-pool-size=0" + (own == null || own.isBlank() ? "" : " " + own);
    }

    private void giveBack(Playwright driver) {
        synchronized (this) {
            if (!closed) {
                idle.addLast(new Idle(driver, System.currentTimeMillis()));
                returned();
                notifyAll();
                return;
            }
        }
        quietlyClose(driver);
        returned();
    }

    private synchronized void returned() {
        leased--;
        notifyAll();
        if (closed && leased == 0) {
            // the last driver out after exit began: what it left goes too
            BrowserTempDir.deleteTree(tempDir);
        }
    }

    private void closeIdle() {
        long now = System.currentTimeMillis();
        Deque<Playwright> old = new ArrayDeque<>();
        synchronized (this) {
            idle.removeIf(i -> {
                if (now - i.sinceMs() >= IDLE_MS) {
                    old.add(i.driver());
                    return true;
                }
                return false;
            });
        }
        old.forEach(PlaywrightPool::quietlyClose);
    }

    /**
     * Closes every idle driver and, once the leased ones are back or their processes gone (an audit's
     * exit hook stops its browsers meanwhile; at most {@link #EXIT_WAIT_MS}), this JVM's temporary
     * folder; later leases fail.
     */
    void close() {
        Deque<Idle> all;
        synchronized (this) {
            closed = true;
            all = new ArrayDeque<>(idle);
            idle.clear();
        }
        all.forEach(i -> quietlyClose(i.driver()));
        timer.shutdownNow();
        synchronized (this) {
            long deadline = System.currentTimeMillis() + EXIT_WAIT_MS;
            // an audit's Ctrl-C hook kills every child process: then no lease comes back, and none need
            while (leased > 0 && System.currentTimeMillis() < deadline && ProcessHandle.current().descendants().findAny().isPresent()) {
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        BrowserTempDir.deleteTree(tempDir);
    }

    /** Removes the temporary folders of pools whose JVM is gone (killed before its exit hook ran). */
    void sweepStale() {
        try (Stream<Path> list = Files.list(tempRoot)) {
            list.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).filter(p -> !alive(p)).forEach(BrowserTempDir::deleteTree);
        } catch (IOException | RuntimeException e) {
            // best effort: an unreadable temp directory is not the audit's concern
        }
    }

    private static boolean alive(Path folder) {
        String pid = folder.getFileName().toString().substring(TEMP_PREFIX.length());
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not one of ours
        }
    }

    private static void quietlyClose(Playwright driver) {
        try {
            driver.close();
        } catch (PlaywrightException | IllegalStateException ignored) {
            // the driver is gone already
        }
    }

    /** One driver, for the thread that leased it until {@link #close()} gives it back. */
    final class Lease implements AutoCloseable {
        private final Playwright driver;
        private final boolean reused;
        private boolean done;

        private Lease(Playwright driver, boolean reused) {
            this.driver = driver;
            this.reused = reused;
        }

        /** Whether the driver served before: it may have died while idle (killed, out of memory). */
        boolean reused() {
            return reused;
        }

        Playwright playwright() {
            return driver;
        }

        /** Gives the driver back for reuse; call only once everything opened with it is closed. */
        @Override
        public void close() {
            if (!done) {
                done = true;
                giveBack(driver);
            }
        }

        /** Closes the driver instead: it may be broken. */
        void discard() {
            if (!done) {
                done = true;
                quietlyClose(driver);
                returned();
            }
        }
    }
}
