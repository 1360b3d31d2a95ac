package dev.candor.cli;

import dev.candor.core.AuditException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code candor baseline DIR > candor-baseline.json}: today's findings of a judged folder by
 * fingerprint, so that {@code --baseline} fails only on new ones.
 */
@Command(name = "baseline", description = "Print the baseline of a judged folder (audit or source scan): its findings' fingerprints.",
        mixinStandardHelpOptions = true)
final class BaselineCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "AUDIT-DIR", description = "A folder written by 'candor audit' or 'candor scan-sources'.")
    Path dir;

    private final Candor candor;

    BaselineCommand(Candor candor) {
        this.candor = candor;
    }

    @Override
    public Integer call() {
        try {
            candor.out().print(candor.auditor(dev.candor.core.AuditListener.SILENT).baseline(dir));
            return ExitCode.PASSED.code();
        } catch (AuditException e) {
            return candor.failed(e);
        }
    }
}
