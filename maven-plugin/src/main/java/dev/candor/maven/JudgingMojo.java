package dev.candor.maven;

import dev.candor.core.AuditException;
import dev.candor.core.AuditOutcome;
import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingValues;
import dev.candor.core.settings.Wording;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every judging goal shares: the gate's parameters (threshold, suppressions, baseline, rules,
 * knowledge base, report formats) and the one mapping of an outcome to a build result. Each
 * parameter is a {@link Setting} of the same id ({@code SettingParityTest} checks them).
 */
abstract class JudgingMojo extends AbstractMojo {

    /** The least severity that fails the build: critical, high, medium, low or info. */
    @Parameter(property = "candor.failOn", defaultValue = "high")
    String failOn;

    /** A knowledge-base file (the format of Candor's vendors.json) laid over the built-in one. */
    @Parameter(property = "candor.knowledgeBase")
    File knowledgeBase;

    /** Rule ids not to run. */
    @Parameter(property = "candor.disabledRules")
    List<String> disabledRules;

    /** Reports to write besides report.json: json, html, sarif, junit, md, csv, comma-separated. */
    @Parameter(property = "candor.formats", defaultValue = "json,html")
    String formats;

    /** A suppressions file (candor-suppressions.json): accepted findings, each with a reason and an end date. */
    @Parameter(property = "candor.suppressions")
    File suppressions;

    /** A baseline file (the baseline goal, or 'candor baseline'): only findings not in it fail the build. */
    @Parameter(property = "candor.baseline")
    File baseline;

    /** Skip the goal. */
    @Parameter(property = "candor.skip", defaultValue = "false")
    boolean skip;

    /** The judging settings as the adapter received them. */
    SettingValues.Builder judgingValues() {
        return SettingValues.builder()
                .put(Setting.FAIL_ON, failOn)
                .put(Setting.KNOWLEDGE_BASE, path(knowledgeBase))
                .put(Setting.DISABLED_RULES, disabledRules)
                .put(Setting.FORMATS, formats)
                .put(Setting.SUPPRESSIONS, path(suppressions))
                .put(Setting.BASELINE, path(baseline));
    }

    static String path(File f) {
        return f == null ? null : f.getPath();
    }

    /** Logs the files and gate warnings, then passes, fails on findings, or stops as a tool error. */
    void conclude(AuditOutcome outcome, String what) throws MojoExecutionException, MojoFailureException {
        getLog().info("Candor: evidence written to " + outcome.recordFile());
        getLog().info("Candor: report written to " + outcome.reportFile());
        outcome.warnings().forEach(w -> getLog().warn("Candor: " + w));
        act(BuildVerdict.of(outcome, what));
    }

    /** A run that could not start or finish: a tool error naming where the partial record is. */
    void conclude(AuditException e, String what) throws MojoExecutionException, MojoFailureException {
        if (e.partial() != null) {
            getLog().info("Candor: evidence written to " + e.partial().recordFile());
        }
        act(BuildVerdict.of(e, what));
    }

    /** A configuration the core refused: a tool error with the property named. */
    void badConfiguration(IllegalArgumentException e) throws MojoExecutionException {
        // no cause: Maven prints the cause chain, and the core's messages are worded for no adapter
        throw new MojoExecutionException(Wording.MAVEN.render(e.getMessage()));
    }

    private void act(BuildVerdict verdict) throws MojoExecutionException, MojoFailureException {
        switch (verdict.kind()) {
            case PASSED -> getLog().info(verdict.message());
            case FINDINGS -> throw new MojoFailureException(verdict.message());
            case BAD_CONFIGURATION, INCOMPLETE -> throw new MojoExecutionException(verdict.message());
        }
    }

    /** Whether to skip, saying so in the log. */
    boolean skipped(String goal) {
        if (skip) {
            getLog().info("Candor " + goal + " skipped (candor.skip=true)");
        }
        return skip;
    }
}
