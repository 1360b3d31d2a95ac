package dev.candor.report;

import dev.candor.model.BannerDesign;
import dev.candor.model.ConsentToggle;
import dev.candor.model.ControlStyle;
import dev.candor.model.WithdrawalOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Banner measurements and withdrawal options in words, for every report that shows evidence as
 * text. Raw like {@link EvidenceLines}: each format makes site text safe.
 */
public final class BannerWords {

    private static final int MAX_TOGGLES_NAMED = 8;

    private BannerWords() {}

    /** {@code banner 1366x200 at 0,568 on https://...: "We use cookies ..." (3 controls)}. */
    public static String summary(BannerDesign d) {
        if (d == null) {
            return "banner not measured";
        }
        String text = d.text() == null ? "" : d.text();
        String quoted = text.length() > 160 ? text.substring(0, 160) + "\u2026" : text;
        return (d.banner() == null ? "banner" : String.format(Locale.ROOT, "banner %.0fx%.0f at %.0f,%.0f", d.banner().width(), d.banner().height(),
                d.banner().x(), d.banner().y())) + (d.viewport() == null ? "" : " in a " + d.viewport() + " window")
                + (quoted.isEmpty() ? "" : ": \"" + quoted + "\"") + " (" + d.controls().size() + " control(s))";
    }

    /** Each control's role, label, box, font, colours, contrast and style; then the toggles when a settings layer was opened. */
    public static String controls(BannerDesign d) {
        if (d == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (ControlStyle c : d.controls()) {
            parts.add(control(c));
        }
        if (d.toggles() != null) {
            List<String> t = new ArrayList<>();
            for (ConsentToggle x : d.toggles().subList(0, Math.min(MAX_TOGGLES_NAMED, d.toggles().size()))) {
                t.add("\"" + (x.label().isBlank() ? x.context() : x.label()) + "\" " + (x.checked() ? "on" : "off")
                        + (x.disabled() ? " (disabled)" : "") + (x.legitimateInterest() ? " (legitimate interest)" : ""));
            }
            parts.add("settings layer toggles: " + (t.isEmpty() ? "none" : String.join(", ", t))
                    + (d.toggles().size() > MAX_TOGGLES_NAMED ? " and " + (d.toggles().size() - MAX_TOGGLES_NAMED) + " more" : ""));
        }
        return String.join("; ", parts);
    }

    /** {@code accept "Accept all" 180x44 px, 16 px weight 700, #ffffff on #1b7f3b (5.20:1), filled button}. */
    public static String control(ControlStyle c) {
        return c.role() + " \"" + c.text() + "\" " + (c.box() == null ? "" : String.format(Locale.ROOT, "%.0fx%.0f px, ", c.box().width(), c.box().height()))
                + String.format(Locale.ROOT, "%.0f px weight %d, %s on %s (%.2f:1), ", c.fontSizePx(), c.fontWeight(), c.color(), c.background(),
                c.textContrast()) + (c.linkStyled() ? "text link" : c.filledButton() ? "filled button" : "button");
    }

    /** What was found to reopen the choice, or that nothing was. */
    public static String withdrawal(WithdrawalOption w) {
        if (w == null) {
            return "not looked for";
        }
        if (!w.found()) {
            return "no link or button to reopen the consent choice on " + w.pagesChecked() + " page(s) after accepting";
        }
        return w.kind() + " \"" + w.text() + "\" on " + w.page();
    }
}
