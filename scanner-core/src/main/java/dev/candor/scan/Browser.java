package dev.candor.scan;

import dev.candor.model.Phase;

/**
 * One browser installation driven for one audit. Each {@link #open} starts a fresh profile, so the
 * phases never share cookies or storage.
 */
public interface Browser extends AutoCloseable {

    /** The browser's version string, for example {@code Chromium 156.0.8078.73}. */
    String version();

    /** Opens a fresh profile for one consent scenario. */
    PhaseSession open(Phase phase) throws ScanException;

    @Override
    void close();
}
