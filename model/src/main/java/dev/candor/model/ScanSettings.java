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
        String grid) {

    /** Settings of a scan whose browsers ran locally. */
    public ScanSettings(int maxPages, long pageTimeoutMs, boolean insecure, boolean redactValues, String userAgent,
            Viewport viewport, List<String> browserArgs, List<String> ownerDomains) {
        this(maxPages, pageTimeoutMs, insecure, redactValues, userAgent, viewport, browserArgs, ownerDomains, null);
    }

    public ScanSettings {
        browserArgs = List.copyOf(browserArgs);
        ownerDomains = List.copyOf(ownerDomains);
    }
}
