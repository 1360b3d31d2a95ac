package dev.candor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.model.CandorJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks report.sarif with Microsoft's official SARIF validator (the SARIF Multitool, which the
 * build fetches from npm, checks against a pinned SHA-512 and unpacks into target/). It applies the
 * SARIF 2.1.0 JSON schema and the SARIF SDK's own rules; this test requires no result of level
 * error and prints the warnings. Without the binary it fails on CI ({@code CI} set) and is skipped
 * elsewhere.
 */
class SarifValidationTest {

    private static Path multitool;
    private static final Path OUT = Path.of("target", "sarif-validation");

    @BeforeAll
    static void findValidator() throws IOException {
        multitool = Path.of(System.getProperty("candor.sarifMultitool", "target/sarif-multitool/Sarif.Multitool"));
        if (!Files.isExecutable(multitool)) {
            String why = "the SARIF Multitool is not at " + multitool.toAbsolutePath()
                    + "; 'mvn -pl report generate-test-resources' fetches it with npm";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        Files.createDirectories(OUT);
    }

    @Test
    void realisticReportHasNoValidationErrors() throws Exception {
        assertValid("normal", ReportFixtures.normal());
    }

    @Test
    void hostileReportHasNoValidationErrors() throws Exception {
        assertValid("hostile", ReportFixtures.hostile());
    }

    private static void assertValid(String name, ReportContext ctx) throws Exception {
        Path sarif = OUT.resolve(name + ".sarif").toAbsolutePath();
        Path log = OUT.resolve(name + ".validation.sarif").toAbsolutePath();
        SarifReport.write(ctx, sarif);
        Files.deleteIfExists(log);
        ProcessBuilder pb = new ProcessBuilder(multitool.toAbsolutePath().toString(), "validate", sarif.toString(),
                "--output", log.toString(), "--log", "ForceOverwrite", "--config", "default")
                .redirectErrorStream(true);
        // runs without ICU; the single-file bundle unpacks into target/, not the home folder
        pb.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
        pb.environment().put("DOTNET_BUNDLE_EXTRACT_BASE_DIR", OUT.resolve("dotnet-bundle").toAbsolutePath().toString());
        pb.environment().put("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        Process p = pb.start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("validator finished").isTrue();
        assertThat(log).as("validator wrote its log; console:%n%s", console).exists();

        JsonNode run = CandorJson.mapper().readTree(Files.readString(log)).at("/runs/0");
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (JsonNode r : run.path("results")) {
            String level = effectiveLevel(run, r);
            String line = r.path("ruleId").asText() + " " + r.at("/message/id").asText() + " " + r.at("/message/arguments");
            if (level.equals("error")) {
                errors.add(line);
            } else if (level.equals("warning")) {
                warnings.add(line);
            }
        }
        // the validator analyses nothing, silently, when it cannot load a file (a 'mailto:' URI with %00 does it): it
        // warns of the missing region once per physical location, so seeing that count proves it read every result
        long regionWarnings = 0;
        for (JsonNode r : run.path("results")) {
            regionWarnings += r.path("ruleId").asText().equals("SARIF2017") ? 1 : 0;
        }
        assertThat(regionWarnings).as("validator read every result of %s; console:%n%s", sarif, console)
                .isEqualTo(ctx.result().findings().size());
        System.out.printf("SARIF validator on %s: %d errors, %d warnings (exit %d)%n", name, errors.size(), warnings.size(), p.exitValue());
        warnings.forEach(w -> System.out.println("  warning " + w));
        errors.forEach(e -> System.out.println("  ERROR " + e));
        assertThat(errors).as("validator errors on %s (console:%n%s)", sarif, console).isEmpty();
        assertThat(p.exitValue()).as("validator exit code; console:%n%s", console).isZero();
    }

    /** A result's level, else its rule's default level, else SARIF's default: warning. */
    private static String effectiveLevel(JsonNode run, JsonNode result) {
        if (result.hasNonNull("level")) {
            return result.get("level").asText();
        }
        JsonNode rule = run.at("/tool/driver/rules/" + result.path("ruleIndex").asInt(-1));
        String configured = rule.at("/defaultConfiguration/level").asText("");
        return configured.isEmpty() ? "warning" : configured;
    }
}
