package dev.candor.rules.checks;

import dev.candor.model.CookieObservation;
import dev.candor.model.Phase;
import dev.candor.model.RequestObservation;
import dev.candor.model.StorageObservation;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Subject;
import dev.candor.rules.kb.KnowledgeBase.Match;
import dev.candor.rules.kb.Vendor;

/**
 * One observation of the record with what the knowledge base says of it. Exactly one of
 * {@code cookie}, {@code request} and {@code storage} is set.
 *
 * @param match the attribution, or null when the knowledge base knows nothing of it
 * @param tracking whether it counts as tracking (see {@link Facts})
 */
public record Seen(Phase phase, CookieObservation cookie, RequestObservation request, StorageObservation storage,
        Match match, boolean tracking) {

    /** The vendor it was attributed to, or null. */
    public Vendor vendor() {
        return match == null ? null : match.vendor();
    }

    /** Milliseconds since the phase's consent action, or null when before it or not known. */
    public Long sinceConsentMs() {
        return cookie != null ? cookie.sinceConsentMs() : request != null ? request.sinceConsentMs() : storage.sinceConsentMs();
    }

    /** The page it happened on. */
    public String page() {
        return cookie != null ? cookie.pageUrl() : request != null ? request.pageUrl() : storage.pageUrl();
    }

    /**
     * Who a finding about it is about: its vendor; else the platform the cookie database names;
     * else the cookie, host or storage key itself.
     */
    public Subject subject() {
        if (match != null && match.vendor() != null) {
            return new Subject(Subject.Kind.VENDOR, match.vendor().id(), match.vendor().name());
        }
        if (match != null && match.platform() != null) {
            return new Subject(Subject.Kind.VENDOR, "platform:" + match.platform(), match.platform());
        }
        if (cookie != null) {
            return new Subject(Subject.Kind.COOKIE, cookie.name(), cookie.name() + " (" + cookie.domain() + ")");
        }
        if (request != null) {
            return new Subject(Subject.Kind.HOST, request.host(), request.host());
        }
        return new Subject(Subject.Kind.STORAGE, storage.origin() + "|" + storage.key(), storage.key() + " (" + storage.origin() + ")");
    }

    /** What a report shows of it. */
    public Evidence evidence() {
        Attribution a = match == null ? null : match.attribution();
        if (cookie != null) {
            CookieObservation c = cookie;
            return new Evidence.CookieSeen(phase, c.pageUrl(), c.visit(), c.name(), c.domain(), c.path(),
                    c.requestedLifetimeSeconds(), c.expires(), c.secure(), c.httpOnly(), c.firstParty(), c.setBy().id(),
                    c.setterUrl(), c.atMs(), c.sinceConsentMs(), a);
        }
        if (request != null) {
            RequestObservation q = request;
            return new Evidence.RequestSeen(phase, q.pageUrl(), q.visit(), q.url(), q.host(), q.resourceType(),
                    q.beacon() ? q.beaconKind() : null, q.initiator(), q.atMs(), q.sinceConsentMs(), a);
        }
        StorageObservation s = storage;
        return new Evidence.StorageSeen(phase, s.pageUrl(), s.visit(), s.kind().id(), s.origin(), s.key(), s.writerUrl(),
                s.atMs(), s.sinceConsentMs(), a);
    }

    /** One short line naming it, for messages. */
    public String describe() {
        if (cookie != null) {
            return "cookie " + cookie.name() + " on " + cookie.domain();
        }
        if (request != null) {
            return (request.beacon() ? request.beaconKind() + " beacon to " : "request to ") + request.host();
        }
        return storage.kind().id() + " key " + storage.key() + " of " + storage.origin();
    }
}
