package dev.candor.maven;

import dev.candor.core.AuditRequest;
import dev.candor.model.Severity;
import dev.candor.model.Viewport;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The goal's parameters as Maven injected them; {@link #toRequest()} is the one place they become an
 * {@link AuditRequest}. Messages name the {@code candor.*} property, since that is what a Maven user
 * sets (the core's own messages name CLI flags).
 *
 * @param url {@code candor.url}
 * @param outputDirectory {@code candor.outputDirectory}
 * @param policy {@code candor.policy}, or null to find the policy on the site
 * @param chromium {@code candor.chromium}, or null to look the browser up
 * @param browserArgs {@code candor.browserArgs}, or null
 * @param insecure {@code candor.insecure}
 * @param timeoutSeconds {@code candor.timeoutSeconds}, per page
 * @param maxPages {@code candor.maxPages}, per phase
 * @param userAgent {@code candor.userAgent}, or null
 * @param viewport {@code candor.viewport} such as {@code 1366x768}, or null
 * @param redactValues {@code candor.redactValues}
 * @param ownerDomains {@code candor.ownerDomains}, or null
 * @param failOn {@code candor.failOn}, or null for {@code high}
 * @param knowledgeBase {@code candor.knowledgeBase}, or null
 * @param disabledRules {@code candor.disabledRules}, or null
 * @param formats {@code candor.formats} such as {@code json,html,sarif}, or null for json and html
 */
record MojoParameters(
        String url,
        File outputDirectory,
        String policy,
        File chromium,
        List<String> browserArgs,
        boolean insecure,
        int timeoutSeconds,
        int maxPages,
        String userAgent,
        String viewport,
        boolean redactValues,
        List<String> ownerDomains,
        String failOn,
        File knowledgeBase,
        List<String> disabledRules,
        String formats) {

    private static final String SEVERITIES =
            Arrays.stream(Severity.values()).map(Severity::id).collect(Collectors.joining(", "));

    /**
     * The request these parameters describe.
     *
     * @throws IllegalArgumentException with a one-line message naming the property and the fix
     */
    AuditRequest toRequest() {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("candor.url is required: set it to the site to audit, for example -Dcandor.url=https://www.example.com/");
        }
        URI target;
        try {
            target = AuditRequest.parseTarget(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("candor.url: " + e.getMessage(), e);
        }
        if (outputDirectory == null) {
            throw new IllegalArgumentException("candor.outputDirectory is required: set it to a writable directory");
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("candor.maxPages must be at least 1, got " + maxPages);
        }
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("candor.timeoutSeconds must be at least 1, got " + timeoutSeconds);
        }
        try {
            return AuditRequest.builder(target, outputDirectory.toPath())
                    .policy(blankToNull(policy))
                    .chromium(chromium == null ? null : chromium.toPath())
                    .browserArgs(nonBlank(browserArgs))
                    .insecure(insecure)
                    .pageTimeout(Duration.ofSeconds(timeoutSeconds))
                    .maxPages(maxPages)
                    .userAgent(blankToNull(userAgent))
                    .viewport(parseViewport())
                    .redactValues(redactValues)
                    .ownerDomains(nonBlank(ownerDomains))
                    .failOn(parseFailOn())
                    .knowledgeBase(knowledgeBase == null ? null : knowledgeBase.toPath())
                    .disabledRules(nonBlank(disabledRules))
                    .formats(parseFormats())
                    .build();
        } catch (IllegalArgumentException e) {
            // what is left is the core's check of the URL (an ftp: URL, say)
            throw new IllegalArgumentException(e.getMessage().startsWith("candor.") ? e.getMessage() : "candor.url: " + e.getMessage(), e);
        }
    }

    private Severity parseFailOn() {
        if (failOn == null || failOn.isBlank()) {
            return Severity.HIGH;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("candor.failOn must be one of " + SEVERITIES + ", got '" + failOn + "'", e);
        }
    }

    private java.util.Set<dev.candor.report.ReportFormat> parseFormats() {
        if (formats == null || formats.isBlank()) {
            return dev.candor.report.ReportFormat.DEFAULT;
        }
        try {
            return dev.candor.report.ReportFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("candor.formats: " + e.getMessage(), e);
        }
    }

    private Viewport parseViewport() {
        if (viewport == null || viewport.isBlank()) {
            return AuditRequest.DEFAULT_VIEWPORT;
        }
        try {
            return Viewport.parse(viewport);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("candor." + e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Maven turns {@code -Dcandor.browserArgs=a,,b} into a list with empty entries; drop them. */
    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }
}
