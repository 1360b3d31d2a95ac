package dev.candor.model.policy;

/**
 * A cookie declared in a cookie table of the policy.
 *
 * @param name            cookie name as written (may hold a wildcard such as {@code _ga_*})
 * @param provider        the provider or domain column, or null
 * @param purpose         the purpose column, or null
 * @param durationText    the duration column as written, or null
 * @param durationSeconds that duration in seconds; null when not a fixed period, 0 for session cookies
 * @param quote           the table row as text
 */
public record DeclaredCookie(String name, String provider, String purpose, String durationText,
                             Long durationSeconds, String quote) {
}
