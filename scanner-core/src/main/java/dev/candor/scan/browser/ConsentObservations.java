package dev.candor.scan.browser;

import com.microsoft.playwright.Page;
import dev.candor.model.BannerDesign;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.ConsentFailure;
import dev.candor.model.Phase;
import dev.candor.model.WithdrawalOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What one phase learns about its consent banner: whether one showed, how it was designed, what
 * the consent attempt did, and (after a verified accept) whether a page offers a way to reopen the
 * choice. Every read of the page goes through {@code bounded}, so a page that stopped answering
 * leaves the observation empty rather than stopping the phase.
 */
final class ConsentObservations {

    private final Phase phase;
    private final ConsentHook hook;
    private final BoundedCall bounded;
    private ConsentAttempt attempt;
    private boolean bannerSeen;
    private BannerDesign design;
    private WithdrawalOption withdrawal;
    private WithdrawalProbe withdrawalProbe;

    ConsentObservations(Phase phase, ConsentHook hook, BoundedCall bounded) {
        this.phase = phase;
        this.hook = hook;
        this.bounded = bounded;
    }

    ConsentAttempt attempt() {
        return attempt;
    }

    boolean bannerSeen() {
        return bannerSeen;
    }

    BannerDesign design() {
        return design;
    }

    WithdrawalOption withdrawal() {
        return withdrawal;
    }

    /** Whether a banner shows now: one the consent hook knows, or a notice found by what it says. */
    boolean bannerVisible(Page page) {
        boolean visible = bounded.call(() -> hook.bannerVisible(page), false)
                || hook != ConsentHook.NONE && bounded.call(() -> NoticeProbe.find(page), Optional.<NoticeProbe.Notice>empty()).isPresent();
        if (visible && attempt == null) {
            bannerSeen = true;
        }
        return visible;
    }

    /** Measures the banner as first seen, once, before any consent attempt changed it. */
    void measureBanner(Page page, Path screenshotDir) {
        if (bannerSeen && design == null && attempt == null) {
            design = bounded.call(() -> hook.measureBanner(page, screenshotDir, "banner-view-" + phase.id()), null);
        }
    }

    /** After a verified accept, whether this page offers a way to reopen the choice; looked for until one is found. */
    void lookForWithdrawal(Page page, String url) {
        if (phase != Phase.AFTER_ACCEPT || attempt == null || !attempt.done()
                || withdrawal != null && withdrawal.found() || hook == ConsentHook.NONE) {
            return;
        }
        if (withdrawalProbe == null) {
            withdrawalProbe = WithdrawalProbe.standard();
        }
        int checked = withdrawal == null ? 1 : withdrawal.pagesChecked() + 1;
        Optional<WithdrawalProbe.Found> found = bounded.call(() -> withdrawalProbe.find(page), Optional.<WithdrawalProbe.Found>empty());
        withdrawal = found.map(f -> new WithdrawalOption(true, f.kind(), f.text(), url, f.box(), checked))
                .orElseGet(() -> new WithdrawalOption(false, null, null, url, null, checked));
    }

    /** Keeps the attempt the hook made (or the failure in its place), and the banner it measured while driving. */
    void attempted(ConsentAttempt a, Page page) {
        attempt = a;
        BannerDesign measured = hook.measuredBanner(page);
        if (measured != null) {
            design = measured;
        }
        if (a.bannerDetected()) {
            bannerSeen = true;
        }
    }

    /**
     * When no consent control was recognised, a notice found by what it says still counts as a
     * banner. With at most one control it cannot offer both choices, so the missing one is missing
     * ({@code no-control}); with more, Candor only failed to read them ({@code error}).
     */
    ConsentAttempt withNotice(ConsentAttempt a, Page page) {
        if (a.bannerDetected() || a.done() || hook == ConsentHook.NONE) {
            return a;
        }
        Optional<NoticeProbe.Notice> notice = bounded.call(() -> NoticeProbe.find(page), Optional.empty());
        if (notice.isEmpty()) {
            return a;
        }
        NoticeProbe.Notice n = notice.get();
        String detail = "a cookie notice was found (\"" + n.text() + "\") with controls " + n.controls() + "; none is a "
                + a.action().id() + " control Candor recognises";
        return new ConsentAttempt(a.action(), "custom", "text-match", true, false, 0, null, "notice found by its text",
                a.screenshot(), a.atMs(), detail, n.controls().size() <= 1 ? ConsentFailure.NO_CONTROL : ConsentFailure.ERROR);
    }
}
