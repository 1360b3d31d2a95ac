package dev.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Usage errors: exit 2 and exactly one line on stderr that names the problem. No browser is started. */
class CandorUsageTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Candor candor = new Candor(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                options -> {
                    throw new ScanException(ScanException.Kind.BROWSER_FAILED, "a usage error must not start a browser");
                },
                new ChromiumLocator(Map.of("PATH", dir.toString())), false);
        return candor.execute(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Arguments are separated by ';' so that a URL with a space can be one argument. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "audit;http://exa mple.com/|not a valid URL",
        "audit;ftp://example.com/|not an http(s) URL",
        "audit;https://example.com/;--max-pages;0|--max-pages must be at least 1",
        "audit;https://example.com/;--timeout;0|--timeout must be at least 1",
        "audit;https://example.com/;--viewport;big|--viewport must be desktop, tablet, mobile or look like 1366x768",
        "audit;https://example.com/;--locale;deutsch|--locale must be a language tag such as de-DE or fr, got 'deutsch'",
        "audit;https://example.com/;--fail-on;severe|--fail-on must be one of",
        "audit;https://example.com/;--no-such-option|Unknown option: '--no-such-option'",
        "audit;--max-pages;x;https://example.com/|--max-pages must be a whole number, got 'x'",
        "audit;https://example.com/;--suppressions;/no/such/s.json|/no/such/s.json: no such suppressions file",
        "audit;https://example.com/;--baseline;/no/such/b.json|/no/such/b.json: no such baseline file",
        "scan-sources;/no/such/dir|DIR: no such folder /no/such/dir",
        "baseline;/no/such/audit|/no/such/audit/report.json: no report to make a baseline from",
        "audit;https://example.com/;--format;pdf|--format has an unknown report format 'pdf'",
        "audit;https://example.com/;--disable-rule;tracking-early|unknown rule id 'tracking-early'; known ids: tracking-before-consent",
        "audit;https://example.com/;--knowledge-base;/no/such/kb.json|/no/such/kb.json: no such file",
        "evaluate;/no/such/audit|/no/such/audit: no such audit folder",
        "audit;https://example.com:99999/|has port 99999; a port is 1 to 65535",
        "audit;https://example.com/;--viewport;99999x99999|viewport 99999x99999 is too large; at most 7680x4320",
        "audit;https://example.com/;--user-agent;Can\u0001dor|--user-agent must not contain control characters",
        "audit;https://example.com/;--out;/no-such-dir-candor/missing/../x|does not exist, so '..' after it names nothing",
    })
    void badInputIsExitTwoWithOneLine(String args, String expected) {
        int code = run(args.split(";"));
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains(expected);
        assertThat(stderr().strip().lines()).hasSize(1);
    }

    @Test
    void missingBrowserIsExitThreeWithTheInstallHint() {
        int code = run("audit", "https://www.example.com/", "--out", dir.resolve("out").toString());
        assertThat(code).isEqualTo(3);
        assertThat(stderr()).contains("no Chromium found").contains("apt-get install chromium");
    }

    @Test
    void aCorruptRecordIsNamedAndNothingIsWrittenOverIt() throws Exception {
        Path audit = Files.createDirectories(dir.resolve("audit"));
        Files.writeString(audit.resolve("record.json"), "{\"schemaVersion\": 2, \"target\": ");
        Files.writeString(audit.resolve("report.json"), "earlier report");
        assertThat(run("evaluate", audit.toString())).isEqualTo(2);
        assertThat(stderr()).contains(audit.resolve("record.json").toString()).contains("corrupt record");
        assertThat(stderr().strip().lines()).hasSize(1);
        assertThat(Files.readString(audit.resolve("report.json"))).isEqualTo("earlier report");
    }

    @Test
    void anOlderRecordSaysToAuditAgain() throws Exception {
        Path audit = Files.createDirectories(dir.resolve("old"));
        Files.writeString(audit.resolve("record.json"), "{\"schemaVersion\": 1, \"target\": \"https://x.example/\"}");
        assertThat(run("evaluate", audit.toString())).isEqualTo(2);
        assertThat(stderr()).contains("record schema version 1 is older than this Candor reads (2)");
    }

    @Test
    void rulesListsTheCatalogue() {
        assertThat(run("rules")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("tracking-before-consent", "undisclosed-vendor", "policy-not-found");
    }

    @Test
    void helpListsTheExitCodes() {
        int code = run("--help");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exit codes: 0 passed, 1 findings").contains("audit").contains("demo");
    }
}
