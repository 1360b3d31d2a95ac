package dev.candor.scan.browser;

import dev.candor.scan.ScanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chromium's TMPDIR for one audit. It cannot lie inside the output directory: Chromium's singleton
 * socket lives there and a Unix socket path must fit in 108 bytes. So it is a fresh, owner-only
 * directory with a random name in the system's temporary directory, deleted when the browser
 * closes, and by a shutdown hook (after the audit's own hook stopped the browser) on Ctrl-C, so
 * no {@code org.chromium.Chromium.*} is left behind.
 */
final class BrowserTempDir implements AutoCloseable {

    private final Path path;
    private final Path workDir;
    private final Thread onExit;

    private BrowserTempDir(Path path, Path workDir) {
        this.path = path;
        this.workDir = workDir.toAbsolutePath();
        this.onExit = new Thread(this::deleteAfterBrowserExits, "candor-browser-tmp");
    }

    /** Unix socket paths hold 107 characters (108 bytes with the terminating zero). */
    static final int SOCKET_PATH_MAX = 107;
    /** What goes below the base: this directory ("/candor-" and up to 20 digits) and Chromium's socket inside it. */
    private static final int BELOW_BASE = "/candor-".length() + 20 + "/.org.chromium.Chromium.XXXXXX/SingletonSocket".length();

    static BrowserTempDir create(Path workDir) throws ScanException {
        Path base = base(Path.of(System.getProperty("java.io.tmpdir")), Path.of("/tmp"));
        try {
            BrowserTempDir dir = new BrowserTempDir(Files.createTempDirectory(base, "candor-"), workDir);
            Runtime.getRuntime().addShutdownHook(dir.onExit);
            return dir;
        } catch (IOException e) {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "cannot create a temporary directory for the browser ("
                    + e.getMessage() + "); check that the temp directory is writable", e);
        }
    }

    /**
     * Where to create the directory: the system's temporary directory, or {@code fallback} when that
     * path is too long for Chromium's socket (a deep TMPDIR would otherwise stop Chromium from
     * starting, with nothing but "browser has been closed" to say why).
     */
    static Path base(Path system, Path fallback) throws ScanException {
        Path preferred = system.toAbsolutePath();
        if (fits(preferred)) {
            return preferred;
        }
        if (fits(fallback) && Files.isDirectory(fallback) && Files.isWritable(fallback)) {
            return fallback;
        }
        throw new ScanException(ScanException.Kind.BROWSER_FAILED, "the temporary directory " + preferred + " is too long for Chromium's socket ("
                + (SOCKET_PATH_MAX - BELOW_BASE) + " characters at most); set TMPDIR (or -Djava.io.tmpdir) to a shorter path", null);
    }

    private static boolean fits(Path base) {
        return base.toAbsolutePath().toString().length() + BELOW_BASE <= SOCKET_PATH_MAX;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook deletes it
            return;
        }
        deleteTree(path);
    }

    private void deleteAfterBrowserExits() {
        String marker = workDir.toString();
        for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
            if (p.info().arguments().map(a -> String.join(" ", a)).orElse("").contains(marker)) {
                p.destroyForcibly();
                try {
                    p.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception stillRunning) {
                    // best effort
                }
            }
        }
        deleteTree(path);
    }

    /** Deletes a directory tree; best effort, as Chromium may still be writing (the caller deletes the work directory later). */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // still in use; deleted with the work directory
                }
            });
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // same
        }
    }
}
