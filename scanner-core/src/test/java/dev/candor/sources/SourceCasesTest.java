package dev.candor.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.model.source.SourceRecord;
import dev.candor.rules.EvaluationSettings;
import dev.candor.rules.Evaluator;
import dev.candor.rules.policy.PolicyInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The source scan's declarative cases ({@code src/test/resources/source-cases}), written blind from
 * the rules' specification: each folder holds source files, an optional policy and the findings
 * expected, one per tag (rule, vendor, file, line, column). A finding groups a vendor's tags in one
 * file, so the comparison is over every tag location in the findings' evidence.
 */
class SourceCasesTest {

    private static final Path CASES = Path.of("src/test/resources/source-cases");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Evaluator evaluator = Evaluator.builtIn();

    @TestFactory
    Stream<DynamicTest> everyCase() throws Exception {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(CASES)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    @Test
    void thereAreFlaggingAndPassingCasesForEverySourceRule() throws Exception {
        Set<String> flagged = new TreeSet<>();
        int passes = 0;
        try (Stream<Path> s = Files.list(CASES)) {
            for (Path dir : s.filter(Files::isDirectory).toList()) {
                JsonNode expect = JSON.readTree(dir.resolve("expect.json").toFile());
                expect.path("findings").forEach(f -> flagged.add(f.path("ruleId").asText()));
                passes += dir.getFileName().toString().startsWith("passes-") ? 1 : 0;
            }
        }
        assertThat(flagged).containsExactly("undisclosed-vendor-in-source", "ungated-third-party-embed", "ungated-tracking-tag");
        assertThat(passes).isGreaterThanOrEqualTo(10);
    }

    private void check(Path dir) throws Exception {
        JsonNode expect = JSON.readTree(dir.resolve("expect.json").toFile());
        Set<String> wanted = new TreeSet<>();
        for (JsonNode f : expect.path("findings")) {
            wanted.add(key(f.path("ruleId").asText(), f.path("vendor").isNull() ? null : f.path("vendor").asText(),
                    f.path("file").asText(), f.path("line").asInt(), f.path("column").asInt()));
        }
        assertThat(dir.getFileName().toString().startsWith("flags-")).as("flags- cases expect findings").isEqualTo(!wanted.isEmpty());
        SourceRecord record = new SourceScanner(evaluator.knowledgeBase()).scan(dir, List.of(Path.of(".")), Instant.EPOCH);
        PolicyEvidence policy = null;
        if (expect.hasNonNull("policy")) {
            policy = evaluator.reader().extract(PolicyInput.fromFile(dir.resolve(expect.path("policy").asText())));
        }
        List<Finding> findings = evaluator.evaluateSources(record, policy, new EvaluationSettings(Set.of())).findings();
        Set<String> got = new TreeSet<>();
        for (Finding f : findings) {
            for (Evidence e : f.evidence()) {
                if (e instanceof Evidence.SourceSeen s) {
                    got.add(key(f.ruleId(), s.attribution() == null ? null : s.attribution().vendorId(), s.file(), s.line(), s.column()));
                }
            }
        }
        assertThat(new ArrayList<>(got)).as(expect.path("about").asText()).containsExactlyElementsOf(wanted);
    }

    private static String key(String rule, String vendor, String file, int line, int column) {
        return rule + " " + vendor + " " + file + ":" + line + ":" + column;
    }
}
