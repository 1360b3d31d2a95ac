package dev.candor.scan.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds browser calls that Playwright cannot bound itself ({@code evaluate}, {@code title},
 * {@code content}, CDP commands): a page whose script never ends, or a navigation to a server that
 * never answers, would block them for ever. When a call outlives its limit, the watchdog kills the
 * renderer processes of the phase's Chromium (found by the profile directory on its command line),
 * so the blocked call fails as a renderer crash and the session carries on with a fresh page; if
 * the call is still blocked a grace period later, it kills that Chromium itself, which fails every
 * call of the phase and lets the audit go on to the next one.
 *
 * <p>One per phase session; calls come from the session's one thread, the timer runs on its own.
 */
final class Watchdog implements AutoCloseable {

    /** How long a blocked call may outlive the killing of its renderers before the browser goes too. */
    static final long GRACE_MS = 5_000;

    private final Path profileDir;
    private final Runnable stopRemote;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "candor-watchdog");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean fired;

    Watchdog(Path profileDir) {
        this(profileDir, () -> { });
    }

    /**
     * @param stopRemote stops a browser that runs elsewhere (a Grid node), whose processes cannot be
     *     found here: its renderers cannot be killed alone, so a blocked call ends that browser after
     *     the grace period
     */
    Watchdog(Path profileDir, Runnable stopRemote) {
        this.profileDir = profileDir.toAbsolutePath();
        this.stopRemote = stopRemote;
    }

    /** Runs {@code call}, killing its renderers when it takes longer than {@code limitMs}. */
    <T> T bound(long limitMs, Supplier<T> call) {
        ScheduledFuture<?> renderers = timer.schedule(() -> {
            fired = true;
            kill(true);
        }, limitMs, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> browser = timer.schedule(() -> kill(false), limitMs + GRACE_MS, TimeUnit.MILLISECONDS);
        try {
            return call.get();
        } finally {
            renderers.cancel(false);
            browser.cancel(false);
        }
    }

    /** Whether a limit ran out since the last {@link #reset()}. */
    boolean fired() {
        return fired;
    }

    void reset() {
        fired = false;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void kill(boolean renderersOnly) {
        String marker = "--user-data-dir=" + profileDir;
        for (ProcessHandle browser : ProcessHandle.current().descendants().filter(p -> hasArgument(p, marker)).toList()) {
            if (renderersOnly) {
                browser.descendants().filter(p -> hasArgument(p, "--type=renderer")).forEach(ProcessHandle::destroyForcibly);
            } else {
                browser.destroyForcibly();
            }
        }
        if (!renderersOnly) {
            stopRemote.run();
        }
    }

    private static boolean hasArgument(ProcessHandle p, String argument) {
        return (" " + commandLine(p) + " ").contains(" " + argument + " ");
    }

    /**
     * Chromium's child processes rewrite their title into one space-separated string, which
     * {@link ProcessHandle.Info#arguments()} cannot split; {@code /proc} still holds it.
     */
    private static String commandLine(ProcessHandle p) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException | RuntimeException noProc) {
            return String.join(" ", p.info().arguments().map(List::of).orElse(List.of()));
        }
    }
}
