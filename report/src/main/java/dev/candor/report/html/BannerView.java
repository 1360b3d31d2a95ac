package dev.candor.report.html;

import dev.candor.report.SiteText;
import java.util.List;

/** The banner figures of the HTML report: plain values the template lays out (see {@link BannerFigures}). */
public final class BannerView {

    private BannerView() {}

    /** A banner screenshot embedded once (as a data URI) and drawn by every figure that names its id. */
    public record Shot(String id, String dataUri, int width, int height) {}

    /**
     * The banner a finding is about: its screenshot (by {@link Shot} id, null when none could be
     * embedded), the part of it shown (the banner with a margin, in the screenshot's CSS pixels), the
     * banner's and the controls' boxes, and the measurements.
     */
    public record Figure(String phase, String page, String shotId, int viewX, int viewY, int viewWidth, int viewHeight, ControlMark banner,
            List<ControlMark> marks, List<ControlRow> controls, List<ToggleRow> toggles, String text) {}

    /** A box to outline, numbered like its row; {@code marked} for the controls the finding is about. */
    public record ControlMark(int number, int x, int y, int width, int height, String role, boolean marked) {
        /** Its style classes: by role, thicker when marked. */
        public String cssClass() {
            return "m-" + (role == null ? "other" : role.replaceAll("[^a-z]", "")) + (marked ? " marked" : "");
        }

        /** The outline is drawn just outside the box, so it does not hide the control's own edge. */
        public int outlineX() {
            return x - 3;
        }

        public int outlineY() {
            return y - 3;
        }

        public int outlineWidth() {
            return width + 6;
        }

        public int outlineHeight() {
            return height + 6;
        }

        /** Where the number label goes: above the box, or inside it at the top edge. */
        public int labelY() {
            return y > 24 ? y - 7 : y + 18;
        }
    }

    /** A control's measurements as shown. */
    public record ControlRow(int number, String role, String text, String box, String font, String color, String background,
            String contrast, String style, boolean marked) {
        public ControlRow {
            text = SiteText.visible(text);
            color = SiteText.visible(color);
            background = SiteText.visible(background);
        }

        /** The text colour for a CSS swatch: only {@code #rrggbb} reaches a style attribute, so a record cannot smuggle in a {@code url()}. */
        public String colorSwatch() {
            return swatch(color);
        }

        /** The background for a CSS swatch, checked like {@link #colorSwatch()}. */
        public String backgroundSwatch() {
            return swatch(background);
        }

        private static String swatch(String css) {
            return css != null && css.matches("#[0-9a-fA-F]{6}") ? css : "transparent";
        }
    }

    /** A settings-layer toggle as found. */
    public record ToggleRow(String label, String state, String detail, boolean on) {
        public ToggleRow {
            label = SiteText.visible(label);
        }
    }
}
