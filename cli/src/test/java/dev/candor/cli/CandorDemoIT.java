package dev.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.candor.model.CandorJson;
import dev.candor.model.ScanRecord;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.ScanException;
import dev.candor.scan.browser.ChromiumBrowser;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, and what a user sees when they stop an audit, in real Chromium. */
class CandorDemoIT {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsChromium() {
        try {
            new ChromiumLocator().locate(null);
        } catch (ScanException e) {
            if (System.getenv("CI") != null) {
                fail("CI needs a browser: " + e.getMessage());
            }
            org.junit.jupiter.api.Assumptions.abort(e.getMessage());
        }
    }

    @Test
    void demoAuditsTheShopAndWritesBothFiles() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path report = dir.resolve("report");
        int code = new Candor(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                ChromiumBrowser::launch, new ChromiumLocator(), false).execute("demo", "--out", report.toString(), "--max-pages", "2",
                        "--format", "json,html,sarif,junit,md,csv");
        String printed = out.toString(StandardCharsets.UTF_8);
        // the demo shop's planted violations fail the default gate (high)
        assertThat(code).as("stdout:%n%s%nstderr:%n%s", printed, err).isEqualTo(1);
        assertThat(printed).contains("phase before-consent", "phase after-accept", "phase after-reject",
                "third parties: in.hotjar.com", "accept done via text-match",
                "tracking-before-consent", "tracking-after-reject", "cookie-lifetime-mismatch", "failed: ");
        assertThat(report.resolve("record.json")).exists();
        assertThat(report.resolve("report.json")).exists();
        assertThat(report.resolve("policy.json")).exists();
        for (String file : List.of("report.html", "report.sarif", "report.junit.xml", "report.md", "cookies.csv")) {
            assertThat(report.resolve(file)).isNotEmptyFile();
        }
        // the page a person opens is the last line printed
        assertThat(printed.strip().lines().reduce((a, b) -> b).orElseThrow()).contains("open:").endsWith("report.html");
        assertThat(CandorJson.readRecord(report.resolve("record.json")).completion().complete()).isTrue();

        // judged again offline: the same findings; fewer rules and a higher threshold pass the gate
        var live = CandorJson.mapper().readTree(report.resolve("report.json").toFile()).get("findings");
        Path again = dir.resolve("again");
        assertThat(run("evaluate", report.toString(), "--out", again.toString())).isEqualTo(1);
        assertThat(CandorJson.mapper().readTree(again.resolve("report.json").toFile()).get("findings")).isEqualTo(live);
        assertThat(run("evaluate", report.toString(), "--out", again.toString(), "--fail-on", "critical",
                "--disable-rule", "tracking-after-reject")).isZero();
        String record = Files.readString(report.resolve("record.json"));
        assertThat(run("evaluate", report.toString(), "--disable-rule", "no-such-rule")).isEqualTo(2);
        assertThat(Files.readString(report.resolve("record.json"))).isEqualTo(record);
    }

    private static int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new Candor(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                ChromiumBrowser::launch, new ChromiumLocator(), false).execute(args);
    }

    @Test
    void policyReadsAUrlRenderedInChromium() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (dev.candor.demo.DemoSite site = dev.candor.demo.DemoSite.start()) {
            int code = new Candor(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    ChromiumBrowser::launch, new ChromiumLocator(), false).execute("policy", site.startUrl().resolve("/datenschutz.html").toString(),
                    "--insecure", "--browser-arg", site.browserArgs().get(0), "--format", "json");
            assertThat(code).as("stderr: %s", err).isZero();
        }
        var tree = CandorJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(tree.get("status").asText()).isEqualTo("read");
        assertThat(tree.get("source").asText()).isEqualTo("https://www.kaffeebohne-shop.de/datenschutz.html");
        assertThat(tree.get("vendors").findValuesAsText("name")).contains("Google Analytics").doesNotContain("Hotjar");
        assertThat(tree.get("consentModel").get("model").asText()).isEqualTo("prior-consent");
    }

    @Test
    void aSignalMidAuditKeepsWhatWasRecorded() throws Exception {
        Path report = dir.resolve("stopped");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a temporary directory of its own, so that what the audit, Chromium or Playwright's driver leave shows;
        // short, as a system's is, or Candor would put Chromium's socket elsewhere (see BrowserTempDir)
        Path tmp = Files.createTempDirectory(Path.of("/tmp"), "cdt");
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "demo", "--out", report.toString(), "--max-pages", "2")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
        builder.environment().put("TMPDIR", tmp.toString());
        Process process = builder.start();
        Path record = report.resolve("record.json");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        // the record is first written when the before-consent phase ends
        while (!Files.exists(record) && process.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(record).as("log: %s", Files.readString(dir.resolve("log.txt"))).exists();
        process.destroy(); // SIGTERM, which runs the JVM's shutdown hooks as Ctrl-C does
        assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        ScanRecord kept = CandorJson.readRecord(record);
        assertThat(kept.completion().complete()).isFalse();
        // an audit that failed before the signal (a launch timeout on a loaded machine) says why here
        assertThat(kept.phases()).as("completion: %s%nlog: %s", kept.completion().reason(), Files.readString(dir.resolve("log.txt")))
                .isNotEmpty();
        assertThat(kept.phases().get(0).pages()).isNotEmpty();
        assertThat(kept.completion().reason()).containsAnyOf("interrupted", "audit stopped", "in progress");
        try (var files = Files.list(report)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".candor-profiles") || n.endsWith(".tmp")))
                    .as("no scratch left in %s", report).isEmpty();
        }
        assertThat(List.of(new File(report.toString()).list())).contains("record.json", "report.json");
        // Playwright's driver (playwright-artifacts-*), Chromium (org.chromium.*) and Candor's own folders
        // (candor-*) are all gone; only Playwright's unpacked copy of itself may stay for the next start
        try {
            assertThat(new File(tmp.toString()).list()).as("left in the temporary directory")
                    .allMatch(n -> n.startsWith("playwright-java-"));
        } finally {
            try (var walk = Files.walk(tmp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
