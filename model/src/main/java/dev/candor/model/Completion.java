package dev.candor.model;

/**
 * Whether a scan ran to its end.
 *
 * @param complete true when every planned phase and page was visited
 * @param reason why it stopped early (interrupted, browser died, ...); null when complete
 */
public record Completion(boolean complete, String reason) {

    public static Completion finished() {
        return new Completion(true, null);
    }

    public static Completion stopped(String reason) {
        return new Completion(false, reason);
    }
}
