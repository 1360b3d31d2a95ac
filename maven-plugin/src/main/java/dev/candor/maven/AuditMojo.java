package dev.candor.maven;

import dev.candor.core.AuditException;
import dev.candor.core.AuditListener;
import dev.candor.core.AuditOutcome;
import dev.candor.core.AuditRequest;
import dev.candor.core.Auditor;
import dev.candor.scan.BrowserLauncher;
import dev.candor.scan.ChromiumLocator;
import java.io.File;
import java.time.Clock;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Audits a website: visits it before consent, after "accept all" and after "reject all", compares what
 * it did with its privacy policy, and writes {@code record.json} and {@code report.json} to
 * {@code candor.outputDirectory}.
 *
 * <p>The build fails ({@code MojoFailureException}) when a finding reaches {@code candor.failOn}. A
 * bad configuration or an audit that could not finish (no browser, site unreachable) stops the build
 * as a tool error ({@code MojoExecutionException}), never as findings.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class AuditMojo extends AbstractMojo {

    /** The start page to audit; a missing scheme means https. */
    @Parameter(property = "candor.url", required = true)
    String url;

    /** Where {@code record.json}, {@code report.json} and screenshots go. */
    @Parameter(property = "candor.outputDirectory", defaultValue = "${project.build.directory}/candor")
    File outputDirectory;

    /** The privacy policy to check against: an https URL or a file; unset, Candor finds it on the site. */
    @Parameter(property = "candor.policy")
    String policy;

    /** The Chromium binary; unset, {@code CANDOR_CHROMIUM} and then {@code PATH} are searched. */
    @Parameter(property = "candor.chromium")
    File chromium;

    /** Extra Chromium arguments, comma-separated on the command line. */
    @Parameter(property = "candor.browserArgs")
    List<String> browserArgs;

    /** Accept invalid TLS certificates (the report says so). */
    @Parameter(property = "candor.insecure", defaultValue = "false")
    boolean insecure;

    /** The longest one page may take, in seconds. */
    @Parameter(property = "candor.timeoutSeconds", defaultValue = "30")
    int timeoutSeconds;

    /** Pages visited per phase, start page included. */
    @Parameter(property = "candor.maxPages", defaultValue = "5")
    int maxPages;

    /** The user agent to send; unset, the browser's own. */
    @Parameter(property = "candor.userAgent")
    String userAgent;

    /** The window size, such as {@code 1366x768}. */
    @Parameter(property = "candor.viewport", defaultValue = "1366x768")
    String viewport;

    /** Store hashes instead of cookie and storage values. */
    @Parameter(property = "candor.redactValues", defaultValue = "false")
    boolean redactValues;

    /** Further domains that belong to the site owner, counted as first party. */
    @Parameter(property = "candor.ownerDomains")
    List<String> ownerDomains;

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

    /** Skip the audit. */
    @Parameter(property = "candor.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Candor audit skipped (candor.skip=true)");
            return;
        }
        BuildVerdict verdict = audit();
        switch (verdict.kind()) {
            case PASSED -> getLog().info(verdict.message());
            case FINDINGS -> throw new MojoFailureException(verdict.message());
            case BAD_CONFIGURATION, INCOMPLETE -> throw new MojoExecutionException(verdict.message());
        }
    }

    private BuildVerdict audit() throws MojoExecutionException {
        AuditRequest request;
        try {
            request = parameters().toRequest();
        } catch (IllegalArgumentException e) {
            return BuildVerdict.badConfiguration(e);
        }
        BrowserLauncher launcher = launcher();
        try {
            AuditOutcome outcome = auditor(launcher, new LogListener(getLog())).run(request);
            logFiles(outcome);
            return BuildVerdict.of(outcome);
        } catch (AuditException e) {
            if (e.partial() != null) {
                logFiles(e.partial());
            }
            return BuildVerdict.of(e);
        }
    }

    /**
     * Starts the browser. The real launcher lives in {@code scanner-core}'s browser layer; tests and
     * embedders may override this.
     */
    protected BrowserLauncher launcher() throws MojoExecutionException {
        return dev.candor.scan.browser.ChromiumBrowser::launch;
    }

    /** The auditor to run; package-private so tests can put a stub in its place. */
    Auditor auditor(BrowserLauncher launcher, AuditListener listener) {
        return new Auditor(launcher, new ChromiumLocator(), Clock.systemUTC(), listener);
    }

    MojoParameters parameters() {
        return new MojoParameters(url, outputDirectory, policy, chromium, browserArgs, insecure, timeoutSeconds, maxPages,
                userAgent, viewport, redactValues, ownerDomains, failOn, knowledgeBase, disabledRules, formats);
    }

    private void logFiles(AuditOutcome outcome) {
        getLog().info("Candor: record written to " + outcome.recordFile());
        getLog().info("Candor: report written to " + outcome.reportFile());
    }
}
