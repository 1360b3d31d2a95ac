package dev.candor.cli;

import dev.candor.core.AuditRequest;
import dev.candor.demo.DemoSite;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code candor demo}: starts the embedded demo shop on loopback (its trackers played by the same
 * local server) and audits it. Nothing leaves the machine.
 */
@Command(name = "demo", description = "Audit Candor's embedded demo shop on loopback (no network needed).",
        mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    @Mixin
    ScanOptions scan;

    private final Candor candor;

    DemoCommand(Candor candor) {
        this.candor = candor;
    }

    @Override
    public Integer call() {
        try (DemoSite site = DemoSite.start()) {
            candor.out().println("demo shop at " + site.startUrl() + " (served on 127.0.0.1:" + site.server().port() + ")");
            AuditRequest request;
            try {
                List<String> args = new ArrayList<>(scan.browserArgs);
                args.addAll(site.browserArgs());
                // the demo's certificate is self-signed for loopback, so it needs --insecure
                request = scan.apply(AuditRequest.builder(site.startUrl(), scan.out)).browserArgs(args).insecure(true).build();
            } catch (IllegalArgumentException e) {
                return candor.usageError(e.getMessage());
            }
            return candor.audit(request);
        } catch (IOException e) {
            return candor.usageError("cannot start the demo site: " + e.getMessage());
        }
    }
}
