package dev.candor.model.policy;

/**
 * A vendor (third party) the policy names.
 *
 * @param name  canonical vendor name from the built-in vendor table, e.g. "Google Analytics"
 * @param quote the first sentence that names it
 */
public record VendorMention(String name, String quote) {
}
