package dev.candor.cli;

import dev.candor.core.AuditRequest;
import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingValues;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code candor audit URL}: records the site in three consent scenarios and writes record.json and
 * report.json. Its options are the {@link Setting.Use#AUDIT} settings ({@link SettingOptions}).
 */
@Command(name = "audit", description = "Audit a website: before consent, after accept all, after reject all.",
        mixinStandardHelpOptions = true)
final class AuditCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "Start page, e.g. https://www.example.com/")
    String url;

    @Spec
    CommandSpec spec;

    private final Candor candor;

    AuditCommand(Candor candor) {
        this.candor = candor;
    }

    @Override
    public Integer call() {
        AuditRequest request;
        try {
            SettingValues v = SettingOptions.values(spec, Setting.Use.AUDIT).put(Setting.URL, url).build();
            request = AuditRequest.from(AuditRequest.parseTarget(v), v.path(Setting.OUT), v);
        } catch (IllegalArgumentException e) {
            return candor.usageError(e.getMessage());
        }
        return candor.audit(request);
    }
}
