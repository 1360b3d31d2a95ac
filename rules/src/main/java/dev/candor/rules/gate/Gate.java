package dev.candor.rules.gate;

import dev.candor.model.finding.Finding;
import dev.candor.model.finding.Triage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a team has accepted (suppressions) and already had (a baseline), applied to findings. Pure:
 * the date is given, so a saved audit gates the same way on the same day.
 *
 * @param suppressionsFile the suppressions file as given, or null
 * @param suppressions its entries
 * @param baseline the baseline, or null
 */
public record Gate(Path suppressionsFile, List<Suppression> suppressions, Baseline baseline) {

    /** No suppressions, no baseline: every finding stands as reported. */
    public static final Gate NONE = new Gate(null, List.of(), null);

    public Gate {
        suppressions = List.copyOf(suppressions);
    }

    /**
     * The findings with their triage, in the same order, and a warning for each expired suppression.
     *
     * @param today the day that decides expiry
     */
    public Result apply(List<Finding> findings, LocalDate today) {
        List<String> warnings = new ArrayList<>();
        for (Suppression s : suppressions) {
            if (s.expiredOn(today)) {
                warnings.add("suppression " + s.describe() + " in " + suppressionsFile + " expired on " + s.expires()
                        + " and no longer suppresses; renew it with a new reason and date, or fix the finding");
            }
        }
        if (suppressions.isEmpty() && baseline == null) {
            return new Result(findings, warnings);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Triage.Suppressed by = null;
            for (Suppression s : suppressions) {
                if (!s.expiredOn(today) && s.matches(f)) {
                    by = new Triage.Suppressed(String.valueOf(suppressionsFile), s.entry(), s.line(), s.reason(), s.expires());
                    break;
                }
            }
            out.add(f.withTriage(new Triage(by, baseline == null ? null : !baseline.contains(f))));
        }
        return new Result(out, warnings);
    }

    /**
     * Gated findings.
     *
     * @param findings every finding, each with its triage
     * @param warnings one line per expired suppression
     */
    public record Result(List<Finding> findings, List<String> warnings) {
        public Result {
            findings = List.copyOf(findings);
            warnings = List.copyOf(warnings);
        }
    }
}
