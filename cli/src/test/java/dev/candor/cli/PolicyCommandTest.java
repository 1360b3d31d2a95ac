package dev.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.CandorJson;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.ScanException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code candor policy FILE}: no browser is involved for files. */
class PolicyCommandTest {

    /** One of the team's own labelled policies (rules module test resources). */
    private static final Path POLICY = Path.of("..", "rules", "src", "test", "resources", "policies", "brightwave-en.html");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Candor(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                options -> {
                    throw new ScanException(ScanException.Kind.BROWSER_FAILED, "a file must not start a browser");
                },
                new ChromiumLocator(Map.of("PATH", dir.toString())), false).execute(args);
    }

    @Test
    void printsWhatThePolicyClaimsAsText() {
        assertThat(run("policy", POLICY.toString())).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Brightwave Studio Ltd").contains("Stripe").contains("2025-01-14");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void printsJsonWithTheDocumentedTopLevelFields() throws Exception {
        assertThat(run("policy", POLICY.toString(), "--format", "json")).isZero();
        var tree = CandorJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(tree.get("status").asText()).isEqualTo("read");
        assertThat(tree.get("language").asText()).isEqualTo("en");
        assertThat(tree.get("art13").get("complaint-authority").asText()).isEqualTo("present");
        assertThat(tree.get("claims").size()).isGreaterThan(5);
    }

    @Test
    void anEmptyFileIsExitThreeWithOneLine() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertThat(run("policy", empty.toString())).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8).strip().lines()).hasSize(1);
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(run("policy", dir.resolve("missing.pdf").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.pdf: no such file");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("policy", POLICY.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--format");
    }

    @Test
    void jsonOutputCarriesNoRawTerminalControlsFromThePolicy() throws Exception {
        Path hostile = Files.writeString(dir.resolve("hostile.txt"), "Privacy policy\n\nThe controller responsible for the"
                + " processing of your personal data on this website is Evil\u009b2J Ltd \u202eecnarf\u202c, 1 Main Street, London."
                + " We use Google Analytics to count the visits to our pages, and we keep the data for as long as it is needed."
                + " You have the right to access your data and to lodge a complaint with the supervisory authority.\n",
                StandardCharsets.UTF_8);
        run("policy", hostile.toString(), "--format", "json");
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("Evil").doesNotContain("\u009b").doesNotContain("\u202e").contains("\\u202e");
        // escaped, not lost: a program reading the JSON gets the site's characters back
        assertThat(CandorJson.mapper().readTree(json).at("/controller/name").asText()).contains("\u202eecnarf");
    }
}
