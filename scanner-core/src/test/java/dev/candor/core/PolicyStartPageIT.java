package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.demo.LocalSiteServer;
import dev.candor.model.policy.ReadStatus;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy link is looked for in the start page as before-consent's first visit rendered it: the
 * policy step does not load the start page once more (a second or more on every audit, and one
 * more hit on the site).
 */
class PolicyStartPageIT {

    @TempDir
    Path dir;

    @Test
    void thePolicyIsFoundWithoutLoadingTheStartPageAgain() throws Exception {
        RequiredChromium.locate();
        String start = new ObjectMapper().readTree(getClass().getResourceAsStream("/sites/rules-prior-consent/expected-findings.json"))
                .path("startUrl").asText();
        URI target = URI.create(start);
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/rules-prior-consent")) {
            AuditOutcome outcome = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT)
                    .run(AuditRequest.builder(target, dir.resolve("out")).browserArgs(List.of(server.hostResolverRule()))
                            .insecure(true).maxPages(1).sequential(true).build());
            assertThat(outcome.result().policy().status()).isEqualTo(ReadStatus.READ);
            long startPageLoads = server.hits().stream()
                    .filter(h -> h.host().startsWith(target.getHost()) && h.method().equals("GET") && h.path().equals(target.getPath()))
                    .count();
            // before-consent once; after-accept and after-reject twice each (before the click, and the plan's page after it)
            assertThat(startPageLoads).isEqualTo(5);
        }
    }
}
