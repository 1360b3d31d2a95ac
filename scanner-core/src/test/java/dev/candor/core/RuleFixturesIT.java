package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.demo.LocalSiteServer;
import dev.candor.model.Severity;
import dev.candor.model.finding.Finding;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The team's fixture sites with planted violations ({@code sites/rules-*}, written blind from the
 * rule semantics, each with its {@code expected-findings.json}), audited end to end in real
 * Chromium: every planted finding is reported with its rule, phase and subject; none of the
 * tempting false positives is; and {@code candor evaluate} on the folder gives the same findings.
 */
class RuleFixturesIT {

    @TempDir
    Path dir;

    static Stream<String> sites() throws Exception {
        Path root = Path.of(RuleFixturesIT.class.getResource("/sites").toURI());
        try (Stream<Path> all = Files.list(root)) {
            return all.filter(p -> Files.exists(p.resolve("expected-findings.json")))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void plantedFindingsAreReportedAndNothingElseSerious(String site) throws Exception {
        RequiredChromium.locate();
        JsonNode expected = new ObjectMapper().readTree(RuleFixturesIT.class.getResourceAsStream("/sites/" + site + "/expected-findings.json"));
        Auditor auditor = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT);
        AuditOutcome outcome;
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/" + site)) {
            AuditRequest request = AuditRequest.builder(URI.create(expected.path("startUrl").asText()), dir.resolve("audit"))
                    .browserArgs(List.of(server.hostResolverRule())).insecure(true).maxPages(3).build();
            outcome = auditor.run(request);
        }
        List<Finding> findings = outcome.result().findings();
        List<String> problems = new ArrayList<>();
        List<JsonNode> wanted = new ArrayList<>();
        expected.path("expected").forEach(wanted::add);
        for (JsonNode e : wanted) {
            if (findings.stream().noneMatch(f -> matches(f, e))) {
                problems.add("missing " + e.path("ruleId").asText() + " " + e.path("subject").asText() + " [" + e.path("phase").asText(null)
                        + "]: " + e.path("why").asText());
            }
        }
        for (JsonNode n : expected.path("mustNotFind")) {
            findings.stream().filter(f -> matches(f, n)).forEach(f -> problems.add("false positive " + f.ruleId() + " "
                    + f.subject().id() + ": " + f.message() + " (must not, because " + n.path("why").asText() + ")"));
        }
        List<JsonNode> allowed = new ArrayList<>(wanted);
        expected.path("mayFind").forEach(allowed::add);
        for (Finding f : findings) {
            if (f.severity().atLeast(Severity.HIGH) && allowed.stream().noneMatch(e -> matches(f, e))) {
                problems.add("unexpected " + f.severity().id() + " " + f.ruleId() + " " + f.subject().id() + ": " + f.message());
            }
        }
        System.out.printf(Locale.ROOT, "rule fixture %-22s expected %2d, found %2d findings, %d problems%n", site, wanted.size(),
                findings.size(), problems.size());
        problems.forEach(p -> System.out.println("    " + p));
        assertThat(problems).as("site %s; findings:%n%s", site, describe(findings)).isEmpty();

        // judged again offline from the saved folder: the same findings, in the same order
        AuditOutcome again = auditor.evaluate(dir.resolve("audit"), dir.resolve("again"), null, Judging.defaults(), null);
        assertThat(again.result().findings()).isEqualTo(findings);
        assertThat(again.result().attributions()).isEqualTo(outcome.result().attributions());
    }

    private static boolean matches(Finding f, JsonNode e) {
        if (!f.ruleId().equals(e.path("ruleId").asText())) {
            return false;
        }
        if (e.hasNonNull("subject") && !f.subject().id().equals(e.path("subject").asText())) {
            return false;
        }
        return !e.hasNonNull("phase") || f.phase() != null && f.phase().id().equals(e.path("phase").asText());
    }

    private static String describe(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        findings.forEach(f -> b.append("  ").append(f.severity().id()).append(' ').append(f.ruleId()).append(' ')
                .append(f.subject().id()).append(' ').append(f.phase()).append(": ").append(f.message()).append('\n'));
        return b.toString();
    }
}
