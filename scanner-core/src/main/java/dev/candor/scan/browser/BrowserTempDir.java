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

    static BrowserTempDir create(Path workDir) throws ScanException {
        try {
            BrowserTempDir dir = new BrowserTempDir(Files.createTempDirectory("candor-"), workDir);
            Runtime.getRuntime().addShutdownHook(dir.onExit);
            return dir;
        } catch (IOException e) {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "cannot create a temporary directory for the browser ("
                    + e.getMessage() + "); check that the temp directory is writable", e);
        }
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
        ChromiumPhaseSession.deleteTree(path);
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
        ChromiumPhaseSession.deleteTree(path);
    }
}
