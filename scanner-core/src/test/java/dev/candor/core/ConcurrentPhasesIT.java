package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.demo.DemoSite;
import dev.candor.demo.LocalSiteServer;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.ScanRecord;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accept and reject phases running at once record what they record one after the other: the
 * demo shop and a rules fixture, each audited both ways in real Chromium, give the same findings
 * (rule, subject, phase), the same pages, and per phase the same cookies and request hosts.
 * Timings and values are not compared: they differ between any two runs.
 */
class ConcurrentPhasesIT {

    @TempDir
    Path dir;

    @Test
    void theDemoShopGivesTheSameResultsBothWays() throws Exception {
        RequiredChromium.locate();
        try (DemoSite site = DemoSite.start()) {
            assertSame(sequential -> site.request(dir.resolve(sequential ? "seq" : "conc")).maxPages(3).sequential(sequential).build());
        }
    }

    @Test
    void aRulesFixtureGivesTheSameResultsBothWays() throws Exception {
        RequiredChromium.locate();
        String start = new ObjectMapper().readTree(getClass().getResourceAsStream("/sites/rules-prior-consent/expected-findings.json"))
                .path("startUrl").asText();
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/rules-prior-consent")) {
            assertSame(sequential -> AuditRequest.builder(URI.create(start), dir.resolve(sequential ? "seq" : "conc"))
                    .browserArgs(List.of(server.hostResolverRule())).insecure(true).maxPages(3).sequential(sequential).build());
        }
    }

    private static void assertSame(Function<Boolean, AuditRequest> request) throws AuditException {
        Auditor auditor = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT);
        AuditOutcome sequential = auditor.run(request.apply(true));
        AuditOutcome concurrent = auditor.run(request.apply(false));
        ScanRecord seq = sequential.result().record();
        ScanRecord conc = concurrent.result().record();

        assertThat(conc.completion().complete()).isTrue();
        assertThat(conc.phases()).extracting(PhaseRecord::phase).containsExactlyElementsOf(Phase.STANDARD);
        assertThat(conc.pagesPlanned()).isEqualTo(seq.pagesPlanned());
        assertThat(findings(concurrent)).isNotEmpty().isEqualTo(findings(sequential));
        assertThat(observed(conc)).isEqualTo(observed(seq));
        assertThat(concurrent.result().policy().status()).isEqualTo(sequential.result().policy().status());
    }

    private static TreeSet<String> findings(AuditOutcome outcome) {
        TreeSet<String> s = new TreeSet<>();
        outcome.result().findings().forEach(f -> s.add(f.ruleId() + " " + f.subject().id() + " " + f.phase()));
        return s;
    }

    /** Per phase: the pages visited, the cookies by name and domain, the request hosts, consent done or not. */
    private static Map<String, TreeSet<String>> observed(ScanRecord record) {
        Map<String, TreeSet<String>> m = new TreeMap<>();
        for (PhaseRecord p : record.phases()) {
            String id = p.phase().id();
            m.put(id + " pages", new TreeSet<>(p.pages().stream().map(v -> v.url() + " " + v.outcome()).toList()));
            m.put(id + " cookies", new TreeSet<>(p.cookies().stream().map(c -> c.name() + "@" + c.domain()).toList()));
            m.put(id + " hosts", new TreeSet<>(p.requests().stream().map(r -> r.host()).toList()));
            m.put(id + " consent", new TreeSet<>(List.of(String.valueOf(p.consent() != null && p.consent().done()))));
        }
        return m;
    }
}
