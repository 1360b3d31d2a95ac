package dev.candor.scan;

import dev.candor.model.Device;
import dev.candor.model.Viewport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to start and drive the browser for one audit.
 *
 * @param executable the Chromium binary (see {@link ChromiumLocator})
 * @param extraArgs arguments passed to Chromium as given
 * @param insecure accept invalid TLS certificates
 * @param userAgent user agent to send, or null for the browser's own
 * @param viewport window size
 * @param pageTimeout the longest a page may take to load
 * @param redactValues store hashes instead of cookie and storage values
 * @param party decides first or third party
 * @param workDir a scratch directory for browser profiles, deleted by the caller afterwards
 * @param locale the browser's language and region (BCP 47), or null for the browser's own
 * @param device the emulated device
 * @param grid a Selenium Grid 4 whose Chromium nodes run the phases, or null to start {@code executable} here
 */
public record BrowserOptions(
        Path executable,
        List<String> extraArgs,
        boolean insecure,
        String userAgent,
        Viewport viewport,
        Duration pageTimeout,
        boolean redactValues,
        SiteParty party,
        Path workDir,
        String locale,
        Device device,
        URI grid) {

    /** A local Chromium with the browser's own language, as a desktop window. */
    public BrowserOptions(Path executable, List<String> extraArgs, boolean insecure, String userAgent, Viewport viewport,
            Duration pageTimeout, boolean redactValues, SiteParty party, Path workDir) {
        this(executable, extraArgs, insecure, userAgent, viewport, pageTimeout, redactValues, party, workDir, null, Device.DESKTOP, null);
    }

    public BrowserOptions {
        extraArgs = List.copyOf(extraArgs);
        device = device == null ? Device.DESKTOP : device;
    }
}
