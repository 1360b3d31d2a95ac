package dev.candor.model;

/**
 * How one control of a consent banner looked before anything was clicked, as Chromium computed it.
 *
 * @param role what its label says it does: {@code accept}, {@code reject}, {@code settings},
 *     {@code save}, or {@code other} for a control Candor does not recognise ("OK", "More")
 * @param text its visible label (at most {@link BannerDesign#MAX_LABEL} characters)
 * @param box where it was drawn
 * @param fontSizePx its computed font size
 * @param fontWeight its computed font weight (400 normal, 700 bold)
 * @param color its text colour, {@code #rrggbb}, blended over its background
 * @param background the colour behind its text, {@code #rrggbb}: its own background, or the first
 *     opaque one of its ancestors when its own is transparent
 * @param bannerBackground the banner's own background behind the control, {@code #rrggbb}
 * @param textContrast WCAG 2 contrast ratio of {@code color} against {@code background} (1 to 21)
 * @param backgroundContrast WCAG 2 contrast ratio of {@code background} against {@code bannerBackground}:
 *     how much a filled button stands out from the banner (1 when it has no fill of its own)
 * @param linkStyled whether it looks like a link, not a button: no fill of its own and no border
 * @param underlined whether its text is underlined
 */
public record ControlStyle(
        String role,
        String text,
        Box box,
        double fontSizePx,
        int fontWeight,
        String color,
        String background,
        String bannerBackground,
        double textContrast,
        double backgroundContrast,
        boolean linkStyled,
        boolean underlined) {

    /** Whether it has a fill of its own that stands out from the banner (a button, not a link). */
    public boolean filledButton() {
        return !linkStyled && backgroundContrast >= 1.5;
    }
}
