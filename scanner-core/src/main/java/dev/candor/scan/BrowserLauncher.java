package dev.candor.scan;

/** Starts a {@link Browser}; the real one is Chromium through Playwright, tests may pass another. */
@FunctionalInterface
public interface BrowserLauncher {

    Browser launch(BrowserOptions options) throws ScanException;
}
