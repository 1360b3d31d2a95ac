package dev.candor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.core.AuditException;
import dev.candor.core.AuditOutcome;
import dev.candor.core.Judging;
import dev.candor.model.CandorJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code candor report DIR --format ...}: renders a saved audit again, offline, in the formats
 * asked for. The evidence is judged as it was (the rules its {@code report.json} says were
 * disabled stay disabled), so only the presentation changes. Exit 0 once written; 2 or 3 as
 * {@code evaluate} for bad input.
 */
@Command(name = "report", description = "Render a saved audit folder again (offline) in the formats asked for.",
        mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "AUDIT-DIR", description = "A folder written by 'candor audit'.")
    Path dir;

    @Mixin
    JudgingOptions judging;

    private final Candor candor;

    ReportCommand(Candor candor) {
        this.candor = candor;
    }

    @Override
    public Integer call() {
        Judging j;
        try {
            Judging asked = judging.judging();
            List<String> disabled = new ArrayList<>(asked.disabledRules());
            disabled.addAll(disabledBefore(dir));
            j = new Judging(asked.knowledgeBase(), disabled.stream().distinct().toList(), asked.failOn(), asked.formats());
        } catch (IllegalArgumentException e) {
            return candor.usageError(e.getMessage());
        }
        try {
            AuditOutcome outcome = candor.auditor(dev.candor.core.AuditListener.SILENT).evaluate(dir, dir, null, j, null);
            outcome.reports().forEach(p -> candor.out().println("wrote " + p));
            outcome.htmlReport().ifPresent(html -> candor.out().println("open: " + html.toUri()));
            return outcome.judgingProblem() == null ? ExitCode.PASSED.code() : ExitCode.INCOMPLETE.code();
        } catch (AuditException e) {
            candor.error(e.getMessage());
            return e.exitCode();
        }
    }

    /** The rules the saved report was judged without; none when there is no readable report. */
    private static List<String> disabledBefore(Path dir) {
        Path report = dir.resolve("report.json");
        if (!Files.isRegularFile(report)) {
            return List.of();
        }
        try {
            JsonNode rules = CandorJson.mapper().readTree(report.toFile()).path("judgedBy").path("disabledRules");
            List<String> out = new ArrayList<>();
            rules.forEach(r -> out.add(r.asText()));
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }
}
