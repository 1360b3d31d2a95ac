package dev.candor.scan.browser;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ViewportSize;
import dev.candor.model.AtomicFile;
import dev.candor.model.BannerDesign;
import dev.candor.model.Box;
import dev.candor.model.ConsentToggle;
import dev.candor.model.ContrastRatio;
import dev.candor.model.ControlStyle;
import dev.candor.model.Viewport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Measures a consent banner as Chromium rendered it, before anything is clicked: the banner's box
 * and text, each control's label, box, font, colours (transparent backgrounds resolved through the
 * ancestors) and WCAG contrast, and the settings layer's checkboxes and switches as preset. The
 * controls are found by their text ({@link BannerFinder}, {@link ConsentLabels}) even when
 * autoconsent answers the banner, since autoconsent says nothing about how the banner looks.
 *
 * <p>Every call runs inside the caller's watchdog bound (consent driving, or a read of a settled
 * page) and the screenshot has its own timeout; everything the page returns is capped in the
 * script and again here.
 */
final class BannerMeasurer {

    private static final String MEASURE_JS = BrowserScripts.load("banner-measure.js");
    private static final String TOGGLES_JS = BrowserScripts.load("banner-toggles.js");
    private static final int SCREENSHOT_TIMEOUT_MS = 3_000;
    /** "Legitimate interest" in the eight languages Candor reads banners in. */
    private static final Pattern LEGITIMATE_INTEREST = Pattern.compile(
            "legitimate interest|berechtigte[snm]? interesse|intérêt légitime|interet legitime|legitiem(e)? belang"
                    + "|gerechtvaardigd(e)? belang|interés legítimo|interes legitimo|legittimo interesse|interesse legittimo"
                    + "|legitim(e|t)? interesse|berättigat intresse|berättigade intressen",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final BannerFinder finder;
    private final ConsentLabels labels;

    BannerMeasurer(BannerFinder finder, ConsentLabels labels) {
        this.finder = finder;
        this.labels = labels;
    }

    /**
     * Measures the banner showing on {@code page} now, found by its consent controls or, for a notice
     * whose only control Candor does not recognise ("OK"), by what it says.
     *
     * @param screenshotDir where {@code <stem>.png} (the viewport, on which the boxes are drawn) goes; null for none
     * @param cmp the consent manager autoconsent recognised, or null
     * @return empty when no banner is showing or the page would not answer
     */
    Optional<BannerDesign> measure(Page page, Path screenshotDir, String stem, String cmp) {
        try {
            Optional<BannerFinder.Banner> banner = finder.find(page);
            Optional<BannerFinder.Control> anchor = banner.flatMap(b -> b.controls().stream().filter(BannerFinder.Control::inBanner).findFirst());
            Frame frame;
            ElementHandle container;
            if (anchor.isPresent()) {
                frame = anchor.get().frame();
                container = BannerFinder.containerOf(anchor.get());
                if (container != null && frame.parentFrame() != null && isFrameElement(container, frame)) {
                    container = null; // the frame is the banner: measure its whole document
                }
            } else {
                frame = page.mainFrame();
                container = noticeElement(page).orElse(null);
                if (container == null) {
                    return Optional.empty();
                }
            }
            Object raw = frame.evaluate(MEASURE_JS, Arrays.asList(container, BannerFinder.CLICKABLE, BannerDesign.MAX_TEXT,
                    BannerDesign.MAX_LABEL, BannerDesign.MAX_CONTROLS));
            if (!(raw instanceof Map<?, ?> m)) {
                return Optional.empty();
            }
            double[] offset = frameOffset(frame);
            Box bannerBox = box(m.get("banner"), offset);
            if (bannerBox == null && frame.parentFrame() != null) {
                bannerBox = frameBox(frame);
            }
            List<ControlStyle> controls = new ArrayList<>();
            if (m.get("controls") instanceof List<?> rows) {
                for (Object row : rows) {
                    if (row instanceof Map<?, ?> c && controls.size() < BannerDesign.MAX_CONTROLS) {
                        controls.add(control(c, offset));
                    }
                }
            }
            String text = bounded(m.get("text"), BannerDesign.MAX_TEXT);
            String shot = screenshot(page, screenshotDir, stem);
            return Optional.of(new BannerDesign(bounded(page.url(), 2_000), viewport(page), bannerBox, text,
                    Boolean.TRUE.equals(m.get("truncated")), controls, null, shot, cmp));
        } catch (PlaywrightException e) {
            return Optional.empty();
        }
    }

    /** The checkboxes and switches of the settings layer open on {@code page} now, in every frame; empty when there are none. */
    List<ConsentToggle> toggles(Page page) {
        List<ConsentToggle> out = new ArrayList<>();
        for (Frame frame : page.frames()) {
            if (out.size() >= BannerDesign.MAX_TOGGLES) {
                break;
            }
            try {
                Object raw = frame.evaluate(TOGGLES_JS, Arrays.asList(BannerDesign.MAX_LABEL, BannerDesign.MAX_CONTEXT,
                        BannerDesign.MAX_TOGGLES));
                if (raw instanceof List<?> rows) {
                    for (Object row : rows) {
                        if (row instanceof Map<?, ?> t && out.size() < BannerDesign.MAX_TOGGLES) {
                            out.add(toggle(t));
                        }
                    }
                }
            } catch (PlaywrightException e) {
                // a frame that navigated away has no toggles to offer
            }
        }
        return out;
    }

    private ControlStyle control(Map<?, ?> c, double[] offset) {
        String text = bounded(c.get("text"), BannerDesign.MAX_LABEL);
        String role = labels.match(text).map(match -> match.role().name().toLowerCase(Locale.ROOT)).orElse("other");
        String color = String.valueOf(c.get("color"));
        String background = String.valueOf(c.get("background"));
        String bannerBackground = String.valueOf(c.get("bannerBackground"));
        boolean filled = Boolean.TRUE.equals(c.get("filled"));
        boolean bordered = Boolean.TRUE.equals(c.get("bordered"));
        return new ControlStyle(role, text, box(c.get("box"), offset), number(c.get("fontSizePx")), (int) number(c.get("fontWeight")),
                color, background, bannerBackground, ContrastRatio.of(color, background),
                filled ? ContrastRatio.of(background, bannerBackground) : 1.0, !filled && !bordered,
                Boolean.TRUE.equals(c.get("underlined")));
    }

    private static ConsentToggle toggle(Map<?, ?> t) {
        String label = bounded(t.get("label"), BannerDesign.MAX_LABEL);
        String context = bounded(t.get("context"), BannerDesign.MAX_CONTEXT);
        boolean li = LEGITIMATE_INTEREST.matcher(label).find() || LEGITIMATE_INTEREST.matcher(context).find();
        return new ConsentToggle("switch".equals(t.get("kind")) ? "switch" : "checkbox", label, context,
                Boolean.TRUE.equals(t.get("checked")), Boolean.TRUE.equals(t.get("disabled")), li);
    }

    /** The element NoticeProbe would call the notice, in the main frame. */
    private static Optional<ElementHandle> noticeElement(Page page) {
        ElementHandle e = page.mainFrame().evaluateHandle(NoticeProbe.NOTICE_ELEMENT).asElement();
        return Optional.ofNullable(e);
    }

    private static boolean isFrameElement(ElementHandle container, Frame frame) {
        try {
            ElementHandle own = frame.frameElement();
            return Boolean.TRUE.equals(own.evaluate("(a, b) => a === b", container));
        } catch (PlaywrightException e) {
            return false;
        }
    }

    /** Where a frame's document starts on the page (nested frames: their outermost offset is enough for a mark). */
    private static double[] frameOffset(Frame frame) {
        Box b = frameBox(frame);
        return b == null ? new double[] {0, 0} : new double[] {b.x(), b.y()};
    }

    private static Box frameBox(Frame frame) {
        if (frame.parentFrame() == null) {
            return null;
        }
        try {
            BoundingBox b = frame.frameElement().boundingBox();
            return b == null ? null : new Box(b.x, b.y, b.width, b.height);
        } catch (PlaywrightException e) {
            return null;
        }
    }

    private static Viewport viewport(Page page) {
        ViewportSize size = page.viewportSize();
        if (size == null || size.width <= 0 || size.height <= 0) {
            return null;
        }
        return new Viewport(Math.min(size.width, Viewport.MAX_WIDTH), Math.min(size.height, Viewport.MAX_HEIGHT));
    }

    private static String screenshot(Page page, Path dir, String stem) {
        if (dir == null) {
            return null;
        }
        String name = stem + ".png";
        try {
            Files.createDirectories(dir);
            // taken as bytes and written by Candor: a link planted in the output directory must not redirect the write
            byte[] png = page.screenshot(new Page.ScreenshotOptions().setTimeout(SCREENSHOT_TIMEOUT_MS));
            AtomicFile.write(dir.resolve(name), png);
            return name;
        } catch (PlaywrightException | IOException e) {
            return null;
        }
    }

    private static Box box(Object raw, double[] offset) {
        if (!(raw instanceof Map<?, ?> b)) {
            return null;
        }
        return new Box(round(number(b.get("x")) + offset[0]), round(number(b.get("y")) + offset[1]),
                round(number(b.get("width"))), round(number(b.get("height"))));
    }

    private static double number(Object o) {
        if (o instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : 0;
        }
        return 0;
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }

    private static String bounded(Object o, int max) {
        String s = o == null ? "" : String.valueOf(o);
        return s.length() > max ? s.substring(0, max) : s;
    }
}
