package dev.candor.maven;

import dev.candor.core.AuditException;
import dev.candor.core.AuditOutcome;
import dev.candor.report.ConsoleSummary;
import dev.candor.model.finding.Finding;
import java.util.List;

/**
 * What the build does with an audit: pass, fail on findings, or stop on a tool error. Findings over
 * the threshold and "the tool could not do its job" are kept apart, so a red build says which.
 *
 * @param kind which of the three
 * @param message what to show: a summary, the findings one per line, or the one-line error
 */
record BuildVerdict(Kind kind, String message) {

    /** The build results a verdict maps to. */
    enum Kind {
        /** No finding at or above the threshold: the build goes on. */
        PASSED,
        /** Findings at or above the threshold: {@code MojoFailureException}. */
        FINDINGS,
        /** The parameters are wrong: {@code MojoExecutionException}. */
        BAD_CONFIGURATION,
        /** The audit could not finish (no browser, site unreachable, ...): {@code MojoExecutionException}. */
        INCOMPLETE
    }

    /** The verdict on an audit that returned. */
    static BuildVerdict of(AuditOutcome outcome) {
        var completion = outcome.result().record().completion();
        if (!completion.complete()) {
            return new BuildVerdict(Kind.INCOMPLETE, "Candor audit incomplete: " + completion.reason()
                    + "; the evidence recorded so far is in " + outcome.recordFile());
        }
        if (outcome.judgingProblem() != null) {
            return new BuildVerdict(Kind.INCOMPLETE, "Candor could not judge the audit: " + outcome.judgingProblem());
        }
        List<Finding> failing = outcome.failing();
        int total = outcome.result().findings().size();
        String threshold = outcome.failOn().id();
        if (failing.isEmpty()) {
            return new BuildVerdict(Kind.PASSED, "Candor audit passed: " + total + (total == 1 ? " finding" : " findings")
                    + ", none at or above " + threshold + "; report: " + outcome.reportFile());
        }
        StringBuilder m = new StringBuilder("Candor found ").append(failing.size())
                .append(failing.size() == 1 ? " finding" : " findings").append(" at or above ").append(threshold)
                .append(" (candor.failOn); report: ").append(outcome.reportFile());
        for (Finding f : failing) {
            String page = f.firstPage().orElse(null);
            m.append(System.lineSeparator()).append("  [").append(f.severity().id()).append("] ").append(f.ruleId())
                    .append(": ").append(ConsoleSummary.clean(f.subject().label()))
                    .append(f.phase() == null ? "" : " (" + f.phase().id() + ")")
                    .append(page == null ? "" : " on " + ConsoleSummary.clean(page));
        }
        return new BuildVerdict(Kind.FINDINGS, m.toString());
    }

    /** The verdict on an audit that could not start or finish. */
    static BuildVerdict of(AuditException e) {
        return switch (e.kind()) {
            case USAGE -> new BuildVerdict(Kind.BAD_CONFIGURATION, e.getMessage());
            case INCOMPLETE -> new BuildVerdict(Kind.INCOMPLETE, "Candor audit incomplete: " + e.getMessage()
                    + (e.partial() == null ? "" : "; the evidence recorded so far is in " + e.partial().recordFile()));
        };
    }

    /** The verdict on parameters that do not make a request. */
    static BuildVerdict badConfiguration(IllegalArgumentException e) {
        return new BuildVerdict(Kind.BAD_CONFIGURATION, e.getMessage());
    }
}
