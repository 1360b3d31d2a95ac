package dev.candor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.model.finding.Finding;
import dev.candor.rules.catalogue.Catalogue;
import dev.candor.rules.catalogue.RuleDefinition;
import dev.candor.rules.checks.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The declarative rule cases, PMD-style: every file {@code rule-cases/<rule-id>/<case>.json} is a
 * test, discovered by convention. The findings of that rule must be exactly the expected subjects
 * and phases; other rules may fire and are not this case's business.
 */
class RuleCasesTest {

    private static final Evaluator EVALUATOR = Evaluator.builtIn();

    static List<RuleCase> cases() {
        try {
            Path root = Path.of(RuleCasesTest.class.getResource("/rule-cases").toURI());
            List<RuleCase> out = new ArrayList<>();
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                    try (Stream<Path> files = Files.list(dir)) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                            String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                            out.add(RuleCase.parse(dir.getFileName().toString(), name, new ObjectMapper().readTree(f.toFile())));
                        }
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGivesExactlyItsExpectedFindings() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Evaluation e = EVALUATOR.evaluate(c.record(), c.policy(), EvaluationSettings.defaults());
            List<RuleCase.Expected> found = e.findings().stream().filter(f -> f.ruleId().equals(c.rule()))
                    .map(f -> new RuleCase.Expected(f.subject().id(), f.phase() == null ? null : f.phase().id())).toList();
            assertThat(found).as("%s: %s%nfindings: %s", c, c.description(), describe(e.findings()))
                    .containsExactlyInAnyOrderElementsOf(c.expect());
        }));
    }

    @Test
    void everyRuleHasAFlaggingAndAPassingCase() {
        List<RuleCase> all = cases();
        // source-scan rules have their own cases (scanner-core's source-cases)
        for (RuleDefinition r : Catalogue.builtIn().rules().stream().filter(r -> !r.sources()).toList()) {
            assertThat(all).as("a flags- case for %s", r.id()).anyMatch(c -> c.rule().equals(r.id()) && c.name().startsWith("flags-"));
            assertThat(all).as("a passes- case for %s", r.id()).anyMatch(c -> c.rule().equals(r.id()) && c.name().startsWith("passes-"));
        }
        assertThat(all).allMatch(c -> Catalogue.builtIn().rule(c.rule()).isPresent(), "every case folder names a catalogue rule");
        assertThat(all).allMatch(c -> c.name().startsWith("flags-") == !c.expect().isEmpty(), "flags- cases expect findings, passes- none");
    }

    @Test
    void everyCatalogueRuleHasACheckAndEveryCheckARule() {
        assertThat(Checks.all().keySet()).containsExactlyInAnyOrderElementsOf(Catalogue.builtIn().rules().stream()
                .filter(r -> !r.sources()).map(r -> r.id()).toList());
        assertThat(dev.candor.rules.checks.SourceChecks.all().keySet()).containsExactlyInAnyOrderElementsOf(
                Catalogue.builtIn().rules().stream().filter(r -> r.sources()).map(r -> r.id()).toList());
    }

    private static String describe(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append("\n  ").append(f.ruleId()).append(' ').append(f.subject().id()).append(' ').append(f.phase()).append(": ")
                    .append(f.message());
        }
        return b.toString();
    }
}
