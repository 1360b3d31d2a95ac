package dev.candor.model;

/**
 * One TC string as the site offered it. The raw string is the evidence; {@code decoded} is what
 * Candor read in it when recording (rules decode the raw string again, so a newer decoder rereads
 * old records).
 *
 * @param source {@code cookie} (the {@code euconsent-v2} cookie) or {@code api} ({@code __tcfapi('getTCData')})
 * @param page the page visited when it was read
 * @param visit index of that visit in the phase's pages
 * @param atMs milliseconds from the start of that visit to the read
 * @param sinceConsentMs milliseconds since the phase's consent action, null before it (or without one)
 * @param raw the string as read (at most {@link #MAX_LENGTH} characters); null when values were redacted
 * @param decoded what it records, or null when it could not be decoded
 * @param undecodable why it could not be decoded, or null
 */
public record TcString(
        String source,
        String page,
        int visit,
        long atMs,
        Long sinceConsentMs,
        String raw,
        TcDecoded decoded,
        String undecodable) {

    /** Longer strings are cut and recorded as undecodable: no honest TC string comes near it. */
    public static final int MAX_LENGTH = 16_384;

    /** Read from the {@code euconsent-v2} cookie. */
    public static final String COOKIE = "cookie";
    /** Returned by {@code __tcfapi('getTCData', 2, ...)}. */
    public static final String API = "api";
}
