package dev.candor.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.core.AuditRequest;
import dev.candor.core.settings.Wording;
import dev.candor.model.Severity;
import dev.candor.model.Viewport;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The audit goal's parameters become the core's request, and the core's complaints name the property. */
class AuditMojoRequestTest {

    private static final File OUT = new File("/tmp/site/target/candor");

    /** The values Maven injects when only candor.url is set. */
    private static AuditMojo defaults(String url) {
        AuditMojo m = new AuditMojo();
        m.url = url;
        m.outputDirectory = OUT;
        m.timeoutSeconds = 30;
        m.maxPages = 5;
        m.viewport = "1366x768";
        m.failOn = "high";
        m.formats = "json,html";
        return m;
    }

    private static AuditMojo with(String url, Consumer<AuditMojo> change) {
        AuditMojo m = defaults(url);
        change.accept(m);
        return m;
    }

    @Test
    void defaultsGiveTheCoresDefaults() {
        AuditRequest r = defaults("www.example.com").request();
        AuditRequest core = AuditRequest.builder(AuditRequest.parseTarget("https://www.example.com/"), OUT.toPath()).build();
        assertThat(r).isEqualTo(core);
    }

    @Test
    void everyParameterReachesTheRequest() {
        AuditMojo m = with("https://shop.example.de/start", p -> {
            p.policy = " policy.html ";
            p.chromium = new File("/usr/bin/chromium");
            p.browserArgs = Arrays.asList("--lang=de", "", null, " --no-first-run ");
            p.insecure = true;
            p.timeoutSeconds = 12;
            p.maxPages = 3;
            p.userAgent = "CandorBot/1";
            p.viewport = "800x600";
            p.locale = "de-de";
            p.gpc = true;
            p.redactValues = true;
            p.ownerDomains = List.of("example-cdn.net");
            p.failOn = "MEDIUM";
            p.knowledgeBase = new File("kb.json");
            p.disabledRules = Arrays.asList("insecure-cookie", " ");
            p.formats = "html,sarif";
            p.suppressions = new File("candor-suppressions.json");
            p.baseline = new File("candor-baseline.json");
        });
        AuditRequest r = m.request();
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
        assertThat(r.locale()).isEqualTo("de-DE");
        assertThat(r.gpc()).isTrue();
        assertThat(r.redactValues()).isTrue();
        assertThat(r.ownerDomains()).containsExactly("example-cdn.net");
        assertThat(r.failOn()).isEqualTo(Severity.MEDIUM);
        assertThat(r.knowledgeBase()).isEqualTo(Path.of("kb.json"));
        assertThat(r.disabledRules()).containsExactly("insecure-cookie");
        assertThat(r.formats()).containsExactlyInAnyOrder(dev.candor.report.ReportFormat.JSON, dev.candor.report.ReportFormat.HTML,
                dev.candor.report.ReportFormat.SARIF);
        assertThat(r.suppressions()).isEqualTo(Path.of("candor-suppressions.json"));
        assertThat(r.baseline()).isEqualTo(Path.of("candor-baseline.json"));
    }

    @Test
    void blankOptionalValuesMeanUnset() {
        AuditRequest r = with("https://www.example.com/", p -> {
            p.policy = " ";
            p.userAgent = "";
            p.viewport = " ";
            p.failOn = "";
            p.formats = " ";
        }).request();
        assertThat(r.policy()).isNull();
        assertThat(r.userAgent()).isNull();
        assertThat(r.viewport()).isEqualTo(AuditRequest.DEFAULT_VIEWPORT);
        assertThat(r.failOn()).isEqualTo(Severity.HIGH);
    }

    @Test
    void badValuesGiveOneLineMessagesNamingTheProperty() {
        assertMessage(defaults(null), "candor.url is required: give the site to audit, for example https://www.example.com/");
        assertMessage(defaults("not a url"), "candor.url 'not a url' is not a valid URL; give one like https://www.example.com/");
        assertMessage(defaults("ftp://files.example.com/"),
                "candor.url 'ftp://files.example.com/' is not an http(s) URL; give one like https://www.example.com/");
        assertMessage(with("https://www.example.com/", p -> p.maxPages = 0), "candor.maxPages must be at least 1, got 0");
        assertMessage(with("https://www.example.com/", p -> p.timeoutSeconds = 0), "candor.timeoutSeconds must be at least 1, got 0");
        assertMessage(with("https://www.example.com/", p -> p.viewport = "big"), "candor.viewport must be desktop, tablet, mobile or look like 1366x768, got 'big'");
        assertMessage(with("https://www.example.com/", p -> p.failOn = "severe"),
                "candor.failOn must be one of critical, high, medium, low, info; got 'severe'");
        assertMessage(with("https://www.example.com/", p -> p.formats = "pdf"),
                "candor.formats has an unknown report format 'pdf'; use json, html, sarif, junit, md or csv");
    }

    private static void assertMessage(AuditMojo m, String message) {
        assertThatThrownBy(m::request).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(Wording.MAVEN.render(e.getMessage())).isEqualTo(message));
        assertThat(message).doesNotContain("\n").doesNotContain("--");
    }
}
