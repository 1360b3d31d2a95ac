package dev.candor.report.html;

import dev.candor.model.CookieObservation;
import dev.candor.model.PhaseRecord;
import dev.candor.model.RequestObservation;
import dev.candor.model.ScanRecord;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Attributions;
import dev.candor.report.html.HtmlView.Mark;
import dev.candor.report.html.HtmlView.Tick;
import dev.candor.report.html.HtmlView.TimelineView;
import java.util.ArrayList;
import java.util.List;

/**
 * One timeline per phase of its first visit, where the consent click happens: third-party
 * requests and cookies as marks over time, tracking ones highlighted, the click drawn as a line.
 */
final class Timelines {

    private static final int MAX_MARKS = 300;

    private Timelines() {}

    static List<TimelineView> of(ScanRecord r, Attributions a, int width) {
        List<TimelineView> out = new ArrayList<>();
        for (PhaseRecord p : r.phases()) {
            List<RequestObservation> requests = p.requests().stream().filter(q -> q.visit() == 0 && q.thirdParty()).toList();
            List<CookieObservation> cookies = p.cookies().stream().filter(c -> c.visit() == 0 && c.atMs() != null && !c.blocked()).toList();
            long span = 1000;
            for (RequestObservation q : requests) {
                span = Math.max(span, q.atMs());
            }
            for (CookieObservation c : cookies) {
                span = Math.max(span, c.atMs());
            }
            Long click = p.consent() != null && p.consent().done() ? p.consent().atMs() : null;
            if (click != null) {
                span = Math.max(span, click);
            }
            span = (long) Math.ceil(span * 1.05);
            List<Mark> marks = new ArrayList<>();
            for (RequestObservation q : requests) {
                if (marks.size() >= MAX_MARKS) {
                    break;
                }
                Attribution at = a.requests().get(q.url());
                boolean tracking = q.beacon() || at != null && HtmlView.TRACKING_CATEGORIES.contains(at.category());
                marks.add(new Mark(x(q.atMs(), span, width), tracking ? 24 : 44, q.beacon() ? "beacon" : "request", tracking,
                        q.host() + " at " + q.atMs() + " ms" + (at == null || at.vendor() == null ? "" : " (" + at.vendor() + ")")));
            }
            for (CookieObservation c : cookies) {
                if (marks.size() >= MAX_MARKS) {
                    break;
                }
                Attribution at = a.cookies().get(c.key());
                boolean tracking = at != null && HtmlView.TRACKING_CATEGORIES.contains(at.category());
                marks.add(new Mark(x(c.atMs(), span, width), 74, "cookie", tracking, "cookie " + c.name() + " at " + c.atMs() + " ms"));
            }
            List<Tick> ticks = new ArrayList<>();
            for (int i = 0; i <= 4; i++) {
                long ms = span * i / 4;
                ticks.add(new Tick(x(ms, span, width), ms >= 1000 ? String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0) : ms + " ms"));
            }
            out.add(new TimelineView(p.phase().id(), span, click == null ? null : x(click, span, width), marks, ticks));
        }
        return out;
    }

    private static int x(long ms, long span, int width) {
        return (int) Math.min(width, Math.round(ms * (double) width / span));
    }
}
