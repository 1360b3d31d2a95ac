package dev.candor.maven;

import dev.candor.core.AuditException;
import dev.candor.core.AuditListener;
import dev.candor.core.AuditRequest;
import dev.candor.core.Auditor;
import dev.candor.core.settings.Setting;
import dev.candor.core.settings.SettingValues;
import dev.candor.scan.BrowserLauncher;
import dev.candor.scan.ChromiumLocator;
import java.io.File;
import java.time.Clock;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Audits a website: visits it before consent, after "accept all" and after "reject all", compares what
 * it did with its privacy policy, and writes {@code record.json}, {@code report.json} and the other
 * reports to {@code candor.outputDirectory}.
 *
 * <p>The build fails ({@code MojoFailureException}) when a finding reaches {@code candor.failOn} and
 * is neither suppressed nor in the baseline. A bad configuration or an audit that could not finish
 * (no browser, site unreachable) stops the build as a tool error ({@code MojoExecutionException}),
 * never as findings.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class AuditMojo extends BrowsingMojo {

    /** The start page to audit; a missing scheme means https. */
    @Parameter(property = "candor.url")
    String url;

    /** Where {@code record.json}, {@code report.json} and screenshots go. */
    @Parameter(property = "candor.outputDirectory", defaultValue = "${project.build.directory}/candor")
    File outputDirectory;

    /** The longest one page may take, in seconds. */
    @Parameter(property = "candor.timeoutSeconds", defaultValue = "30")
    int timeoutSeconds;

    /** Pages visited per phase, start page included. */
    @Parameter(property = "candor.maxPages", defaultValue = "5")
    int maxPages;

    /** The user agent to send; unset, the browser's own. */
    @Parameter(property = "candor.userAgent")
    String userAgent;

    /** The window: {@code WxH} such as {@code 1366x768}, or {@code desktop}, {@code tablet} or {@code mobile}. */
    @Parameter(property = "candor.viewport", defaultValue = "1366x768")
    String viewport;

    /** The browser's language and region as a BCP 47 tag, such as {@code de-DE}; unset, the browser's own. */
    @Parameter(property = "candor.locale")
    String locale;

    /** Also run the gpc phase: a new visitor whose browser sends Global Privacy Control, nothing clicked. */
    @Parameter(property = "candor.gpc", defaultValue = "false")
    boolean gpc;

    /** Store hashes instead of cookie and storage values. */
    @Parameter(property = "candor.redactValues", defaultValue = "false")
    boolean redactValues;

    /** Run the accept and reject phases one after the other instead of at once. */
    @Parameter(property = "candor.sequential", defaultValue = "false")
    boolean sequential;

    /** Run all three phases at once, accept and reject following before-consent's pages as it chooses them. */
    @Parameter(property = "candor.allPhasesAtOnce", defaultValue = "false")
    boolean allPhasesAtOnce;

    /** A Selenium Grid 4 ({@code http://host:4444}) whose Chromium nodes run the phases instead of a local Chromium. */
    @Parameter(property = "candor.grid")
    String grid;

    /** Further domains that belong to the site owner, counted as first party. */
    @Parameter(property = "candor.ownerDomains")
    List<String> ownerDomains;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("audit")) {
            return;
        }
        AuditRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            badConfiguration(e);
            return;
        }
        try {
            conclude(auditor(launcher(), new LogListener(getLog())).run(request), "audit");
        } catch (AuditException e) {
            conclude(e, "audit");
        }
    }

    /** The request these parameters describe; the core checks every value. */
    AuditRequest request() {
        SettingValues v = browsingValues()
                .put(Setting.URL, url)
                .put(Setting.OUT, path(outputDirectory))
                .put(Setting.TIMEOUT, String.valueOf(timeoutSeconds))
                .put(Setting.MAX_PAGES, String.valueOf(maxPages))
                .put(Setting.USER_AGENT, userAgent)
                .put(Setting.VIEWPORT, viewport)
                .put(Setting.LOCALE, locale)
                .put(Setting.GPC, String.valueOf(gpc))
                .put(Setting.REDACT_VALUES, String.valueOf(redactValues))
                .put(Setting.SEQUENTIAL, String.valueOf(sequential))
                .put(Setting.ALL_PHASES_AT_ONCE, String.valueOf(allPhasesAtOnce))
                .put(Setting.GRID, grid)
                .put(Setting.OWNER_DOMAINS, ownerDomains)
                .build();
        if (v.path(Setting.OUT) == null) {
            throw new dev.candor.core.settings.SettingException(Setting.OUT, "is required: set it to a writable directory");
        }
        return AuditRequest.from(AuditRequest.parseTarget(v), v.path(Setting.OUT), v);
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
}
