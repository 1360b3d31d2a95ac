package dev.candor.model;

import java.util.List;

/**
 * One network request made by a page (never the browser's own background traffic).
 *
 * @param url full URL
 * @param method HTTP method
 * @param resourceType the browser's resource type ({@code document}, {@code script}, {@code image},
 *     {@code ping}, {@code xhr}, {@code fetch}, ...)
 * @param status HTTP status, or null when no response came
 * @param initiator the URL of the script or document that caused it, when known
 * @param host the request's host
 * @param thirdParty whether the host's registrable domain differs from the site's
 * @param atMs milliseconds from the start of the page visit
 * @param sinceConsentMs milliseconds since the consent action of this phase; null before consent
 * @param redirects the URLs that redirected to this one, in order
 * @param beacon whether this looks like a tracking beacon (see {@code beaconKind})
 * @param beaconKind {@code sendBeacon}, {@code ping} or {@code pixel} when {@code beacon}; else null
 * @param pageUrl the page being visited
 * @param failure the network error when the request failed, else null
 * @param visit the index (from 0) in {@link PhaseRecord#pages()} of the visit that made it
 */
public record RequestObservation(
        String url,
        String method,
        String resourceType,
        Integer status,
        String initiator,
        String host,
        boolean thirdParty,
        long atMs,
        Long sinceConsentMs,
        List<String> redirects,
        boolean beacon,
        String beaconKind,
        String pageUrl,
        String failure,
        int visit) {

    public RequestObservation {
        redirects = redirects == null ? List.of() : List.copyOf(redirects);
    }
}
