package dev.candor.model.finding;

import java.util.Map;

/**
 * Every attribution an evaluation made, so reports can show vendor and category beside each
 * observation. Keys: a cookie's {@code name|domain|path}; a request's URL; a storage key's
 * {@code origin|key}.
 *
 * @param declaredCookies for each cookie (by key) the policy declares, the row or sentence that
 *     declares it; cookies the policy does not name are absent
 */
public record Attributions(Map<String, Attribution> cookies, Map<String, Attribution> requests,
        Map<String, Attribution> storage, Map<String, String> declaredCookies) {

    public Attributions {
        cookies = Map.copyOf(cookies);
        requests = Map.copyOf(requests);
        storage = Map.copyOf(storage);
        declaredCookies = declaredCookies == null ? Map.of() : Map.copyOf(declaredCookies);
    }

    /** No attribution at all (nothing evaluated yet). */
    public static Attributions none() {
        return new Attributions(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The storage key's lookup key. */
    public static String storageKey(String origin, String key) {
        return origin + "|" + key;
    }
}
