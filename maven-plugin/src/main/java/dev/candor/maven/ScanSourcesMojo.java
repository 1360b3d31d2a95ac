package dev.candor.maven;

import dev.candor.core.AuditException;
import dev.candor.core.AuditListener;
import dev.candor.core.Auditor;
import dev.candor.core.SourceScanRequest;
import dev.candor.core.settings.Setting;
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
 * Scans the project's HTML and template files for tracking tags that no consent manager holds
 * back, without a browser, and fails the build on them like {@code candor:audit}: the tag in a pull
 * request is caught before the site is deployed. Reports go to {@code candor.sourcesOutputDirectory}.
 */
@Mojo(name = "scan-sources", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ScanSourcesMojo extends BrowsingMojo {

    /** Folders of HTML and template files, relative to the project; missing ones are skipped. */
    @Parameter(property = "candor.sources",
            defaultValue = "src/main/webapp,src/main/resources/static,src/main/resources/templates,src/main/resources/public,public,dist")
    List<String> sources;

    /** Where {@code sources.json} and the reports go. */
    @Parameter(property = "candor.sourcesOutputDirectory", defaultValue = "${project.build.directory}/candor-sources")
    File sourcesOutputDirectory;

    /** The project folder that paths are relative to. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("scan-sources")) {
            return;
        }
        SourceScanRequest request;
        try {
            request = SourceScanRequest.from(basedir.toPath(), browsingValues()
                    // the defaults are conventions: a folder that is missing is skipped, not an error
                    .put(Setting.SOURCES, sources == null || sources.equals(SourceScanRequest.DEFAULT_ROOTS) ? null : sources)
                    .put(Setting.SOURCES_OUT, path(sourcesOutputDirectory))
                    .build());
        } catch (IllegalArgumentException e) {
            badConfiguration(e);
            return;
        }
        try {
            conclude(auditor().scanSources(request), "source scan");
        } catch (AuditException e) {
            conclude(e, "source scan");
        }
    }

    /** The auditor; package-private so tests can put a stub in its place. */
    Auditor auditor() {
        return new Auditor(dev.candor.scan.browser.ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(),
                AuditListener.SILENT);
    }
}
