package dev.candor.cli;

import dev.candor.core.AuditRequest;
import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingValues;
import dev.candor.demo.DemoSite;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code candor demo}: starts the embedded demo shop on loopback (its trackers played by the same
 * local server) and audits it. Nothing leaves the machine.
 */
@Command(name = "demo", description = "Audit Candor's embedded demo shop on loopback (no network needed).",
        mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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
                SettingValues.Builder b = SettingOptions.values(spec, Setting.Use.DEMO);
                SettingValues given = b.build();
                List<String> args = new ArrayList<>(given.list(Setting.BROWSER_ARGS));
                args.addAll(site.browserArgs());
                // the demo's certificate is self-signed for loopback, so it needs --insecure
                SettingValues v = b.put(Setting.BROWSER_ARGS, args).put(Setting.INSECURE, "true").build();
                request = AuditRequest.from(site.startUrl(), v.path(Setting.OUT), v);
            } catch (IllegalArgumentException e) {
                return candor.usageError(e.getMessage());
            }
            return candor.audit(request);
        } catch (IOException e) {
            return candor.usageError("cannot start the demo site: " + e.getMessage());
        }
    }
}
