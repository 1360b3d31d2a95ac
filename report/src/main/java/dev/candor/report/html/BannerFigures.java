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
    private final Map<String, BannerView.Shot> shots = new LinkedHashMap<>();
    private final ReportContext ctx;
    /** CSS pixels shown around the banner. */
    private static final int MARGIN = 40;

    BannerFigures(ReportContext ctx) {
        this.ctx = ctx;
    }

    /** The figures of one finding's banner evidence, one per phase measured. */
    List<BannerView.Figure> of(Finding f) {
        List<BannerView.Figure> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (e instanceof Evidence.BannerSeen b && b.design() != null && out.size() < 3) {
                out.add(figure(b));
            }
        }
        return out;
    }

    /** The screenshots to embed, in first-use order. */
    List<BannerView.Shot> shots() {
        return List.copyOf(shots.values());
    }

    private BannerView.Figure figure(Evidence.BannerSeen b) {
        BannerDesign d = b.design();
        int width = d.viewport() == null ? 1366 : d.viewport().width();
        int height = d.viewport() == null ? 768 : d.viewport().height();
        String shotId = shot(d.screenshot(), width, height);
        List<BannerView.ControlMark> marks = new ArrayList<>();
        List<BannerView.ControlRow> rows = new ArrayList<>();
        int n = 0;
        for (ControlStyle c : d.controls()) {
            n++;
            boolean marked = b.marked().contains(c.role());
            Box x = c.box();
            if (x != null) {
                marks.add(new BannerView.ControlMark(n, (int) Math.round(x.x()), (int) Math.round(x.y()), (int) Math.max(1, Math.round(x.width())),
                        (int) Math.max(1, Math.round(x.height())), c.role(), marked));
            }
            rows.add(new BannerView.ControlRow(n, c.role(), c.text(), x == null ? "" : String.format(Locale.ROOT, "%.0f\u00d7%.0f at %.0f,%.0f (%.0f px\u00b2)",
                    x.width(), x.height(), x.x(), x.y(), x.area()),
                    String.format(Locale.ROOT, "%.0f px, weight %d", c.fontSizePx(), c.fontWeight()), c.color(), c.background(),
                    String.format(Locale.ROOT, "%.2f:1", c.textContrast()),
                    c.linkStyled() ? "text link" + (c.underlined() ? " (underlined)" : "") : c.filledButton() ? "filled button" : "button (outline or faint fill)",
                    marked));
        }
        List<BannerView.ToggleRow> toggles = new ArrayList<>();
        if (d.toggles() != null) {
            for (ConsentToggle t : d.toggles()) {
                String row = t.context().equals(t.label()) || t.context().isBlank() ? "" : " (row: " + t.context() + ")";
                toggles.add(new BannerView.ToggleRow((t.label().isBlank() ? t.context() : t.label() + row), t.checked() ? "on" : "off",
                        (t.disabled() ? "disabled; " : "") + (t.legitimateInterest() ? "legitimate interest; " : "") + t.kind(), t.checked()));
            }
        }
        Box banner = d.banner();
        int[] view = view(banner, d.controls(), width, height);
        return new BannerView.Figure(b.phase() == null ? "" : b.phase().id(), SiteText.visible(d.page()), shotId, view[0], view[1],
                view[2], view[3],
                banner == null ? null : new BannerView.ControlMark(0, (int) Math.round(banner.x()), (int) Math.round(banner.y()),
                        (int) Math.max(1, Math.round(banner.width())), (int) Math.max(1, Math.round(banner.height())), "banner", false),
                marks, rows, toggles, SiteText.visible(d.text() == null ? "" : d.text()) + (d.textTruncated() ? " [\u2026]" : ""));
    }

    /** The part of the viewport to show: the banner (or its controls) with a margin, so its labels stay legible. */
    private static int[] view(Box banner, List<ControlStyle> controls, int width, int height) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        List<Box> boxes = new ArrayList<>();
        if (banner != null) {
            boxes.add(banner);
        }
        controls.stream().map(ControlStyle::box).filter(java.util.Objects::nonNull).forEach(boxes::add);
        for (Box x : boxes) {
            x0 = Math.min(x0, x.x());
            y0 = Math.min(y0, x.y());
            x1 = Math.max(x1, x.x() + x.width());
            y1 = Math.max(y1, x.y() + x.height());
        }
        if (boxes.isEmpty()) {
            return new int[] {0, 0, width, height};
        }
        int left = (int) Math.max(0, Math.floor(x0 - MARGIN));
        int top = (int) Math.max(0, Math.floor(y0 - MARGIN));
        int right = (int) Math.min(width, Math.ceil(x1 + MARGIN));
        int bottom = (int) Math.min(height, Math.ceil(y1 + MARGIN));
        if (right - left < 40 || bottom - top < 20) {
            return new int[] {0, 0, width, height};
        }
        return new int[] {left, top, right - left, bottom - top};
    }

    private String shot(String name, int width, int height) {
        if (name == null) {
            return null;
        }
        BannerView.Shot known = shots.get(name);
        if (known != null) {
            return known.id();
        }
        String uri = HtmlReport.png(ctx, name);
        if (uri == null) {
            return null;
        }
        BannerView.Shot s = new BannerView.Shot("banner-shot-" + shots.size(), uri, width, height);
        shots.put(name, s);
        return s.id();
    }
}
