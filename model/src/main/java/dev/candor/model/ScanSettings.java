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
        Device device) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public ScanSettings {
        browserArgs = List.copyOf(browserArgs);
        ownerDomains = List.copyOf(ownerDomains);
    }

    /** Settings of a desktop window in the browser's own language. */
    public ScanSettings(int maxPages, long pageTimeoutMs, boolean insecure, boolean redactValues, String userAgent,
            Viewport viewport, List<String> browserArgs, List<String> ownerDomains) {
        this(maxPages, pageTimeoutMs, insecure, redactValues, userAgent, viewport, browserArgs, ownerDomains, null, null);
    }

    /** The emulated device; a desktop window for records written before devices were recorded. */
    public Device deviceOrDesktop() {
        return device == null ? Device.DESKTOP : device;
    }
}
