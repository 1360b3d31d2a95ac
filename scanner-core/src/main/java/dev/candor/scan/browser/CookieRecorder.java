package dev.candor.scan.browser;

import dev.candor.model.CookieObservation;
import dev.candor.model.CookieSource;
import dev.candor.scan.SiteParty;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges what one phase saw of cookies into one observation per name, domain and path: the writes
 * (raw {@code Set-Cookie} headers, stored or blocked, and strings written by scripts) give who set
 * it, when, and the lifetime requested; the jar gives the state the browser stored. The first write
 * wins; the jar updates the stored state. Knows nothing of Playwright, so it is tested without a browser.
 */
final class CookieRecorder {

    /**
     * A cookie as the jar holds it.
     *
     * @param expires null for a session cookie
     * @param sameSite {@code Strict}, {@code Lax}, {@code None} or null
     */
    record JarCookie(String name, String value, String domain, String path, Instant expires,
            boolean secure, boolean httpOnly, String sameSite, boolean partitioned) {}

    private final SiteParty party;
    private final boolean redactValues;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private String pageUrl;
    private long visitStartMs;
    private int visit;
    private Long consentEpochMs;

    CookieRecorder(SiteParty party, boolean redactValues) {
        this.party = party;
        this.redactValues = redactValues;
    }

    /** Later writes are attributed to this page; their times count from {@code startEpochMs}. */
    void beginVisit(String pageUrl, long startEpochMs, int visit) {
        this.pageUrl = pageUrl;
        this.visitStartMs = startEpochMs;
        this.visit = visit;
    }

    /** Judged when read: a cookie the consent click itself set is written before the moment is marked. */
    private Long sinceConsent(Entry e) {
        return consentEpochMs != null && e.atEpochMs != null && e.atEpochMs >= consentEpochMs ? Long.valueOf(e.atEpochMs - consentEpochMs)
                : e.sinceConsentMs;
    }

    /** Writes from {@code epochMs} on get {@code sinceConsentMs}. */
    void markConsent(long epochMs) {
        this.consentEpochMs = epochMs;
    }

    /**
     * The {@code Set-Cookie} lines of one response.
     *
     * @param lines every raw line, stored or not
     * @param blocked the lines the browser refused, with its reasons
     * @param receivedAt the response's Date, or the moment it arrived
     * @param atEpochMs when the response arrived
     */
    void onResponse(String responseUrl, List<String> lines, Map<String, List<String>> blocked, Instant receivedAt, long atEpochMs) {
        List<String> all = new ArrayList<>(lines);
        blocked.keySet().stream().filter(l -> !all.contains(l)).forEach(all::add);
        URI uri = parseUri(responseUrl);
        String host = uri == null || uri.getHost() == null ? "" : uri.getHost();
        String path = uri == null ? "/" : uri.getRawPath();
        for (String line : all) {
            Optional<SetCookieHeader> parsed = SetCookieHeader.parse(line);
            if (parsed.isEmpty()) {
                continue;
            }
            List<String> reasons = blocked.get(line);
            write(parsed.get(), host, path, CookieSource.HTTP, responseUrl, receivedAt, atEpochMs, reasons);
        }
    }

    /** A string a script wrote to {@code document.cookie} (or the CookieStore API) in a document at {@code documentUrl}. */
    void onScriptWrite(String text, String documentUrl, String scriptUrl, long atEpochMs) {
        Optional<SetCookieHeader> parsed = SetCookieHeader.parse(text);
        URI uri = parseUri(documentUrl);
        if (parsed.isEmpty() || uri == null || uri.getHost() == null) {
            return;
        }
        // the browser refuses a cookie string with a control character, and no event says so: record it refused
        List<String> refused = hasControlCharacter(text) ? List.of(DISALLOWED_CHARACTER) : null;
        write(parsed.get(), uri.getHost(), uri.getRawPath(), CookieSource.SCRIPT,
                scriptUrl != null ? scriptUrl : documentUrl, Instant.ofEpochMilli(atEpochMs), atEpochMs, refused);
    }

