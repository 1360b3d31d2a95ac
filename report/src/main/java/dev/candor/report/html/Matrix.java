package dev.candor.report.html;

import dev.candor.model.CookieObservation;
import dev.candor.model.PhaseRecord;
import dev.candor.model.RequestObservation;
import dev.candor.model.ScanRecord;
import dev.candor.model.StorageObservation;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Attributions;
import dev.candor.report.html.HtmlView.Cell;
import dev.candor.report.html.HtmlView.MatrixRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor-by-phase matrix: for every vendor (or unattributed third-party host), how many
 * cookies, storage keys, beacons and requests it had in each phase, so a reader sees at a glance
 * what consent changed and what "reject" failed to stop.
 */
final class Matrix {

    private static final int MAX_ROWS = 80;

    private Matrix() {}

    private static final class Row {
        final String name;
        String category = "unknown";
        final Map<Integer, int[]> counts = new LinkedHashMap<>();

        Row(String name) {
            this.name = name;
        }

        int[] in(int phase) {
            return counts.computeIfAbsent(phase, k -> new int[4]);
        }
    }

    static List<MatrixRow> rows(ScanRecord r, Attributions a) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < r.phases().size(); i++) {
            PhaseRecord p = r.phases().get(i);
            for (CookieObservation c : p.cookies()) {
                Attribution at = a.cookies().get(c.key());
                if (!c.blocked() && (at != null && at.vendor() != null || !c.firstParty())) {
                    row(rows, at, c.domain().replaceFirst("^\\.", "")).in(i)[0]++;
                }
            }
            for (StorageObservation s : p.storage()) {
                Attribution at = HtmlView.storage(a, s);
                if (at != null && at.vendor() != null || !s.firstParty()) {
                    row(rows, at, s.origin()).in(i)[1]++;
                }
            }
            for (RequestObservation q : p.requests()) {
                if (q.thirdParty()) {
                    int[] c = row(rows, a.requests().get(q.url()), q.host()).in(i);
                    c[q.beacon() ? 2 : 3]++;
                }
            }
        }
        List<MatrixRow> out = new ArrayList<>();
        for (Row row : rows.values()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < r.phases().size(); i++) {
                int[] c = row.counts.getOrDefault(i, new int[4]);
                cells.add(new Cell(c[0], c[1], c[2], c[3], c[0] + c[1] + c[2] + c[3] == 0));
            }
            out.add(new MatrixRow(row.name, row.category, HtmlView.TRACKING_CATEGORIES.contains(row.category), cells));
        }
        out.sort(Comparator.comparing((MatrixRow m) -> !m.tracking()).thenComparing(MatrixRow::name));
        return out.size() > MAX_ROWS ? out.subList(0, MAX_ROWS) : out;
    }

    private static Row row(Map<String, Row> rows, Attribution at, String fallback) {
        String name = at != null && at.vendor() != null ? at.vendor() : fallback;
        Row row = rows.computeIfAbsent(name, Row::new);
        if (at != null && at.category() != null && row.category.equals("unknown")) {
            row.category = at.category();
        }
        return row;
    }
}
