package dev.candor.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.core.AuditRequest;
import dev.candor.model.Severity;
import dev.candor.model.Viewport;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MojoParametersTest {

    private static final File OUT = new File("/tmp/site/target/candor");

    /** The values Maven injects when only candor.url is set. */
    private static MojoParameters defaults(String url) {
        return new MojoParameters(url, OUT, null, null, null, false, 30, 5, null, "1366x768", false, null, "high", null, null, null);
    }

    @Test
    void defaultsGiveTheCoresDefaults() {
        AuditRequest r = defaults("www.example.com").toRequest();
        AuditRequest core = AuditRequest.builder(AuditRequest.parseTarget("https://www.example.com/"), OUT.toPath()).build();
        assertThat(r).isEqualTo(core);
    }

    @Test
    void everyParameterReachesTheRequest() {
        MojoParameters p = new MojoParameters("https://shop.example.de/start", OUT, " policy.html ", new File("/usr/bin/chromium"),
                Arrays.asList("--lang=de", "", null, " --no-first-run "), true, 12, 3, "CandorBot/1", "800x600", true,
                List.of("example-cdn.net"), "MEDIUM", new File("kb.json"), Arrays.asList("insecure-cookie", " "), "html,sarif");
        AuditRequest r = p.toRequest();
        assertThat(r.target()).hasToString("https://shop.example.de/start");
        assertThat(r.outputDir()).isEqualTo(OUT.toPath());
        assertThat(r.policy()).isEqualTo("policy.html");
        assertThat(r.chromium()).isEqualTo(Path.of("/usr/bin/chromium"));
        assertThat(r.browserArgs()).containsExactly("--lang=de", "--no-first-run");
        assertThat(r.insecure()).isTrue();
        assertThat(r.pageTimeout()).isEqualTo(Duration.ofSeconds(12));
        assertThat(r.maxPages()).isEqualTo(3);
        assertThat(r.userAgent()).isEqualTo("CandorBot/1");
        assertThat(r.viewport()).isEqualTo(new Viewport(800, 600));
        assertThat(r.redactValues()).isTrue();
        assertThat(r.ownerDomains()).containsExactly("example-cdn.net");
        assertThat(r.failOn()).isEqualTo(Severity.MEDIUM);
        assertThat(r.knowledgeBase()).isEqualTo(Path.of("kb.json"));
        assertThat(r.disabledRules()).containsExactly("insecure-cookie");
        assertThat(r.formats()).containsExactlyInAnyOrder(dev.candor.report.ReportFormat.JSON, dev.candor.report.ReportFormat.HTML,
                dev.candor.report.ReportFormat.SARIF);
    }

    @Test
    void blankOptionalValuesMeanUnset() {
        MojoParameters p = new MojoParameters("https://www.example.com/", OUT, " ", null, List.of(), false, 30, 5, "", " ",
                false, List.of(), "", null, null, " ");
        AuditRequest r = p.toRequest();
        assertThat(r.policy()).isNull();
        assertThat(r.userAgent()).isNull();
        assertThat(r.viewport()).isEqualTo(AuditRequest.DEFAULT_VIEWPORT);
        assertThat(r.failOn()).isEqualTo(Severity.HIGH);
    }

    @Test
    void badValuesGiveOneLineMessagesNamingTheProperty() {
        assertMessage(defaults(null), "candor.url is required: set it to the site to audit, for example -Dcandor.url=https://www.example.com/");
        assertMessage(defaults("not a url"), "candor.url: 'not a url' is not a valid URL; give one like https://www.example.com/");
        assertMessage(defaults("ftp://files.example.com/"),
                "candor.url: 'ftp://files.example.com/' is not an http(s) URL; give one like https://www.example.com/");
        assertMessage(with(defaults("https://www.example.com/"), 30, 0, "1366x768", "high"), "candor.maxPages must be at least 1, got 0");
        assertMessage(with(defaults("https://www.example.com/"), 0, 5, "1366x768", "high"), "candor.timeoutSeconds must be at least 1, got 0");
        assertMessage(with(defaults("https://www.example.com/"), 30, 5, "big", "high"), "candor.viewport must look like 1366x768, got 'big'");
        assertMessage(with(defaults("https://www.example.com/"), 30, 5, "1366x768", "severe"),
                "candor.failOn must be one of critical, high, medium, low, info, got 'severe'");
    }

    private static MojoParameters with(MojoParameters p, int timeoutSeconds, int maxPages, String viewport, String failOn) {
        return new MojoParameters(p.url(), p.outputDirectory(), p.policy(), p.chromium(), p.browserArgs(), p.insecure(), timeoutSeconds,
                maxPages, p.userAgent(), viewport, p.redactValues(), p.ownerDomains(), failOn, p.knowledgeBase(), p.disabledRules(), p.formats());
    }

    private static void assertMessage(MojoParameters p, String message) {
        assertThatThrownBy(p::toRequest).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(message).doesNotContain("\n");
    }
}