    /** Chromium's own blocked reason for such a cookie (as CDP reports it for a {@code Set-Cookie} header). */
    static final String DISALLOWED_CHARACTER = "DisallowedCharacter";

    /** Any C0 control but tab, or DEL: what RFC 6265bis and Chromium refuse in a cookie line. */
    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** The jar's content at the end of a visit: stored state wins over what the writes said. */
    void onJar(List<JarCookie> jar) {
        for (JarCookie c : jar) {
            Entry e = entries.computeIfAbsent(c.name() + "|" + c.domain() + "|" + c.path(), k -> {
                Entry fresh = new Entry(c.name(), c.domain(), c.path());
                fresh.source = CookieSource.UNKNOWN;
                fresh.pageUrl = pageUrl;
                fresh.visit = visit;
                return fresh;
            });
            e.value = c.value();
            e.expires = c.expires();
            e.secure = c.secure();
            e.httpOnly = c.httpOnly();
            e.sameSite = c.sameSite();
            e.partitioned = c.partitioned();
            e.blocked = false;
            e.blockedReasons = List.of();
        }
    }

    List<CookieObservation> observations() {
        List<CookieObservation> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            out.add(new CookieObservation(e.name, e.domain, e.path, redactValues ? null : e.value,
                    Hashes.sha256(e.value), e.expires, e.requestedLifetime, e.secure, e.httpOnly, e.sameSite,
                    e.partitioned, e.source, e.setterUrl, e.pageUrl, party.isFirstParty(e.domain), e.blocked,
                    e.blockedReasons, e.atMs, sinceConsent(e), e.visit));
        }
        return out;
    }

    private void write(SetCookieHeader c, String host, String path, CookieSource source, String setterUrl,
            Instant receivedAt, long atEpochMs, List<String> blockedReasons) {
        String domain = c.jarDomain(host);
        String jarPath = c.jarPath(path);
        Entry e = entries.get(c.name() + "|" + domain + "|" + jarPath);
        if (e == null || e.source == CookieSource.UNKNOWN) {
            if (e == null) {
                e = new Entry(c.name(), domain, jarPath);
                entries.put(e.key(), e);
            }
            // first write: who set it, when and for how long it asked; the jar fills in the stored state
            e.source = source;
            e.setterUrl = setterUrl;
            e.pageUrl = pageUrl;
            e.visit = visit;
            e.atMs = Math.max(0, atEpochMs - visitStartMs);
            e.atEpochMs = atEpochMs;
            e.sinceConsentMs = consentEpochMs != null && atEpochMs >= consentEpochMs ? atEpochMs - consentEpochMs : null;
            e.requestedLifetime = c.requestedLifetimeSeconds(receivedAt);
            e.value = c.value();
            e.secure = c.secure();
            e.httpOnly = c.httpOnly();
            e.sameSite = c.sameSite();
            e.partitioned = c.partitioned();
            e.blocked = blockedReasons != null;
            e.blockedReasons = blockedReasons == null ? List.of() : blockedReasons;
        } else if (blockedReasons == null && e.blocked) {
            // refused once, accepted later: the jar read at the end of the visit says what was stored
            e.blocked = false;
            e.blockedReasons = List.of();
        }
    }

    private static URI parseUri(String url) {
        return dev.candor.scan.WebAddress.parse(url).orElse(null);
    }

    /** Mutable while the phase runs; turned into a record at the end. */
    private static final class Entry {
        final String name;
        final String domain;
        final String path;
        String value;
        Instant expires;
        Long requestedLifetime;
        boolean secure;
        boolean httpOnly;
        String sameSite;
        boolean partitioned;
        CookieSource source;
        String setterUrl;
        String pageUrl;
        boolean blocked;
        List<String> blockedReasons = List.of();
        Long atMs;
        Long sinceConsentMs;
        Long atEpochMs;
        int visit;

        Entry(String name, String domain, String path) {
            this.name = name;
            this.domain = domain;
            this.path = path;
        }

        String key() {
            return name + "|" + domain + "|" + path;
        }
    }
}
