package dev.candor.core;

import dev.candor.model.Completion;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.PhaseRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether an audit that visited every phase recorded every page. A visit that timed out, crashed or
 * failed to navigate lost that page's evidence for the phase, so a record with such visits is not
 * complete, and its reason says which phases lost how many pages and why. A planned link that turned
 * out not to be an HTML page (a download) is not a page, so it is not counted as lost.
 */
final class Coverage {

    private Coverage() {}

    /** Finished when no visit was lost; otherwise stopped, with a one-line reason. */
    static Completion of(List<PhaseRecord> phases) {
        List<String> parts = new ArrayList<>();
        int lost = 0;
        int visits = 0;
        for (PhaseRecord p : phases) {
            Map<String, Integer> causes = new LinkedHashMap<>();
            for (PageVisit v : p.pages()) {
                visits++;
                if (isLost(v)) {
                    lost++;
                    causes.merge(cause(v), 1, Integer::sum);
                }
            }
            if (!causes.isEmpty()) {
                List<String> c = new ArrayList<>();
                causes.forEach((why, n) -> c.add(n + " " + why));
                parts.add(p.phase().id() + ": " + String.join(", ", c));
            }
        }
        if (lost == 0) {
            return Completion.finished();
        }
        return Completion.stopped(String.format(Locale.ROOT, "%d of %d page visits not recorded (%s)", lost, visits,
                String.join("; ", parts)));
    }

    static boolean isLost(PageVisit v) {
        if (v.outcome() == PageOutcome.LOADED) {
            return false;
        }
        return !(v.outcome() == PageOutcome.FAILED && v.detail() != null && v.detail().startsWith("not an HTML document"));
    }

    private static String cause(PageVisit v) {
        if (v.outcome() == PageOutcome.TIMEOUT) {
            return "timed out";
        }
        if (v.outcome() == PageOutcome.CRASHED) {
            return "crashed";
        }
        String d = v.detail() == null ? "" : v.detail();
        int net = d.indexOf("net::");
        if (net >= 0) {
            int end = d.indexOf(' ', net);
            return "failed (" + d.substring(net + 5, end < 0 ? d.length() : end) + ")";
        }
        return v.outcome().id();
    }
}
