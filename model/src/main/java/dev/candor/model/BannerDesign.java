package dev.candor.model;

import java.util.List;

/**
 * The consent banner as a visitor first saw it on a phase's first page, measured in the rendered
 * page before any click: its box and text, each visible control's label and computed style, and,
 * when Candor opened it, the settings layer's checkboxes and switches as they were preset.
 *
 * <p>Everything here comes from the site, so every string is bounded and the lists are capped.
 *
 * @param page the URL of the page it was measured on
 * @param viewport the window size it was drawn in
 * @param banner the banner element's box; null when only its controls were found
 * @param text the banner's visible text, white space collapsed (at most {@link #MAX_TEXT} characters)
 * @param textTruncated whether {@code text} was cut at {@link #MAX_TEXT}
 * @param controls its visible controls, in document order (at most {@link #MAX_CONTROLS})
 * @param toggles the settings layer's toggles, in document order (at most {@link #MAX_TOGGLES});
 *     null when Candor did not open a settings layer in this phase
 * @param screenshot file name (inside the output directory) of a viewport screenshot taken at the
 *     moment of measurement, on which the boxes are drawn; null when none could be taken
 * @param cmp the consent manager autoconsent recognised, {@code custom} when none, or null when unknown
 */
public record BannerDesign(
        String page,
        Viewport viewport,
        Box banner,
        String text,
        boolean textTruncated,
        List<ControlStyle> controls,
        List<ConsentToggle> toggles,
        String screenshot,
        String cmp) {

    /** The longest banner text kept. */
    public static final int MAX_TEXT = 2_000;
    /** The longest control or toggle label kept. */
    public static final int MAX_LABEL = 120;
    /** The longest toggle context kept. */
    public static final int MAX_CONTEXT = 300;
    /** The most controls kept. */
    public static final int MAX_CONTROLS = 16;
    /** The most toggles kept. */
    public static final int MAX_TOGGLES = 60;

    public BannerDesign {
        controls = controls == null ? List.of() : List.copyOf(controls);
        toggles = toggles == null ? null : List.copyOf(toggles);
    }

    /** The first control with {@code role}; null when there is none. */
    public ControlStyle first(String role) {
        return controls.stream().filter(c -> role.equals(c.role())).findFirst().orElse(null);
    }

    /** The same banner with the settings layer's toggles. */
    public BannerDesign withToggles(List<ConsentToggle> found) {
        return new BannerDesign(page, viewport, banner, text, textTruncated, controls, found, screenshot, cmp);
    }
}
