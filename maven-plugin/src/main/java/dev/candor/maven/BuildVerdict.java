package dev.candor.maven;

import dev.candor.core.AuditException;
import dev.candor.core.AuditOutcome;
import dev.candor.core.settings.Wording;
import dev.candor.model.finding.Finding;
import dev.candor.report.ConsoleSummary;
import java.util.List;

/**
 * What the build does with a judged run: pass, fail on findings, or stop on a tool error. Findings
 * over the threshold and "the tool could not do its job" are kept apart, so a red build says which.
 *
 * @param kind which of the three
 * @param message what to show: a summary, the findings one per line, or the one-line error
 */
record BuildVerdict(Kind kind, String message) {

    /** The build results a verdict maps to. */
    enum Kind {
        /** No finding fails the gate: the build goes on. */
        PASSED,
        /** Findings at or above the threshold, neither suppressed nor in the baseline: {@code MojoFailureException}. */
        FINDINGS,
        /** The parameters are wrong: {@code MojoExecutionException}. */
        BAD_CONFIGURATION,
        /** The run could not finish (no browser, site unreachable, ...): {@code MojoExecutionException}. */
        INCOMPLETE
    }

    /**
     * The verdict on a run that returned.
     *
     * @param what "audit" or "source scan"
     */
    static BuildVerdict of(AuditOutcome outcome, String what) {
        var completion = outcome.result().record().completion();
        if (!completion.complete()) {
            return new BuildVerdict(Kind.INCOMPLETE, "Candor " + what + " incomplete: " + Wording.MAVEN.render(completion.reason())
                    + "; the evidence recorded so far is in " + outcome.recordFile());
        }
        if (outcome.judgingProblem() != null) {
            return new BuildVerdict(Kind.INCOMPLETE, "Candor could not judge the " + what + ": " + outcome.judgingProblem());
        }
        List<Finding> failing = outcome.failing();
        List<Finding> all = outcome.result().findings();
        String threshold = outcome.failOn().id();
        String report = outcome.htmlReport().orElse(outcome.reportFile()).toString();
        String setAside = setAside(all);
        if (failing.isEmpty()) {
            return new BuildVerdict(Kind.PASSED, "Candor " + what + " passed: " + all.size() + (all.size() == 1 ? " finding" : " findings")
                    + ", none failing at or above " + threshold + setAside + "; report: " + report);
        }
        StringBuilder m = new StringBuilder("Candor found ").append(failing.size())
                .append(failing.size() == 1 ? " finding" : " findings").append(" at or above ").append(threshold)
                .append(" (candor.failOn)").append(setAside).append("; report: ").append(report);
        for (Finding f : failing) {
            String where = f.firstSource().map(s -> " at " + s).orElse(f.firstPage().map(p -> " on " + p).orElse(""));
            m.append(System.lineSeparator()).append("  [").append(f.severity().id()).append("] ").append(f.ruleId())
                    .append(": ").append(ConsoleSummary.clean(f.subject().label()))
                    .append(f.phase() == null ? "" : " (" + f.phase().id() + ")")
                    .append(ConsoleSummary.clean(where))
                    .append(f.newSinceBaseline() ? " [new since the baseline]" : "");
        }
        return new BuildVerdict(Kind.FINDINGS, m.toString());
    }

    /** "; 2 suppressed, 5 in the baseline" for findings the gate set aside, or empty. */
    private static String setAside(List<Finding> all) {
        String setAside = dev.candor.model.finding.Triage.setAside(all);
        return setAside.isEmpty() ? "" : "; " + setAside + " (not counted)";
    }

    /** The verdict on a run that could not start or finish. */
    static BuildVerdict of(AuditException e, String what) {
        String message = Wording.MAVEN.render(e.getMessage());
        return switch (e.kind()) {
            case USAGE -> new BuildVerdict(Kind.BAD_CONFIGURATION, message);
            case INCOMPLETE -> new BuildVerdict(Kind.INCOMPLETE, "Candor " + what + " incomplete: " + message
                    + (e.partial() == null ? "" : "; the evidence recorded so far is in " + e.partial().recordFile()));
        };
    }
}
