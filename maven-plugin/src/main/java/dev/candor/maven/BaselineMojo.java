package dev.candor.maven;

import dev.candor.core.AuditException;
import dev.candor.core.AuditListener;
import dev.candor.core.Auditor;
import dev.candor.core.settings.Wording;
import dev.candor.scan.ChromiumLocator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the baseline of a judged folder (an audit or a source scan): today's findings by
 * fingerprint, so that with {@code candor.baseline} only new findings fail the build. Run it once,
 * review and commit the file.
 */
@Mojo(name = "baseline", defaultPhase = org.apache.maven.plugins.annotations.LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractMojo {

    /** The audit folder whose findings make the baseline. */
    @Parameter(property = "candor.auditDirectory", defaultValue = "${project.build.directory}/candor")
    File auditDirectory;

    /** Where the baseline is written. */
    @Parameter(property = "candor.baselineFile", defaultValue = "${project.basedir}/candor-baseline.json")
    File baselineFile;

    /** Skip the goal. */
    @Parameter(property = "candor.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Candor baseline skipped (candor.skip=true)");
            return;
        }
        String text;
        try {
            text = new Auditor(options -> {
                throw new IllegalStateException("a baseline needs no browser");
            }, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT).baseline(auditDirectory.toPath());
        } catch (AuditException e) {
            throw new MojoExecutionException(Wording.MAVEN.render(e.getMessage()));
        }
        try {
            File parent = baselineFile.getAbsoluteFile().getParentFile();
            if (parent != null) {
                Files.createDirectories(parent.toPath());
            }
            Files.writeString(baselineFile.toPath(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write candor.baselineFile " + baselineFile + ": " + e.getMessage(), e);
        }
        getLog().info("Candor: baseline written to " + baselineFile + "; review it and commit it with the project");
    }
}
