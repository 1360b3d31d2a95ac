package dev.candor.model;

import java.time.Instant;
import java.util.List;

/**
 * One cookie as the browser stored it, or as it tried to store it and blocked it.
 *
 * @param name cookie name, as the site sent it
 * @param domain the cookie's domain ({@code .facebook.com} for a domain cookie, a host otherwise)
 * @param path cookie path
 * @param value the value, or null when values are redacted
 * @param valueSha256 hex SHA-256 of the value, always present, so redacted records still compare
 * @param expires expiry as the browser stored it (capped at 400 days by Chromium); null for a session cookie
 * @param requestedLifetimeSeconds the lifetime the site asked for, from the raw {@code Set-Cookie}
 *     header or the string written to {@code document.cookie} (Max-Age, or Expires minus the time
 *     of the write); null for a session cookie or when the write was not seen
 * @param secure the Secure attribute
 * @param httpOnly the HttpOnly attribute
 * @param sameSite {@code Strict}, {@code Lax}, {@code None}, or null when the site gave none
 * @param partitioned the Partitioned (CHIPS) attribute
 * @param setBy whether HTTP or a script set it
 * @param setterUrl the response URL (HTTP) or the writing script's URL (script), when known
 * @param pageUrl the page being visited when the cookie was first seen
 * @param firstParty whether the cookie's registrable domain is the site's
 * @param blocked whether the browser refused to store it
 * @param blockedReasons the browser's reasons when blocked (for example {@code ThirdPartyPhaseout})
 * @param atMs milliseconds from the start of the page visit to the write; null when not seen
 * @param sinceConsentMs milliseconds from this phase's consent action to the write; null when the
 *     write came before it, in a phase without one, or was not seen
 * @param visit the index (from 0) in {@link PhaseRecord#pages()} of the visit it was first seen in
 *
 * <p>Which vendor and category a cookie belongs to is not evidence: rules derive it from the
 * knowledge base at evaluation time, so a newer knowledge base re-attributes an old record.
 */
public record CookieObservation(
        String name,
        String domain,
        String path,
        String value,
        String valueSha256,
        Instant expires,
        Long requestedLifetimeSeconds,
        boolean secure,
        boolean httpOnly,
        String sameSite,
        boolean partitioned,
        CookieSource setBy,
        String setterUrl,
        String pageUrl,
        boolean firstParty,
        boolean blocked,
        List<String> blockedReasons,
        Long atMs,
        Long sinceConsentMs,
        int visit) {

    public CookieObservation {
        blockedReasons = blockedReasons == null ? List.of() : List.copyOf(blockedReasons);
    }

    /** Identity of a cookie in the jar: name, domain and path. */
    public String key() {
        return name + "|" + domain + "|" + path;
    }
}
