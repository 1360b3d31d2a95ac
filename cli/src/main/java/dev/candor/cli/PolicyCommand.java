package dev.candor.cli;

import dev.candor.core.AuditException;
import dev.candor.core.AuditRequest;
import dev.candor.model.CandorJson;
import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.ReadStatus;
import dev.candor.rules.policy.PolicyText;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import dev.candor.core.settings.Setting;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code candor policy URL|FILE}: prints everything Candor understood of a privacy policy. */
@Command(name = "policy", description = "Read a privacy policy (URL, HTML, PDF, text or Markdown) and print what it claims.",
        mixinStandardHelpOptions = true)
final class PolicyCommand implements Callable<Integer> {

    /** How to print the result. */
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "URL|FILE", description = "The policy: an http(s) URL (rendered in Chromium) or a file.")
    String source;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    Format format;

    @Spec
    CommandSpec spec;

    private final Candor candor;

    PolicyCommand(Candor candor) {
        this.candor = candor;
    }

    @Override
    public Integer call() {
        AuditRequest browser;
        try {
            browser = AuditRequest.policyBrowser(source, Path.of("."), SettingOptions.values(spec, Setting.Use.POLICY).build());
        } catch (IllegalArgumentException e) {
            return candor.usageError(e.getMessage());
        }
        PolicyAnalysis analysis;
        try {
            analysis = candor.auditor(dev.candor.core.AuditListener.SILENT).readPolicy(source, browser);
        } catch (AuditException e) {
            return candor.failed(e);
        }
        // both quote the policy: text through the terminal sanitiser, JSON with C1 and bidi characters escaped
        candor.out().print(format == Format.json ? dev.candor.report.ConsoleSummary.safeJson(CandorJson.toJson(analysis)) + "\n"
                : dev.candor.report.ConsoleSummary.safeLines(PolicyText.render(analysis)));
        if (analysis.status() != ReadStatus.READ) {
            candor.error(analysis.problems().isEmpty() ? "policy not read: " + analysis.status() : analysis.problems().get(0));
            return ExitCode.INCOMPLETE.code();
        }
        return ExitCode.PASSED.code();
    }
}
