package dev.candor.scan.browser;

import dev.candor.model.StorageKind;
import dev.candor.model.StorageObservation;
import dev.candor.scan.SiteParty;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Web Storage keys and IndexedDB names per origin for one phase: the snapshots read from every frame
 * at the end of each visit, joined with the {@code setItem} writes the init script reported (which
 * give the writing script and the time). One observation per kind, origin and key; the first sighting
 * wins, later snapshots update the value hash.
 */
final class StorageRecorder {

    /**
     * What one frame's document held at the end of a visit.
     *
     * @param local localStorage key to value
     * @param session sessionStorage key to value
     * @param indexedDb database names
     */
    record Snapshot(String origin, Map<String, String> local, Map<String, String> session, List<String> indexedDb) {}

    private record Write(String writerUrl, long atMs, Long sinceConsentMs, String pageUrl, int visit) {}

    private final SiteParty party;
    private final Map<String, StorageObservation> seen = new LinkedHashMap<>();
    private final Map<String, Write> writes = new LinkedHashMap<>();
    private String pageUrl;
    private long visitStartMs;
    private int visit;
    private Long consentEpochMs;

    StorageRecorder(SiteParty party) {
        this.party = party;
    }

    void beginVisit(String pageUrl, long startEpochMs, int visit) {
        this.pageUrl = pageUrl;
        this.visitStartMs = startEpochMs;
        this.visit = visit;
    }

    /** Writes from {@code epochMs} on get {@code sinceConsentMs}. */
    void markConsent(long epochMs) {
        this.consentEpochMs = epochMs;
    }

    /** A {@code setItem} the init script saw; {@code area} is {@code local} or {@code session}. */
    void onWrite(String area, String documentUrl, String key, String scriptUrl, long atEpochMs) {
        StorageKind kind = "local".equals(area) ? StorageKind.LOCAL_STORAGE : StorageKind.SESSION_STORAGE;
        String origin = origin(documentUrl);
        if (origin != null) {
            writes.putIfAbsent(id(kind, origin, key),
                    new Write(scriptUrl != null ? scriptUrl : documentUrl, Math.max(0, atEpochMs - visitStartMs),
                            consentEpochMs != null && atEpochMs >= consentEpochMs ? atEpochMs - consentEpochMs : null, pageUrl, visit));
        }
    }

    void onSnapshot(Snapshot s) {
        if (s.origin() == null || s.origin().equals("null")) {
            return;
        }
        s.local().forEach((k, v) -> add(StorageKind.LOCAL_STORAGE, s.origin(), k, Hashes.sha256(v)));
        s.session().forEach((k, v) -> add(StorageKind.SESSION_STORAGE, s.origin(), k, Hashes.sha256(v)));
        s.indexedDb().forEach(name -> add(StorageKind.INDEXED_DB, s.origin(), name, null));
    }

    List<StorageObservation> observations() {
        return new ArrayList<>(seen.values());
    }

    private void add(StorageKind kind, String origin, String key, String hash) {
        String id = id(kind, origin, key);
        StorageObservation before = seen.get(id);
        Write w = writes.get(id);
        if (before == null) {
            seen.put(id, new StorageObservation(kind, origin, key, hash, w == null ? null : w.writerUrl(),
                    w == null ? pageUrl : w.pageUrl(), party.isFirstPartyUrl(origin), w == null ? null : w.atMs(),
                    w == null ? null : w.sinceConsentMs(), w == null ? visit : w.visit()));
        } else if (hash != null && !hash.equals(before.valueSha256())) {
            seen.put(id, new StorageObservation(kind, origin, key, hash, before.writerUrl(), before.pageUrl(),
                    before.firstParty(), before.atMs(), before.sinceConsentMs(), before.visit()));
        }
    }

    private static String id(StorageKind kind, String origin, String key) {
        return kind + "|" + origin + "|" + key;
    }

    static String origin(String url) {
        try {
            URI u = dev.candor.scan.WebAddress.parse(url).orElseThrow(() -> new IllegalArgumentException(url));
            if (u.getScheme() == null || u.getHost() == null) {
                return null;
            }
            int port = u.getPort();
            boolean defaultPort = port == -1 || (port == 443 && u.getScheme().equals("https"))
                    || (port == 80 && u.getScheme().equals("http"));
            return u.getScheme() + "://" + u.getHost() + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
