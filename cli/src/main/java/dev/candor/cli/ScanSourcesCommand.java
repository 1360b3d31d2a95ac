package dev.candor.cli;

import dev.candor.core.AuditException;
import dev.candor.core.SourceScanRequest;
import dev.candor.core.settings.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code candor scan-sources [DIR...]}: finds tracking tags in HTML and template files before the
 * site is deployed, without a browser. Exit codes as {@code audit}.
 */
@Command(name = "scan-sources", description = "Find ungated tracking tags in HTML and template files (no browser).",
        mixinStandardHelpOptions = true)
final class ScanSourcesCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "Folders to scan (default: the conventional ones that exist:"
            + " src/main/webapp, src/main/resources/static, src/main/resources/templates, src/main/resources/public, public, dist).")
    List<String> dirs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final Candor candor;

    ScanSourcesCommand(Candor candor) {
        this.candor = candor;
    }

    @Override
    public Integer call() {
        SourceScanRequest request;
        try {
            request = SourceScanRequest.from(Path.of(""), SettingOptions.values(spec, Setting.Use.SCAN_SOURCES)
                    .put(Setting.SOURCES, dirs).build());
        } catch (IllegalArgumentException e) {
            return candor.usageError(e.getMessage());
        }
        try {
            return candor.report(candor.auditor(dev.candor.core.AuditListener.SILENT).scanSources(request));
        } catch (AuditException e) {
            return candor.failed(e);
        }
    }
}
