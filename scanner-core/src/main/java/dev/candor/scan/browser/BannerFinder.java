package dev.candor.scan.browser;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Candor's own way to find a consent banner, for banners autoconsent does not know: clickable
 * elements in every frame (Playwright's CSS engine pierces open shadow roots) whose visible label is
 * a consent phrase ({@link ConsentLabels}), preferring those inside an element that looks like a
 * banner (fixed or sticky, a dialog, or an id or class naming cookies or consent).
 */
final class BannerFinder {

    static final String CLICKABLE =
            "button, a, [role=button], [role=link], input[type=button], input[type=submit]";

    /** Walks up from an element, through shadow roots, to the nearest banner-like ancestor. */
    private static final String BANNER_OF = """
            (e, self) => {
              let n = self ? e : e.parentNode, keyword = null;
              for (let d = 0; n && d < 40; d++) {
                if (n.nodeType === 11) { n = n.host; continue; }
                if (n.nodeType !== 1 || n === document.body || n === document.documentElement) { break; }
                const cs = getComputedStyle(n), role = n.getAttribute('role');
                if (cs.position === 'fixed' || cs.position === 'sticky' || role === 'dialog' || role === 'alertdialog'
                    || n.getAttribute('aria-modal') === 'true' || n.tagName === 'DIALOG') { return n; }
                const idc = ((n.id || '') + ' ' + (n.getAttribute('class') || '')).toLowerCase();
                if (!keyword && /cookie|consent|gdpr|banner|privacy|cmp|samtykke|datenschutz|tarteaucitron|klaro/.test(idc)) {
                  keyword = n;
                }
                n = n.parentNode;
              }
              return keyword;
            }""";

    /** Each control's label, whether it is visible (the shared definition in geometry.js) and whether it sits in a banner. */
    private static final String SCAN = "els => { const bannerOf = " + BANNER_OF + ";\n" + BrowserScripts.load("geometry.js") + """

              return els.map(e => [
                (e.innerText || e.value || e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 160),
                visible(e),
                bannerOf(e, false) !== null]);
            }""";

    private static final String CONTAINER = "e => { const bannerOf = " + BANNER_OF + "; return bannerOf(e, false); }";
    private static final String IS_BANNER = "e => { const bannerOf = " + BANNER_OF + "; return bannerOf(e, true) !== null; }";

    /**
     * A visible control whose label is a consent phrase.
     *
     * @param frame the frame holding it
     * @param locator the control, resolvable again for clicking
     * @param match what its label means
     * @param label its visible label
     * @param inBanner whether it sits in a banner-like element
     */
    record Control(Frame frame, Locator locator, ConsentLabels.Match match, String label, boolean inBanner) {
        ConsentLabels.Role role() {
            return match.role();
        }
    }

    /**
     * The consent controls found, best first.
     *
     * @param controls visible matches, those in a banner first
     */
    record Banner(List<Control> controls) {
        Banner {
            controls = List.copyOf(controls);
        }

        Optional<Control> first(ConsentLabels.Role role) {
            return controls.stream().filter(c -> c.role() == role).findFirst();
        }

        boolean has(ConsentLabels.Role role) {
            return first(role).isPresent();
        }

        /** Whether an accept or reject control is visible inside a banner-like element. */
        boolean answerable() {
            return controls.stream().anyMatch(c -> c.inBanner()
                    && (c.role() == ConsentLabels.Role.ACCEPT || c.role() == ConsentLabels.Role.REJECT));
        }
    }

    private final ConsentLabels labels;

    BannerFinder(ConsentLabels labels) {
        this.labels = labels;
    }

    /** The visible consent controls of the page; empty when there are none. */
    Optional<Banner> find(Page page) {
        List<Control> inBanner = new ArrayList<>();
        List<Control> elsewhere = new ArrayList<>();
        for (Frame frame : page.frames()) {
            if (frame.isDetached() || (frame.parentFrame() != null && frame.url().startsWith("about:"))) {
                continue;
            }
            try {
                scan(frame, inBanner, elsewhere);
            } catch (PlaywrightException e) {
                // frames come and go while a page settles; the next look will see the new one
            }
        }
        List<Control> all = new ArrayList<>(inBanner);
        all.addAll(elsewhere);
        return all.isEmpty() ? Optional.empty() : Optional.of(new Banner(all));
    }

    private void scan(Frame frame, List<Control> inBanner, List<Control> elsewhere) {
        Locator clickable = frame.locator(CLICKABLE);
        Object rows = clickable.evaluateAll(SCAN);
        if (!(rows instanceof List<?> list)) {
            return;
        }
        Boolean frameIsBanner = null;
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof List<?> row) || row.size() < 3 || !Boolean.TRUE.equals(row.get(1))) {
                continue;
            }
            String label = String.valueOf(row.get(0));
            Optional<ConsentLabels.Match> match = labels.match(label);
            if (match.isEmpty()) {
                continue;
            }
            boolean banner = Boolean.TRUE.equals(row.get(2));
            if (!banner && frame.parentFrame() != null) {
                // a consent iframe is itself the banner when its element looks like one
                if (frameIsBanner == null) {
                    frameIsBanner = frameElementIsBanner(frame);
                }
                banner = frameIsBanner;
            }
            Control control = new Control(frame, clickable.nth(i), match.get(), label, banner);
            (banner ? inBanner : elsewhere).add(control);
        }
    }

    private static boolean frameElementIsBanner(Frame frame) {
        try {
            return Boolean.TRUE.equals(frame.frameElement().evaluate(IS_BANNER));
        } catch (PlaywrightException e) {
            return false;
        }
    }

    /** The banner-like element holding {@code control}: its frame's element when the frame is the banner; null if none. */
    static ElementHandle containerOf(Control control) {
        try {
            JSHandle handle = control.locator().evaluateHandle(CONTAINER);
            ElementHandle element = handle.asElement();
            if (element != null) {
                return element;
            }
            return control.frame().parentFrame() != null ? control.frame().frameElement() : null;
        } catch (PlaywrightException e) {
            return null;
        }
    }
}
