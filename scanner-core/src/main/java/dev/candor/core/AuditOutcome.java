package dev.candor.core;

import dev.candor.model.AuditResult;
import dev.candor.model.finding.Finding;
import dev.candor.model.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What an audit produced and where it wrote it.
 *
 * @param result the evidence, the policy reading and the findings
 * @param recordFile {@code record.json}
 * @param reportFile {@code report.json}
 * @param failOn the threshold the verdict uses
 * @param judgingProblem why the rules could not judge the evidence (one line), or null when they did
 * @param reports every report file written, {@code report.json} first
 * @param warnings what the user must know about the gate (an expired suppression), one line each
 */
public record AuditOutcome(AuditResult result, Path recordFile, Path reportFile, Severity failOn, String judgingProblem,
        List<Path> reports, List<String> warnings) {

    public AuditOutcome {
        reports = reports == null ? List.of(reportFile) : List.copyOf(reports);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An outcome without gate warnings. */
    public AuditOutcome(AuditResult result, Path recordFile, Path reportFile, Severity failOn, String judgingProblem,
            List<Path> reports) {
        this(result, recordFile, reportFile, failOn, judgingProblem, reports, List.of());
    }

    /** The HTML report, when one was written. */
    public java.util.Optional<Path> htmlReport() {
        return reports.stream().filter(p -> p.getFileName().toString().endsWith(".html")).findFirst();
    }

    /** The findings that fail the gate: at or above the threshold, not suppressed, new when a baseline was given. */
    public List<Finding> failing() {
        return result.findings().stream().filter(f -> f.fails(failOn)).toList();
    }

    /** Whether the audit passed: it ran to its end, was judged, and no finding reaches the threshold. */
    public boolean passed() {
        return result.record().completion().complete() && judgingProblem == null && failing().isEmpty();
    }
}
