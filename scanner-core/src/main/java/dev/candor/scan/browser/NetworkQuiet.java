package dev.candor.scan.browser;

import java.util.HashSet;
import java.util.Set;

/**
 * The page's requests in flight, as its CDP session reports them, and since when none has been: the
 * network-idle measure a visit waits for. A request counts from {@code requestWillBeSent} until it
 * finishes or fails (a redirect keeps its id, so it counts once). Fed from CDP events and read by
 * the session's thread; both are the same thread in Playwright for Java, the locking is for safety.
 */
final class NetworkQuiet {

    private final Set<String> inFlight = new HashSet<>();
    private long quietSinceMs;

    /** A new document: what the old one had in flight was cancelled with it. */
    synchronized void reset(long nowMs) {
        inFlight.clear();
        quietSinceMs = nowMs;
    }

    synchronized void started(String requestId) {
        inFlight.add(requestId);
    }

    synchronized void ended(String requestId, long nowMs) {
        if (inFlight.remove(requestId) && inFlight.isEmpty()) {
            quietSinceMs = nowMs;
        }
    }

    /** Whether nothing has been in flight for at least {@code windowMs} up to {@code nowMs}. */
    synchronized boolean quietFor(long windowMs, long nowMs) {
        return inFlight.isEmpty() && nowMs - quietSinceMs >= windowMs;
    }

    synchronized int inFlight() {
        return inFlight.size();
    }
}
