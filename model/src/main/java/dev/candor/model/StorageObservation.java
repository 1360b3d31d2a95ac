package dev.candor.model;

/**
 * One key in localStorage or sessionStorage, or one IndexedDB database, per origin.
 *
 * @param kind which storage
 * @param origin the origin that owns it (iframes' origins included)
 * @param key the key, or the database name for IndexedDB
 * @param valueSha256 hex SHA-256 of the value; null for IndexedDB
 * @param writerUrl the script that wrote it, when the write was seen; else null
 * @param pageUrl the page being visited when it was first seen
 * @param firstParty whether the origin's registrable domain is the site's
 * @param atMs milliseconds from the start of the page visit to the write; null when not seen
 * @param sinceConsentMs milliseconds from this phase's consent action to the write; null when the
 *     write came before it, in a phase without one, or was not seen
 * @param visit the index (from 0) in {@link PhaseRecord#pages()} of the visit it was first seen in
 */
public record StorageObservation(
        StorageKind kind,
        String origin,
        String key,
        String valueSha256,
        String writerUrl,
        String pageUrl,
        boolean firstParty,
        Long atMs,
        Long sinceConsentMs,
        int visit) {}
