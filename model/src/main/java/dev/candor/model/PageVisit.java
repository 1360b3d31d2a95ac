package dev.candor.model;

import java.util.List;

/**
 * One page visited in one phase.
 *
 * @param url the URL Candor asked for
 * @param finalUrl where the browser ended up after redirects; null when it never got there
 * @param title the document title, or null
 * @param status the main document's HTTP status, or null
 * @param outcome how the visit ended
 * @param detail why, when the outcome is not {@link PageOutcome#LOADED}; else null
 * @param loadMs milliseconds the visit took, settling included
 * @param events what the page did besides loading: dialogs, pop-ups, downloads (one line each)
 */
public record PageVisit(
        String url,
        String finalUrl,
        String title,
        Integer status,
        PageOutcome outcome,
        String detail,
        long loadMs,
        List<String> events) {

    public PageVisit {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
