package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.demo.LocalSiteServer;
import dev.candor.model.CandorJson;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start page that cannot be audited ends the audit with exit 3, one line naming the cause and the fix, and a kept record. */
class StartPageFaultsIT {

    private static LocalSiteServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void serve() throws Exception {
        RequiredChromium.locate();
        server = LocalSiteServer.fromClasspath("/sites/faults");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private AuditException failure(String url, boolean insecure, List<String> args) {
        return failure(url, insecure, args, false);
    }

    private AuditException failure(String url, boolean insecure, List<String> args, boolean allPhasesAtOnce) {
        AuditRequest request = AuditRequest.builder(URI.create(url), dir.resolve("out")).insecure(insecure).browserArgs(args)
                .pageTimeout(Duration.ofSeconds(10)).allPhasesAtOnce(allPhasesAtOnce).build();
        Auditor auditor = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT);
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(AuditException.class, () -> auditor.run(request));
        assertThat(thrown).as("audit of %s must fail", url).isNotNull();
        assertThat(thrown.exitCode()).isEqualTo(3);
        assertThat(thrown.getMessage()).doesNotContain("\n").startsWith(url);
        assertThat(CandorJson.readRecord(thrown.partial().recordFile()).completion().complete()).isFalse();
        return thrown;
    }

    @Test
    void anHttpErrorPage() {
        assertThat(failure("https://www.faults-shop.de/missing", true, List.of(server.hostResolverRule())).getMessage())
                .contains("HTTP 404");
    }

    @Test
    void withAllPhasesAtOnceTheLaterPhasesAreNotRecordedWhenTheStartPageFails() {
        AuditException thrown = failure("https://www.faults-shop.de/missing", true, List.of(server.hostResolverRule()), true);
        assertThat(thrown.getMessage()).contains("HTTP 404");
        // as one after the other: only before-consent, with the failed visit as its evidence
        assertThat(CandorJson.readRecord(thrown.partial().recordFile()).phases()).extracting(p -> p.phase())
                .containsExactly(dev.candor.model.Phase.BEFORE_CONSENT);
    }

    @Test
    void aRedirectLoop() {
        assertThat(failure("https://www.faults-shop.de/loop", true, List.of(server.hostResolverRule())).getMessage())
                .contains("redirect loop");
    }

    @Test
    void aStartPageThatIsNotHtml() {
        assertThat(failure("https://www.faults-shop.de/data.json", true, List.of(server.hostResolverRule())).getMessage())
                .contains("not HTML").contains("give the URL of an HTML page");
    }

    @Test
    void anUntrustedCertificateWithoutInsecure() {
        String message = failure("https://www.faults-shop.de/", false, List.of(server.hostResolverRule())).getMessage();
        assertThat(dev.candor.core.settings.Wording.CLI.render(message)).contains("ERR_CERT").contains("pass --insecure to accept it");
        assertThat(dev.candor.core.settings.Wording.MAVEN.render(message)).contains("pass candor.insecure to accept it");
    }

    @Test
    void aRefusedConnection() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThat(failure("https://www.faults-shop.de/", true, List.of("--host-resolver-rules=MAP * 127.0.0.1:" + closedPort)).getMessage())
                .contains("ERR_CONNECTION_REFUSED").contains("check the URL and that the site is up");
    }
}
