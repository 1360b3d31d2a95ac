package dev.candor.core;

import dev.candor.model.Severity;
import dev.candor.report.ReportFormat;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How an audit is judged and reported, the same for a live audit and for {@code candor evaluate}.
 *
 * @param knowledgeBase a knowledge-base file laid over the built-in one, or null
 * @param disabledRules rule ids not to run
 * @param failOn the least severity that fails the audit
 * @param formats the reports to write ({@code report.json} always)
 */
public record Judging(Path knowledgeBase, List<String> disabledRules, Severity failOn, Set<ReportFormat> formats) {

    public Judging {
        disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
        failOn = failOn == null ? Severity.HIGH : failOn;
        Set<ReportFormat> f = EnumSet.of(ReportFormat.JSON);
        f.addAll(formats == null ? ReportFormat.DEFAULT : formats);
        formats = Set.copyOf(f);
    }

    /** The defaults: every rule, the built-in knowledge base, fail on high, JSON and HTML. */
    public static Judging defaults() {
        return new Judging(null, List.of(), Severity.HIGH, ReportFormat.DEFAULT);
    }
}
