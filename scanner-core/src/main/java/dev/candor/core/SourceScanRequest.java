package dev.candor.core;

import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingException;
import dev.candor.core.settings.SettingValues;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A static scan of a project's sources.
 *
 * @param project the folder that file paths are reported relative to
 * @param roots the folders to scan, relative to the project or absolute
 * @param rootsGiven whether the user named the folders (a missing one is then an error) or they
 *     are the defaults (missing ones are skipped)
 * @param outputDir where {@code sources.json} and the reports go
 * @param policy the privacy policy to compare with (URL or file), or null
 * @param browser the browser a policy URL is rendered with, or null
 * @param judging rules, gate and report formats
 */
public record SourceScanRequest(Path project, List<Path> roots, boolean rootsGiven, Path outputDir, String policy,
        AuditRequest browser, Judging judging) {

    /** The conventional web-source folders of Maven, Spring Boot and front-end projects. */
    public static final List<String> DEFAULT_ROOTS = List.copyOf(Arrays.asList(Setting.SOURCES.mavenDefault().split(",")));

    public SourceScanRequest {
        roots = List.copyOf(roots);
    }

    /**
     * The request an adapter's settings describe.
     *
     * @throws SettingException naming the setting at fault
     */
    public static SourceScanRequest from(Path project, SettingValues v) {
        boolean given = v.has(Setting.SOURCES);
        List<String> names = given ? v.list(Setting.SOURCES) : DEFAULT_ROOTS;
        List<Path> roots = names.stream().map(n -> {
            try {
                return Path.of(n);
            } catch (java.nio.file.InvalidPathException e) {
                throw new SettingException(Setting.SOURCES, "has a folder that is not a usable path: '" + n + "'", e);
            }
        }).toList();
        Path out = v.path(Setting.SOURCES_OUT);
        if (out == null) {
            throw new SettingException(Setting.SOURCES_OUT, "is required: give the folder for the reports");
        }
        String policy = v.text(Setting.POLICY);
        return new SourceScanRequest(project, roots, given, out, policy, AuditRequest.policyBrowser(policy, out, v), Judging.from(v));
    }
}
