package dev.candor.cli;

import dev.candor.core.AuditException;
import dev.candor.core.AuditOutcome;
import dev.candor.core.AuditRequest;
import dev.candor.core.Judging;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code candor evaluate DIR}: judges a saved audit again, offline, with this build's rules, the
 * knowledge base asked for, and optionally another policy; writes the same {@code report.json}.
 */
@Command(name = "evaluate", description = "Judge a saved audit folder again (offline): same evidence, this build's rules.",
        mixinStandardHelpOptions = true)
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "AUDIT-DIR", description = "A folder written by 'candor audit' (record.json, policy.json).")
    Path dir;

    @Option(names = "--policy", paramLabel = "URL|FILE", description = "Judge against this policy instead of the saved one (saved as policy.evaluated.json).")
    String policy;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write report.json (default: the audit folder).")
    Path out;

    @Mixin
    PolicyBrowserOptions browserOptions;

    @Mixin
    JudgingOptions judging;

    private final Candor candor;

    EvaluateCommand(Candor candor) {
        this.candor = candor;
    }

    @Override
    public Integer call() {
        Judging j;
        AuditRequest browser = null;
        try {
            j = judging.judging();
            browser = browserOptions.forSource(policy, dir);
        } catch (IllegalArgumentException e) {
            return candor.usageError(e.getMessage());
        }
        try {
            AuditOutcome outcome = candor.auditor(dev.candor.core.AuditListener.SILENT).evaluate(dir, out == null ? dir : out, policy, j,
                    browser);
            return candor.report(outcome);
        } catch (AuditException e) {
            candor.error(e.getMessage());
            return e.exitCode();
        }
    }
}
