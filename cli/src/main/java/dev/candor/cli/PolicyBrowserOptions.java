package dev.candor.cli;

import dev.candor.core.AuditRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The browser a policy URL is rendered in, for {@code policy} and {@code evaluate --policy URL}. */
final class PolicyBrowserOptions {

    @Option(names = "--chromium", paramLabel = "PATH", description = "Chromium binary, for a policy URL.")
    Path chromium;

    @Option(names = "--insecure", description = "Accept invalid TLS certificates, for a policy URL.")
    boolean insecure;

    @Option(names = "--browser-arg", paramLabel = "ARG", description = "Extra Chromium argument, for a policy URL; repeatable.")
    List<String> browserArgs = new ArrayList<>();

    /**
     * The browser request for a policy source, or null when it is a file (no browser is needed).
     *
     * @throws IllegalArgumentException for a URL that does not parse
     */
    AuditRequest forSource(String source, Path out) {
        if (source == null || !AuditRequest.isUrl(source)) {
            return null;
        }
        return AuditRequest.builder(AuditRequest.parseTarget(source), out).chromium(chromium).insecure(insecure)
                .browserArgs(browserArgs).build();
    }
}
