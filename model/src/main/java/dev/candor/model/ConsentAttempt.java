package dev.candor.model;

/**
 * What happened when Candor tried to accept or reject consent at the start of a phase.
 *
 * @param action accept or reject
 * @param cmp the consent manager recognised (autoconsent's name), {@code custom} for a banner
 *     found by its text, or null when no banner was found
 * @param method {@code autoconsent}, {@code text-match}, or {@code none}
 * @param bannerDetected whether a consent banner was seen
 * @param done whether the action was performed and verified
 * @param clicks clicks it took (0 when a consent manager's own API did it)
 * @param onFirstLayer whether the control was on the banner's first layer; null when unknown
 * @param verification what Candor checked to believe it (banner gone, consent cookie changed, ...)
 * @param screenshot file name of the banner screenshot inside the output directory, or null
 * @param atMs milliseconds from the start of the first page visit to the action
 * @param detail why it failed, or other notes; null when nothing to add
 * @param failure why the action was not done, typed for rules; null when it was done
 */
public record ConsentAttempt(
        ConsentAction action,
        String cmp,
        String method,
        boolean bannerDetected,
        boolean done,
        int clicks,
        Boolean onFirstLayer,
        String verification,
        String screenshot,
        Long atMs,
        String detail,
        ConsentFailure failure) {

    /** The same attempt with {@code atMs} moved by {@code offsetMs}: a driver that counted from its own start, counted from the visit's. */
    public ConsentAttempt shiftedBy(long offsetMs) {
        return atMs == null ? this : new ConsentAttempt(action, cmp, method, bannerDetected, done, clicks, onFirstLayer, verification,
                screenshot, atMs + offsetMs, detail, failure);
    }
}
