package dev.candor.rules.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.model.Phase;
import dev.candor.model.Severity;
import dev.candor.model.finding.Attribution;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.Subject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuppressionFileTest {

    private static final Set<String> RULES = Set.of("tracking-before-consent", "insecure-cookie");

    @TempDir
    Path dir;

    private List<Suppression> read(String json) throws Exception {
        Path f = dir.resolve("candor-suppressions.json");
        Files.writeString(f, json);
        return SuppressionFile.read(f, RULES);
    }

    /** The _ga cookie set by Google Analytics on the shop's checkout page, before consent. */
    private static Finding gaCookie() {
        Attribution ga = new Attribution("google-analytics", "Google Analytics", "analytics", "cookie _ga");
        return new Finding("tracking-before-consent", Severity.HIGH, "t", "m", null, Phase.BEFORE_CONSENT,
                new Subject(Subject.Kind.VENDOR, "google-analytics", "Google Analytics"), null, 1,
                List.of(new Evidence.CookieSeen(Phase.BEFORE_CONSENT, "https://shop.example/checkout/cart", 0, "_ga",
                        ".shop.example", "/", 63072000L, null, false, false, true, "script", null, 10L, null, ga)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\"}|true",
        "{\"ruleId\": \"insecure-cookie\", \"reason\": \"r\"}|false",
        "{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"vendor\": \"Google Analytics\"}|true",
        "{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"vendor\": \"hotjar\"}|false",
        "{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"cookie\": \"_g*\"}|true",
        "{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"cookie\": \"_gid\"}|false",
        "{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"host\": \"shop.example\"}|true",
        "{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"host\": \"example\"}|true",
        "{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"host\": \"op.example\"}|false",
        "{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"page\": \"https://shop.example/checkout/*\"}|true",
        "{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"page\": \"https://shop.example/\"}|false",
        "{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"cookie\": \"_ga\", \"vendor\": \"hotjar\"}|false",
    })
    void narrowingsMustAllMatch(String entry, boolean matches) throws Exception {
        Suppression s = read("{\"suppressions\": [" + entry + "]}").get(0);
        assertThat(s.matches(gaCookie())).isEqualTo(matches);
        assertThat(s.matches(gaCookie().withTriage(null))).isEqualTo(matches);
    }

    @Test
    void aFingerprintMatchesOnlyThatFinding() throws Exception {
        String fp = gaCookie().fingerprint();
        assertThat(read("{\"suppressions\": [{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"fingerprint\": \"" + fp
                + "\"}]}").get(0).matches(gaCookie())).isTrue();
        assertThat(read("{\"suppressions\": [{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"fingerprint\": \"0000000000000000\"}]}")
                .get(0).matches(gaCookie())).isFalse();
    }

    @Test
    void expiryIsInclusiveOfTheLastDayAndTheGateWarns() throws Exception {
        List<Suppression> s = read("{\"suppressions\": [\n{\"ruleId\": \"tracking-before-consent\", \"reason\": \"r\", \"expires\": \"2026-11-30\"}]}");
        Gate gate = new Gate(dir.resolve("candor-suppressions.json"), s, null);
        assertThat(gate.apply(List.of(gaCookie()), LocalDate.of(2026, 11, 30)).findings().get(0).suppressed()).isTrue();
        Gate.Result after = gate.apply(List.of(gaCookie()), LocalDate.of(2026, 12, 1));
        assertThat(after.findings().get(0).suppressed()).isFalse();
        assertThat(after.findings().get(0).fails(Severity.HIGH)).isTrue();
        assertThat(after.warnings()).singleElement().asString().contains("entry 1 (line 2, tracking-before-consent)")
                .contains("expired on 2026-11-30");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"suppressions\": [\\n{\"ruleId\": \"tracking-before-consent\"}]}|line 2: suppression 1 (tracking-before-consent) has no \"reason\"",
        "{\"suppressions\": [\\n{\"reason\": \"r\"}]}|line 2: suppression 1 has no \"ruleId\"",
        "{\"suppressions\": [\\n\\n{\"ruleId\": \"tracking-early\", \"reason\": \"r\"}]}|line 3: suppression 1 names unknown rule id 'tracking-early'",
        "{\"suppressions\": [{\"ruleId\": \"insecure-cookie\", \"reason\": \"r\", \"cokie\": \"_ga\"}]}|line 1: suppression 1 has an unknown key \"cokie\"",
        "{\"suppressions\": [{\"ruleId\": \"insecure-cookie\", \"reason\": \"r\", \"expires\": \"31.12.2026\"}]}|expires '31.12.2026' is not a date",
        "{\"suppressions\": [\\n{\"ruleId\": \"insecure-cookie\",,}]}|line 2: not valid JSON",
        "{\"rules\": []}|unknown key \"rules\"",
        "[]|expected an object",
    })
    void badFilesNameTheLineAndTheProblem(String json, String message) {
        assertThatThrownBy(() -> read(json.replace("\\n", "\n"))).isInstanceOf(GateFileException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aBaselineRoundTripsAndRejectsWhatIsNotOne() throws Exception {
        Path f = dir.resolve("candor-baseline.json");
        Files.writeString(f, Baseline.render("candor-report", List.of(gaCookie())));
        Baseline b = Baseline.read(f);
        assertThat(b.contains(gaCookie())).isTrue();
        Files.writeString(f, "{\"findings\": []}");
        assertThatThrownBy(() -> Baseline.read(f)).hasMessageContaining("not a Candor baseline");
        assertThatThrownBy(() -> Baseline.read(dir.resolve("none.json"))).hasMessageContaining("no such baseline file");
    }
}
