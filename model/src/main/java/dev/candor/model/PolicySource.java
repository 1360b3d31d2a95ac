package dev.candor.model;

/**
 * Where the policy came from.
 *
 * @param given what the user passed with {@code --policy}, or null when Candor looked for it on the site
 * @param kind {@code url}, {@code file} or {@code discovered}
 * @param location the URL or path actually read, or null when none was found
 */
public record PolicySource(String given, String kind, String location) {}
