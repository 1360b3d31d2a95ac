package dev.candor.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything observed in one consent scenario, in its own fresh browser profile.
 *
 * @param phase which scenario
 * @param startedAt when its first page visit began
 * @param consent the consent action at its start; null for {@link Phase#BEFORE_CONSENT}
 * @param bannerSeen whether a consent banner was visible on the first page (before any action)
 * @param pages the pages visited, in order
 * @param cookies every cookie stored or blocked, deduplicated by name, domain and path (first write wins,
 *     later writes update the stored state)
 * @param requests every request the pages made
 * @param storage every storage key and database seen
 * @param frames every iframe and embed seen
 * @param tcf the IAB TCF API and TC strings seen; {@link TcfSignals#NONE} in records written before TCF detection
 * @param banner the banner as measured on the first page before any click; null when none was
 *     measured (no banner, or a record from before Candor measured banners)
 * @param withdrawal after-accept only: whether a later page offered a way to reopen the choice;
 *     null when it was not looked for
 */
public record PhaseRecord(
        Phase phase,
        Instant startedAt,
        ConsentAttempt consent,
        boolean bannerSeen,
        List<PageVisit> pages,
        List<CookieObservation> cookies,
        List<RequestObservation> requests,
        List<StorageObservation> storage,
        List<FrameObservation> frames,
        TcfSignals tcf,
        BannerDesign banner,
        WithdrawalOption withdrawal) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public PhaseRecord {
        tcf = tcf == null ? TcfSignals.NONE : tcf;
        pages = List.copyOf(pages);
        cookies = List.copyOf(cookies);
        requests = List.copyOf(requests);
        storage = List.copyOf(storage);
        frames = List.copyOf(frames);
    }

    /** A phase that saw nothing of the TCF and measured no banner. */
    public PhaseRecord(Phase phase, Instant startedAt, ConsentAttempt consent, boolean bannerSeen, List<PageVisit> pages,
            List<CookieObservation> cookies, List<RequestObservation> requests, List<StorageObservation> storage,
            List<FrameObservation> frames) {
        this(phase, startedAt, consent, bannerSeen, pages, cookies, requests, storage, frames, TcfSignals.NONE, null, null);
    }
}
