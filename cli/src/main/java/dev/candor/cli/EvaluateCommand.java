package dev.candor.cli;

import dev.candor.core.AuditException;
import dev.candor.core.AuditOutcome;
import dev.candor.core.AuditRequest;
import dev.candor.core.Judging;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingValues;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/**
 * {@code candor evaluate DIR}: judges a saved audit again, offline, with this build's rules, the
 * knowledge base asked for, and optionally another policy ({@code --policy}, saved as
 * {@code policy.evaluated.json}); writes the same {@code report.json}.
 */
@Command(name = "evaluate", description = "Judge a saved audit folder again (offline): same evidence, this build's rules.",
        mixinStandardHelpOptions = true)
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "AUDIT-DIR", description = "A folder written by 'candor audit' (record.json, policy.json).")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write report.json (default: the audit folder).")
    Path out;

    @Spec
    CommandSpec spec;

    private final Candor candor;

    EvaluateCommand(Candor candor) {
        this.candor = candor;
    }

    @Override
    public Integer call() {
        Judging j;
        AuditRequest browser;
        String policy;
        try {
            SettingValues v = SettingOptions.values(spec, Setting.Use.EVALUATE).build();
            j = Judging.from(v);
            policy = v.text(Setting.POLICY);
            browser = AuditRequest.policyBrowser(policy, dir, v);
        } catch (IllegalArgumentException e) {
            return candor.usageError(e.getMessage());
        }
        try {
            AuditOutcome outcome = candor.auditor(dev.candor.core.AuditListener.SILENT).evaluate(dir, out == null ? dir : out, policy, j,
                    browser);
            return candor.report(outcome);
        } catch (AuditException e) {
            return candor.failed(e);
        }
    }
}
