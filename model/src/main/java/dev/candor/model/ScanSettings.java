package dev.candor.model;

import java.util.List;

/**
 * The options a scan ran with, kept in the record so that its evidence can be judged in context.
 *
 * @param maxPages the most pages visited per phase
 * @param pageTimeoutMs per-page timeout
 * @param insecure whether invalid TLS certificates were accepted (the report says so)
 * @param redactValues whether cookie and storage values were replaced by their hashes
 * @param userAgent the user agent sent, or null for the browser's own
 * @param viewport the window size
 * @param browserArgs extra arguments given to Chromium
 * @param ownerDomains registrable domains the user declared as the site owner's (counted first party)
 * @param locale the browser's language and region as a BCP 47 tag ({@code de-DE}), or null for the
 *     browser's own; records written before it existed have null
 * @param device the emulated device (preset, scale, mobile, touch); null in records written before it
 *     existed, which means a desktop window
 * @param grid the Selenium Grid whose nodes ran the browsers (without user and password), or null
 *     when Chromium ran on the machine that audited; a node elsewhere may see another site (its
 *     country, its network)
 */
public record ScanSettings(
        int maxPages,
        long pageTimeoutMs,
        boolean insecure,
        boolean redactValues,
        String userAgent,
        Viewport viewport,
        List<String> browserArgs,
        List<String> ownerDomains,
        String locale,
        Device device,
        String grid) {

    /** Settings of a scan whose browsers ran locally, with the browser's own language, as a desktop window. */
    public ScanSettings(int maxPages, long pageTimeoutMs, boolean insecure, boolean redactValues, String userAgent,
            Viewport viewport, List<String> browserArgs, List<String> ownerDomains) {
        this(maxPages, pageTimeoutMs, insecure, redactValues, userAgent, viewport, browserArgs, ownerDomains, null, null, null);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public ScanSettings {
        browserArgs = List.copyOf(browserArgs);
        ownerDomains = List.copyOf(ownerDomains);
    }

    /** The emulated device; a desktop window for records written before devices were recorded. */
    public Device deviceOrDesktop() {
        return device == null ? Device.DESKTOP : device;
    }
}
