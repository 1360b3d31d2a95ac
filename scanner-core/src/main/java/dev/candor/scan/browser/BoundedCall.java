package dev.candor.scan.browser;

import java.util.function.Supplier;

/**
 * Runs one browser call within a phase's read limit (see {@link Watchdog}); the fallback when it
 * fails or had to be stopped. What a phase session hands to the helpers that read its page.
 */
interface BoundedCall {
    <T> T call(Supplier<T> call, T fallback);
}
