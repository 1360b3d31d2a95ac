package dev.candor.model.policy;

/**
 * A storage period the policy states.
 *
 * @param text    the period as written, e.g. "two years", "14 Tagen", "session"
 * @param seconds the period in seconds (months = 30 days, years = 365 days); null when not a number
 * @param session whether the period is "the session" (until the browser is closed)
 * @param quote   the sentence stating it
 */
public record RetentionPeriod(String text, Long seconds, boolean session, String quote) {
}
