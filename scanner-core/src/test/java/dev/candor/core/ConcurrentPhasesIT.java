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
 * The accept and reject phases running at once, and all three phases at once (the later two
 * following before-consent's plan as it grows), record what they record one after the other: the
 * demo shop and a rules fixture, each audited all three ways in real Chromium, give the same findings
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
            assertSame(mode -> mode.apply(site.request(dir.resolve(mode.name()))).maxPages(3).build());
        }
    }

    @Test
    void aRulesFixtureGivesTheSameResultsBothWays() throws Exception {
        RequiredChromium.locate();
        String start = new ObjectMapper().readTree(getClass().getResourceAsStream("/sites/rules-prior-consent/expected-findings.json"))
                .path("startUrl").asText();
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/rules-prior-consent")) {
            assertSame(mode -> mode.apply(AuditRequest.builder(URI.create(start), dir.resolve(mode.name())))
                    .browserArgs(List.of(server.hostResolverRule())).insecure(true).maxPages(3).build());
        }
    }

    /** How the phases are scheduled. */
    enum Mode {
        SEQUENTIAL, TWO_AT_ONCE, ALL_AT_ONCE;

        AuditRequest.Builder apply(AuditRequest.Builder b) {
            return b.sequential(this == SEQUENTIAL).allPhasesAtOnce(this == ALL_AT_ONCE);
        }
    }

    private static void assertSame(Function<Mode, AuditRequest> request) throws AuditException {
        Auditor auditor = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT);
        AuditOutcome sequential = auditor.run(request.apply(Mode.SEQUENTIAL));
        ScanRecord seq = sequential.result().record();
        for (Mode mode : List.of(Mode.TWO_AT_ONCE, Mode.ALL_AT_ONCE)) {
            AuditOutcome concurrent = auditor.run(request.apply(mode));
            ScanRecord conc = concurrent.result().record();
            assertThat(conc.completion().complete()).as(mode.name()).isTrue();
            assertThat(conc.phases()).as(mode.name()).extracting(PhaseRecord::phase).containsExactlyElementsOf(Phase.STANDARD);
            assertThat(conc.pagesPlanned()).as(mode.name()).isEqualTo(seq.pagesPlanned());
            assertThat(findings(concurrent)).as("%s; findings:%n%s", mode.name(), describe(concurrent)).isNotEmpty()
                    .isEqualTo(findings(sequential));
            assertThat(observed(conc)).as(mode.name()).isEqualTo(observed(seq));
            assertThat(concurrent.result().policy().status()).as(mode.name()).isEqualTo(sequential.result().policy().status());
        }
    }

    /** Each finding with its message, which names the observation and when it was seen: what a failure needs. */
    private static String describe(AuditOutcome outcome) {
        StringBuilder b = new StringBuilder();
        outcome.result().findings().forEach(f -> b.append("  ").append(f.ruleId()).append(' ').append(f.message()).append('\n'));
        return b.toString();
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
