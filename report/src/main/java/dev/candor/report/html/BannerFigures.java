package dev.candor.report.html;

import dev.candor.model.BannerDesign;
import dev.candor.model.Box;
import dev.candor.model.ConsentToggle;
import dev.candor.model.ControlStyle;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import dev.candor.report.ReportContext;
import dev.candor.report.SiteText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The banner measured for a finding, drawn as its screenshot with each control's box outlined from
 * the recorded coordinates (inline SVG over the embedded PNG, so the report stays self-contained),
 * and the measurements as rows. Each screenshot is embedded once and referenced by every figure.
 */
final class BannerFigures {

    /** Every screenshot the findings use, embedded once: id to data URI. */
    private final Map<String, HtmlView.Shot> shots = new LinkedHashMap<>();
    private final ReportContext ctx;

    BannerFigures(ReportContext ctx) {
        this.ctx = ctx;
    }

    /** The figures of one finding's banner evidence, one per phase measured. */
    List<HtmlView.BannerFigure> of(Finding f) {
        List<HtmlView.BannerFigure> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (e instanceof Evidence.BannerSeen b && b.design() != null && out.size() < 3) {
                out.add(figure(b));
            }
        }
        return out;
    }

    /** The screenshots to embed, in first-use order. */
    List<HtmlView.Shot> shots() {
        return List.copyOf(shots.values());
    }

    private HtmlView.BannerFigure figure(Evidence.BannerSeen b) {
        BannerDesign d = b.design();
        int width = d.viewport() == null ? 1366 : d.viewport().width();
        int height = d.viewport() == null ? 768 : d.viewport().height();
        String shotId = shot(d.screenshot(), width, height);
        List<HtmlView.ControlMark> marks = new ArrayList<>();
        List<HtmlView.ControlRow> rows = new ArrayList<>();
        int n = 0;
        for (ControlStyle c : d.controls()) {
            n++;
            boolean marked = b.marked().contains(c.role());
            Box x = c.box();
            if (x != null) {
                marks.add(new HtmlView.ControlMark(n, (int) Math.round(x.x()), (int) Math.round(x.y()), (int) Math.max(1, Math.round(x.width())),
                        (int) Math.max(1, Math.round(x.height())), c.role(), marked));
            }
            rows.add(new HtmlView.ControlRow(n, c.role(), c.text(), x == null ? "" : String.format(Locale.ROOT, "%.0f\u00d7%.0f at %.0f,%.0f (%.0f px\u00b2)",
                    x.width(), x.height(), x.x(), x.y(), x.area()),
                    String.format(Locale.ROOT, "%.0f px, weight %d", c.fontSizePx(), c.fontWeight()), c.color(), c.background(),
                    String.format(Locale.ROOT, "%.2f:1", c.textContrast()),
                    c.linkStyled() ? "text link" + (c.underlined() ? " (underlined)" : "") : c.filledButton() ? "filled button" : "button (outline or faint fill)",
                    marked));
        }
        List<HtmlView.ToggleRow> toggles = new ArrayList<>();
        if (d.toggles() != null) {
            for (ConsentToggle t : d.toggles()) {
                toggles.add(new HtmlView.ToggleRow(t.label().isBlank() ? t.context() : t.label(), t.checked() ? "on" : "off",
                        (t.disabled() ? "disabled; " : "") + (t.legitimateInterest() ? "legitimate interest; " : "") + t.kind(), t.checked()));
            }
        }
        Box banner = d.banner();
        return new HtmlView.BannerFigure(b.phase() == null ? "" : b.phase().id(), SiteText.visible(d.page()), shotId, width, height,
                banner == null ? null : new HtmlView.ControlMark(0, (int) Math.round(banner.x()), (int) Math.round(banner.y()),
                        (int) Math.max(1, Math.round(banner.width())), (int) Math.max(1, Math.round(banner.height())), "banner", false),
                marks, rows, toggles, SiteText.visible(d.text() == null ? "" : d.text()) + (d.textTruncated() ? " [\u2026]" : ""));
    }

    private String shot(String name, int width, int height) {
        if (name == null) {
            return null;
        }
        HtmlView.Shot known = shots.get(name);
        if (known != null) {
            return known.id();
        }
        String uri = HtmlReport.png(ctx, name);
        if (uri == null) {
            return null;
        }
        HtmlView.Shot s = new HtmlView.Shot("banner-shot-" + shots.size(), uri, width, height);
        shots.put(name, s);
        return s.id();
    }
}
