package dev.candor.cli;

import dev.candor.core.AuditRequest;
import dev.candor.core.Judging;
import dev.candor.model.Severity;
import dev.candor.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How findings are judged, gated and reported; the same for {@code audit}, {@code demo}, {@code evaluate} and {@code report}. */
final class JudgingOptions {

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 when a finding is at least this severe: critical, high, medium, low, info (default: ${DEFAULT-VALUE}).",
            defaultValue = "high")
    String failOn;

    @Option(names = "--knowledge-base", paramLabel = "FILE", description = "A knowledge-base file (the format of vendors.json) laid over the built-in one.")
    Path knowledgeBase;

    @Option(names = "--disable-rule", paramLabel = "ID", description = "A rule not to run (see 'candor rules'); repeatable.")
    List<String> disabledRules = new ArrayList<>();

    @Option(names = "--format", paramLabel = "LIST", description = "Reports to write: json, html, sarif, junit, md, csv, comma-separated (default: ${DEFAULT-VALUE}; report.json always).",
            defaultValue = "json,html")
    String formats;

    /** Throws IllegalArgumentException with a one-line message for a bad severity. */
    Judging judging() {
        Severity threshold;
        try {
            threshold = Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fail-on must be one of critical, high, medium, low, info; got '" + failOn + "'");
        }
        return new Judging(knowledgeBase, disabledRules, threshold, ReportFormat.parse(formats));
    }

    AuditRequest.Builder apply(AuditRequest.Builder b) {
        Judging j = judging();
        return b.failOn(j.failOn()).knowledgeBase(j.knowledgeBase()).disabledRules(j.disabledRules()).formats(j.formats());
    }
}
