package dev.candor.scan.browser;

import com.microsoft.playwright.Page;

/**
 * The consent step's wait for autoconsent's popup on the first page of a phase. It ends on events,
 * not on a clock: a popup found, a consent manager recognised (whose popup then gets its time), or
 * autoconsent having recognised nothing on a document that has stopped changing.
 */
final class PopupWait {

    /** How long autoconsent has on its own before Candor's text match may take over a banner it can see (tarteaucitron is recognised at 1.1-1.9 s). */
    private static final long POPUP_EARLY_MS = 2_500;
    /** How long to wait for autoconsent to find a popup when it has recognised nothing. */
    private static final long POPUP_WAIT_MS = 4_000;
    /** ... and when it has recognised a consent manager whose popup is not visible yet. */
    private static final long POPUP_WAIT_KNOWN_MS = 9_000;
    /**
     * How long autoconsent must have started no detection pass before its silence means "no CMP here":
     * it retries 500 ms after a pass and, from the third, after the document changes.
     */
    private static final long DETECTION_QUIET_MS = 1_000;
    /** The interval between the two sightings of that silence. */
    private static final long STILL_CHECK_MS = 200;

    private PopupWait() {}

    /**
     * Waits for autoconsent's popup, and no longer than the page needs: the wait ends as soon as a
     * popup is found, or autoconsent has recognised nothing on a document that has stopped changing
     * (see {@link AutoconsentEvents#nothingRecognised}), seen twice {@value #STILL_CHECK_MS} ms apart so
     * that a pass under way cannot be missed. The fixed limits stay as bounds: a banner Candor can
     * answer by its text is taken after {@value #POPUP_EARLY_MS} ms, an unknown page gives up after
     * {@value #POPUP_WAIT_MS} ms, a recognised consent manager gets {@value #POPUP_WAIT_KNOWN_MS} ms for its popup.
     */
    static boolean await(Page page, AutoconsentEvents ev, BannerFinder finder) {
        long start = System.nanoTime();
        boolean stillBefore = false;
        while (true) {
            if (ev.popupPending()) {
                return true;
            }
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (ev.detectedCmp() != null) {
                // autoconsent knows the CMP, its popup may still be on its way; unknown pages would otherwise take 60 s
                return ConsentDriver.waitFor(page, ev::popupPending, Math.max(1, POPUP_WAIT_KNOWN_MS - waited));
            }
            boolean still = ev.nothingRecognised(DETECTION_QUIET_MS, System.nanoTime());
            if (still && stillBefore || waited >= POPUP_WAIT_MS) {
                return false;
            }
            stillBefore = still;
            // nothing recognised by now, and a banner our own text match can answer is on screen: use it
            // rather than wait out autoconsent (it still gets its full wait whenever it has detected a CMP)
            if (waited >= POPUP_EARLY_MS && finder.find(page).filter(BannerFinder.Banner::answerable).isPresent()) {
                return false;
            }
            long slice = Math.min(still ? STILL_CHECK_MS : 250, Math.max(1, POPUP_WAIT_MS - waited));
            ConsentDriver.waitFor(page, () -> ev.popupPending() || ev.detectedCmp() != null, slice);
        }
    }
}
