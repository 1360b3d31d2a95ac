package dev.candor.scan.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import dev.candor.model.BannerDesign;
import dev.candor.model.ConsentAction;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.ConsentFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Accepts or rejects a consent banner and checks that the answer took effect.
 *
 * <p>First choice is DuckDuckGo's autoconsent (MPL-2.0, shipped unmodified from the npm package as
 * {@code /autoconsent/dist/autoconsent.playwright.js}), which knows hundreds of consent managers.
 * Its claims are never trusted alone: after it reports success Candor checks that the banner is gone
 * and that a cookie or localStorage entry was added or changed. When autoconsent finds nothing or the
 * check fails, Candor finds the controls by their visible text ({@link ConsentLabels}), including a
 * second layer behind a settings control for reject.
 *
 * <p>Use: {@link #install} on a fresh context before its first navigation; {@link #drive} once the
 * first page has settled. All calls must come from the thread that drives the page.
 */
public final class ConsentDriver {

    /** How long Candor's finder may take to see a banner autoconsent already reported. */
    private static final long BANNER_SETTLE_MS = 1_500;
    private static final long VERIFY_WAIT_MS = 4_000;
    private static final long SECOND_LAYER_WAIT_MS = 3_000;
    private static final int CLICK_TIMEOUT_MS = 3_000;

    private final AutoconsentBridge autoconsent;
    private final BannerFinder finder;
    private final BannerMeasurer measurer;
    private final Map<Page, BannerDesign> designs = new ConcurrentHashMap<>();

    private ConsentDriver(AutoconsentBridge autoconsent, ConsentLabels labels) {
        this.autoconsent = autoconsent;
        this.finder = new BannerFinder(labels);
        this.measurer = new BannerMeasurer(finder, labels);
    }

    /**
     * Wires autoconsent into every page and frame of {@code context}: the binding it reports through
     * and its bundle as an init script. Call before the context's first navigation.
     */
    public static ConsentDriver install(BrowserContext context) {
        return new ConsentDriver(AutoconsentBridge.install(context, AutoconsentRules.standard()), ConsentLabels.standard());
    }

    /** Whether a consent banner is showing: autoconsent found an unanswered popup, or Candor sees one by its text. */
    public boolean bannerVisible(Page page) {
        AutoconsentEvents ev = autoconsent.events(page);
        if (ev != null && ev.popupPending()) {
            return true;
        }
        return finder.find(page).map(BannerFinder.Banner::answerable).orElse(false);
    }

    /**
     * The consent manager on the current document: autoconsent's name for it, {@code custom} for a
     * banner found by its text, empty when there is none.
     */
    public Optional<String> cmp(Page page) {
        AutoconsentEvents ev = autoconsent.events(page);
        if (ev != null && ev.popupCmp() != null) {
            return Optional.of(ev.popupCmp());
        }
        if (ev != null && ev.detectedCmp() != null) {
            return Optional.of(ev.detectedCmp());
        }
        return finder.find(page).filter(BannerFinder.Banner::answerable).map(b -> "custom");
    }

    /** Whether the visible banner offers a reject control without opening another layer; empty when no banner is visible. */
    public Optional<Boolean> rejectOnFirstLayer(Page page) {
        return finder.find(page).filter(BannerFinder.Banner::answerable).map(b -> b.has(ConsentLabels.Role.REJECT));
    }

    /**
     * Answers the banner of {@code page}'s current document and verifies the answer.
     *
     * @param screenshotDir where {@code banner-<action>.png} is written
     * @return what was done; {@code done} is true only when Candor saw the banner go and the
     *     consent state change. {@code atMs} counts from this call.
     */
    public ConsentAttempt drive(Page page, ConsentAction action, Path screenshotDir) {
        long start = System.nanoTime();
        AutoconsentEvents ev = autoconsent.eventsOrNew(page);
        designs.remove(page);
        boolean popup = PopupWait.await(page, ev, finder);
        ConsentSnapshot before = ConsentSnapshot.take(page);
        List<String> notes = new ArrayList<>();
        String shot = null;
        if (popup) {
            String cmp = ev.popupCmp();
            BannerFinder.Banner firstLayer = awaitBanner(page, BANNER_SETTLE_MS);
            measureOnce(page, screenshotDir, action, cmp);
            ElementHandle container = containerOf(firstLayer);
            shot = screenshot(page, container, screenshotDir, action);
            long atMs = millisSince(start);
            AutoconsentBridge.Claim claim = autoconsent.run(page, ev, action, cmp);
            if (claim.ok()) {
                Verification v = verify(page, container, before);
                if (!v.ok()) {
                    // a click can land before the CMP has wired its buttons (seen with tarteaucitron): ask once more
                    notes.add("autoconsent (" + cmp + ") reported " + action.id() + " but " + v.line() + "; asked again");
                    AutoconsentBridge.Claim again = autoconsent.run(page, ev, action, cmp);
                    if (again.ok()) {
                        v = verify(page, container, before);
                        // the clicks a visitor needs are those of the attempt that worked
                        claim = again;
                    }
                }
                if (v.ok()) {
                    ev.answered();
                    Boolean onFirst = firstLayer == null ? null : firstLayer.has(roleOf(action));
                    return new ConsentAttempt(action, cmp, "autoconsent", true, true, claim.clicks(), onFirst,
                            v.line(), shot, atMs, notes.isEmpty() ? null : String.join("; ", notes), null);
                }
                notes.add("autoconsent (" + cmp + ") reported " + action.id() + " but " + v.line());
            } else {
                notes.add(claim.detail());
            }
        } else if (ev.detectedCmp() != null) {
            notes.add("autoconsent recognised " + ev.detectedCmp() + " but saw no popup");
        } else {
            notes.add("autoconsent recognised no consent manager");
        }
        return byText(page, ev, action, screenshotDir, before, start, shot, popup, notes);
    }

    private ConsentAttempt byText(Page page, AutoconsentEvents ev, ConsentAction action, Path screenshotDir,
            ConsentSnapshot before, long start, String shot, boolean popup, List<String> notes) {
        String cmp = ev.popupCmp() != null ? ev.popupCmp() : "custom";
        Optional<BannerFinder.Banner> found = finder.find(page).filter(BannerFinder.Banner::answerable);
        if (found.isEmpty()) {
            notes.add("no consent control found by its text");
            return new ConsentAttempt(action, popup ? cmp : null, popup ? "autoconsent" : "none", popup, false, 0,
                    null, "no banner answered", shot, null, String.join("; ", notes), ConsentFailure.NO_BANNER);
        }
        BannerFinder.Banner banner = found.get();
        measureOnce(page, screenshotDir, action, cmp);
        ElementHandle container = containerOf(banner);
        if (shot == null) {
            shot = screenshot(page, container, screenshotDir, action);
        }
        long atMs = millisSince(start);
        int clicks = 0;
        Boolean onFirstLayer;
        Optional<BannerFinder.Control> direct = banner.first(roleOf(action));
        if (direct.isPresent()) {
            clicks += click(direct.get()) ? 1 : 0;
            onFirstLayer = true;
        } else if (action == ConsentAction.REJECT && banner.has(ConsentLabels.Role.SETTINGS)) {
            onFirstLayer = false;
            clicks += click(banner.first(ConsentLabels.Role.SETTINGS).get()) ? 1 : 0;
            Optional<BannerFinder.Control> second = awaitSecondLayer(page);
            designs.computeIfPresent(page, (p, d) -> d.withToggles(measurer.toggles(p)));
            if (second.isEmpty()) {
                notes.add("no reject or save control after opening the settings");
                return new ConsentAttempt(action, cmp, "text-match", true, false, clicks, false,
                        "banner not answered", shot, atMs, String.join("; ", notes), ConsentFailure.NO_CONTROL);
            }
            if (second.get().role() == ConsentLabels.Role.SAVE) {
                clicks += untickAll(second.get().frame());
            }
            clicks += click(second.get()) ? 1 : 0;
        } else {
            notes.add("no " + action.id() + " control found by its text");
            return new ConsentAttempt(action, cmp, "text-match", true, false, 0, null,
                    "banner not answered", shot, atMs, String.join("; ", notes), ConsentFailure.NO_CONTROL);
        }
        Verification v = verify(page, container, before);
        if (v.ok()) {
            ev.answered();
        } else {
            notes.add(v.line());
        }
        return new ConsentAttempt(action, cmp, "text-match", true, v.ok(), clicks, onFirstLayer, v.line(), shot, atMs,
                notes.isEmpty() || v.ok() && !popup ? null : String.join("; ", notes), v.ok() ? null : ConsentFailure.NOT_VERIFIED);
    }

    /** Measures the banner showing now, before any click (see {@link BannerMeasurer}); null when none is showing. */
    BannerDesign measureBanner(Page page, Path screenshotDir, String stem) {
        AutoconsentEvents ev = autoconsent.events(page);
        String cmp = ev == null ? null : ev.popupCmp() != null ? ev.popupCmp() : ev.detectedCmp();
        return measurer.measure(page, screenshotDir, stem, cmp == null ? "custom" : cmp).orElse(null);
    }

    /** The banner measured by the last {@link #drive} on {@code page}; null when none. */
    BannerDesign measuredBanner(Page page) {
        return designs.get(page);
    }

    private void measureOnce(Page page, Path screenshotDir, ConsentAction action, String cmp) {
        if (!designs.containsKey(page)) {
            measurer.measure(page, screenshotDir, "banner-view-" + action.id(), cmp).ifPresent(d -> designs.put(page, d));
        }
    }

    private Optional<BannerFinder.Control> awaitSecondLayer(Page page) {
        long deadline = System.nanoTime() + SECOND_LAYER_WAIT_MS * 1_000_000;
        while (true) {
            Optional<BannerFinder.Banner> banner = finder.find(page);
            Optional<BannerFinder.Control> pick = banner.flatMap(b -> b.first(ConsentLabels.Role.REJECT))
                    .or(() -> banner.flatMap(b -> b.first(ConsentLabels.Role.SAVE)));
            if (pick.isPresent() || System.nanoTime() > deadline) {
                return pick;
            }
            page.waitForTimeout(150);
        }
    }

    /** Unticks every ticked, enabled checkbox and switch in the frame, so that "save" saves nothing optional. */
    private static int untickAll(Frame frame) {
        int clicks = 0;
        Locator ticked = frame.locator("input[type=checkbox]:checked:not(:disabled), [role=switch][aria-checked=true]");
        for (int i = 0, n = ticked.count(); i < n && i < 50; i++) {
            Locator box = ticked.first();
            try {
                if (!box.isVisible()) {
                    break;
                }
                box.click(new Locator.ClickOptions().setTimeout(CLICK_TIMEOUT_MS));
                clicks++;
            } catch (PlaywrightException e) {
                break;
            }
        }
        return clicks;
    }

    private record Verification(boolean ok, String line) {}

    private Verification verify(Page page, ElementHandle container, ConsentSnapshot before) {
        long deadline = System.nanoTime() + VERIFY_WAIT_MS * 1_000_000;
        while (true) {
            boolean hidden = !visible(container)
                    && !finder.find(page).map(BannerFinder.Banner::answerable).orElse(false);
            List<String> changes = ConsentSnapshot.take(page).changesSince(before);
            if (hidden && !changes.isEmpty()) {
                return new Verification(true, "banner hidden; " + String.join(", ", changes));
            }
            if (System.nanoTime() > deadline) {
                return new Verification(false, (hidden ? "banner hidden" : "banner still visible") + "; "
                        + (changes.isEmpty() ? "no cookie or localStorage entry changed" : String.join(", ", changes)));
            }
            page.waitForTimeout(150);
        }
    }

    /**
     * The banner as Candor's own finder sees it. Autoconsent can report a popup while it is still
     * animating in, before its buttons are visible, so give the finder a short, bounded while; there
     * is no page event for "now visible".
     */
    private BannerFinder.Banner awaitBanner(Page page, long maxMs) {
        long deadline = System.nanoTime() + maxMs * 1_000_000L;
        while (true) {
            Optional<BannerFinder.Banner> banner = finder.find(page).filter(BannerFinder.Banner::answerable);
            if (banner.isPresent() || System.nanoTime() > deadline) {
                return banner.orElseGet(() -> finder.find(page).orElse(null));
            }
            page.waitForTimeout(100);
        }
    }

    static boolean waitFor(Page page, BooleanSupplier condition, long millis) {
        try {
            page.waitForCondition(condition, new Page.WaitForConditionOptions().setTimeout(millis));
            return true;
        } catch (TimeoutError e) {
            return false;
        }
    }

    private static boolean click(BannerFinder.Control control) {
        try {
            control.locator().click(new Locator.ClickOptions().setTimeout(CLICK_TIMEOUT_MS));
            return true;
        } catch (PlaywrightException e) {
            try {
                // an overlay may intercept the pointer; a synthetic click still reaches the handler
                control.locator().dispatchEvent("click");
                return true;
            } catch (PlaywrightException again) {
                return false;
            }
        }
    }

    private static ElementHandle containerOf(BannerFinder.Banner banner) {
        if (banner == null) {
            return null;
        }
        return banner.controls().stream().filter(BannerFinder.Control::inBanner).findFirst()
                .map(BannerFinder::containerOf).orElse(null);
    }

    private static boolean visible(ElementHandle element) {
        try {
            return element != null && element.isVisible();
        } catch (PlaywrightException e) {
            return false;
        }
    }

    private static String screenshot(Page page, ElementHandle container, Path dir, ConsentAction action) {
        if (dir == null) {
            return null;
        }
        String name = "banner-" + action.id() + ".png";
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return null;
        }
        // taken as bytes and written by Candor, never by the driver through a path: a link planted in
        // the output directory must not redirect the write
        byte[] png = null;
        if (visible(container)) {
            try {
                png = container.screenshot(new ElementHandle.ScreenshotOptions().setTimeout(CLICK_TIMEOUT_MS));
            } catch (PlaywrightException e) {
                // fall through to the viewport
            }
        }
        try {
            if (png == null) {
                png = page.screenshot(new Page.ScreenshotOptions().setTimeout(CLICK_TIMEOUT_MS));
            }
            dev.candor.model.AtomicFile.write(file, png);
            return name;
        } catch (PlaywrightException | IOException e) {
            return null;
        }
    }

    private static ConsentLabels.Role roleOf(ConsentAction action) {
        return switch (action) {
            case ACCEPT -> ConsentLabels.Role.ACCEPT;
            case REJECT -> ConsentLabels.Role.REJECT;
        };
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
