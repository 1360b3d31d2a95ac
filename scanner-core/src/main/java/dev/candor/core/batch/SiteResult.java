package dev.candor.core.batch;

import java.util.List;
import java.util.Map;

/**
 * One site's line in a batch summary.
 *
 * @param url the site
 * @param folder its audit folder, relative to the batch's output directory
 * @param status {@code passed}, {@code failed} (findings fail the gate), {@code incomplete}
 *     (the audit stopped early), {@code error} (it could not run; nothing was judged) or
 *     {@code pending} (not audited yet: another shard's, or not reached)
 * @param counts findings by severity id
 * @param failing how many findings fail the gate
 * @param topFindings the most severe findings that fail the gate, "rule: subject", at most three
 * @param message why it is incomplete or an error, or null
 */
public record SiteResult(String url, String folder, String status, Map<String, Integer> counts, int failing,
        List<String> topFindings, String message) {

    public SiteResult {
        counts = Map.copyOf(counts);
        topFindings = List.copyOf(topFindings);
    }
}
