package dev.candor.cli;

import dev.candor.core.AuditRequest;
import dev.candor.model.Viewport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The browser and output options shared by {@code audit} and {@code demo}; mapped to a request in one place. */
final class ScanOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}). Candor writes only inside it.",
            defaultValue = "candor-report")
    Path out;

    @Option(names = "--chromium", paramLabel = "PATH", description = "Chromium binary (default: $CANDOR_CHROMIUM, then chromium, chromium-browser, google-chrome on PATH).")
    Path chromium;

    @Option(names = "--browser-arg", paramLabel = "ARG", description = "Extra Chromium argument; repeatable.")
    List<String> browserArgs = new ArrayList<>();

    @Option(names = "--insecure", description = "Accept invalid TLS certificates (the report says so).")
    boolean insecure;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-page timeout in seconds (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    int timeoutSeconds;

    @Option(names = "--max-pages", paramLabel = "N", description = "Pages per phase, start page included (default: ${DEFAULT-VALUE}).", defaultValue = "5")
    int maxPages;

    @Option(names = "--user-agent", paramLabel = "UA", description = "User agent to send (default: the browser's own).")
    String userAgent;

    @Option(names = "--viewport", paramLabel = "WxH", description = "Window size (default: ${DEFAULT-VALUE}).", defaultValue = "1366x768")
    String viewport;

    @Option(names = "--redact-values", description = "Store SHA-256 hashes instead of cookie and storage values.")
    boolean redactValues;

    @Option(names = "--owner-domain", paramLabel = "DOMAIN", description = "A further domain that belongs to the site owner (counted first party); repeatable.")
    List<String> ownerDomains = new ArrayList<>();

    @Mixin
    JudgingOptions judging;

    /** Fills a builder; throws IllegalArgumentException with a one-line message for bad values. */
    AuditRequest.Builder apply(AuditRequest.Builder b) {
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        return judging.apply(b).chromium(chromium)
                .browserArgs(browserArgs)
                .insecure(insecure)
                .pageTimeout(Duration.ofSeconds(timeoutSeconds))
                .maxPages(maxPages)
                .userAgent(userAgent)
                .viewport(Viewport.parse(viewport))
                .redactValues(redactValues)
                .ownerDomains(ownerDomains);
    }
}
