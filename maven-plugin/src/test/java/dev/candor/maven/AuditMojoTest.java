package dev.candor.maven;

import static dev.candor.maven.Outcomes.finding;
import static dev.candor.maven.Outcomes.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.candor.core.AuditException;
import dev.candor.core.AuditListener;
import dev.candor.core.AuditRequest;
import dev.candor.core.Auditor;
import dev.candor.model.Completion;
import dev.candor.model.Severity;
import dev.candor.scan.BrowserLauncher;
import java.io.File;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditMojoTest {

    private final Auditor auditor = mock(Auditor.class);
    private final Log log = mock(Log.class);
    private final AtomicReference<AuditRequest> ran = new AtomicReference<>();
    private final BrowserLauncher launcher = options -> {
        throw new AssertionError("the stub auditor never launches");
    };
    private AuditMojo mojo;

    @BeforeEach
    void mojoWithStubAuditor() {
        mojo = new AuditMojo() {
            @Override
            protected BrowserLauncher launcher() {
                return launcher;
            }

            @Override
            Auditor auditor(BrowserLauncher l, AuditListener listener) {
                assertThat(l).isSameAs(launcher);
                assertThat(listener).isInstanceOf(LogListener.class);
                return auditor;
            }
        };
        mojo.setLog(log);
        mojo.url = "https://www.example.com/";
        mojo.outputDirectory = new File("/tmp/candor-test");
        mojo.timeoutSeconds = 30;
        mojo.maxPages = 5;
        mojo.viewport = "1366x768";
        mojo.failOn = "high";
    }

    @Test
    void skipDoesNothing() throws Exception {
        mojo.skip = true;
        mojo.url = null;
        mojo.execute();
        verify(log).info("Candor audit skipped (candor.skip=true)");
        org.mockito.Mockito.verifyNoInteractions(auditor);
    }

    @Test
    void badConfigurationStopsBeforeTheBrowser() {
        mojo.maxPages = 0;
        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("candor.maxPages must be at least 1, got 0");
        org.mockito.Mockito.verifyNoInteractions(auditor);
    }

    @Test
    void findingsOverTheThresholdFailTheBuildAndTheFilesAreLogged() throws Exception {
        when(auditor.run(any())).thenAnswer(inv -> {
            ran.set(inv.getArgument(0));
            return outcome(Completion.finished(), Severity.HIGH, finding("tracking-before-consent", Severity.HIGH, "Hotjar before consent"));
        });
        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoFailureException.class)
                .hasMessageContaining("  [high] tracking-before-consent: Hotjar before consent");
        assertThat(ran.get().target()).hasToString("https://www.example.com/");
        verify(log).info("Candor: evidence written to /tmp/candor-test/record.json");
        verify(log).info("Candor: report written to /tmp/candor-test/report.json");
    }

    @Test
    void passingAuditLogsTheSummary() throws Exception {
        when(auditor.run(any())).thenReturn(outcome(Completion.finished(), Severity.HIGH));
        mojo.execute();
        verify(log).info("Candor audit passed: 0 findings, none failing at or above high; report: /tmp/candor-test/report.json");
    }

    @Test
    void anIncompleteAuditIsAToolErrorNotAFinding() throws Exception {
        when(auditor.run(any())).thenThrow(new AuditException(AuditException.Kind.INCOMPLETE, "site unreachable",
                outcome(Completion.stopped("site unreachable"), Severity.HIGH), null));
        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Candor audit incomplete: site unreachable");
        verify(log).info("Candor: evidence written to /tmp/candor-test/record.json");
    }

    @Test
    void theRealLauncherFailsWithOneLineWhenChromiumCannotStart() throws Exception {
        // the launcher the plugin really uses: given a binary that is not Chromium, it must say so in one line
        java.nio.file.Path fake = java.nio.file.Files.createTempFile("not-chromium", ".sh");
        java.nio.file.Files.writeString(fake, "#!/bin/sh\nexit 1\n");
        fake.toFile().setExecutable(true);
        var options = new dev.candor.scan.BrowserOptions(fake, java.util.List.of(), false, null, new dev.candor.model.Viewport(800, 600),
                java.time.Duration.ofSeconds(5), false, new dev.candor.scan.SiteParty("example.com", java.util.List.of()),
                java.nio.file.Files.createTempDirectory("candor-mojo-test"));
        assertThatThrownBy(() -> new AuditMojo().launcher().launch(options))
                .isInstanceOf(dev.candor.scan.ScanException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
