package dev.candor.cli;

import dev.candor.core.AuditRequest;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code candor audit URL}: records the site in three consent scenarios and writes record.json and report.json. */
@Command(name = "audit", description = "Audit a website: before consent, after accept all, after reject all.",
        mixinStandardHelpOptions = true)
final class AuditCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "Start page, e.g. https://www.example.com/")
    String url;

    @Option(names = "--policy", paramLabel = "URL|FILE", description = "The privacy policy to read (default: found on the site).")
    String policy;

    @Mixin
    ScanOptions scan;

    private final Candor candor;

    AuditCommand(Candor candor) {
        this.candor = candor;
    }

    @Override
    public Integer call() {
        AuditRequest request;
        try {
            URI target = AuditRequest.parseTarget(url);
            request = scan.apply(AuditRequest.builder(target, scan.out)).policy(policy).build();
        } catch (IllegalArgumentException e) {
            return candor.usageError(e.getMessage());
        }
        return candor.audit(request);
    }
}
