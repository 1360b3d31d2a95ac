package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.candor.model.CandorJson;
import dev.candor.model.Severity;
import dev.candor.model.finding.Finding;
import dev.candor.report.ReportFormat;
import dev.candor.scan.ChromiumLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source scan end to end without a browser: findings with file, line and column, the gate
 * (suppressions, expiry, baseline) and every report format, valid against the published schema.
 */
class SourceAuditTest {

    @TempDir
    Path project;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private Auditor auditor;

    @BeforeEach
    void aProjectWithOneUngatedAndOneGatedTag() throws Exception {
        Path webapp = Files.createDirectories(project.resolve("src/main/webapp"));
        Files.writeString(webapp.resolve("index.html"), String.join("\n",
                "<!doctype html>",
                "<html><head>",
                "  <script async src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>",
                "  <script type=\"text/plain\" data-category=\"analytics\" src=\"https://static.hotjar.com/c/hotjar-1.js\"></script>",
                "</head><body><iframe src=\"https://www.youtube.com/embed/x\"></iframe></body></html>"));
        auditor = new Auditor(o -> {
            throw new AssertionError("a source scan starts no browser");
        }, new ChromiumLocator(Map.of()), clock, AuditListener.SILENT);
    }

    private AuditOutcome scan(Path suppressions, Path baseline) throws AuditException {
        Judging judging = new Judging(null, List.of(), Severity.HIGH, EnumSet.allOf(ReportFormat.class), suppressions, baseline);
        return auditor.scanSources(new SourceScanRequest(project, SourceScanRequest.DEFAULT_ROOTS.stream().map(Path::of).toList(),
                false, project.resolve("target/candor-sources"), null, null, judging));
    }

    @Test
    void anUngatedTagFailsAtItsLineAndTheGatedOneIsNotReported() throws Exception {
        AuditOutcome o = scan(null, null);
        assertThat(o.failing()).extracting(Finding::ruleId).containsExactly("ungated-tracking-tag");
        assertThat(o.failing().get(0).firstSource()).contains("src/main/webapp/index.html:3:3");
        assertThat(o.result().findings()).extracting(Finding::ruleId).containsExactly("ungated-tracking-tag", "ungated-third-party-embed");
        assertThat(o.result().findings()).noneMatch(f -> f.subject().label().contains("Hotjar"));
        AuditorTest.assertValidReport(o.reportFile());
        JsonNode sarif = CandorJson.mapper().readTree(o.reportFile().resolveSibling("report.sarif").toFile());
        JsonNode location = sarif.at("/runs/0/results/0/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("src/main/webapp/index.html");
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(3);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(3);
        assertThat(sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo(project.toUri().toString());
        assertThat(Files.readString(o.reportFile().resolveSibling("report.html")))
                .contains("src/main/webapp/index.html:3:3").contains("Accept this finding").contains("\"fingerprint\" : \"" + o.failing().get(0).fingerprint() + "\"");
    }

    @Test
    void aSuppressionAcceptsAFindingAndAnExpiredOneWarnsAndNoLongerSuppresses() throws Exception {
        Path file = project.resolve("candor-suppressions.json");
        Files.writeString(file, """
                {"suppressions": [
                  {"ruleId": "ungated-tracking-tag", "vendor": "google-analytics", "reason": "accepted by legal until the CMP launch", "expires": "2026-12-31"},
                  {"ruleId": "ungated-third-party-embed", "page": "src/main/webapp/*", "reason": "old", "expires": "2026-11-30"}
                ]}
                """);
        AuditOutcome o = scan(file, null);
        assertThat(o.failing()).isEmpty();
        Finding ga = o.result().findings().get(0);
        assertThat(ga.suppressed()).isTrue();
        assertThat(ga.triage().suppression().reason()).isEqualTo("accepted by legal until the CMP launch");
        assertThat(ga.triage().suppression().line()).isEqualTo(2);
        assertThat(o.result().findings().get(1).suppressed()).isFalse();
        assertThat(o.warnings()).singleElement().asString().contains("entry 2 (line 3, ungated-third-party-embed)")
                .contains("expired on 2026-11-30");
        AuditorTest.assertValidReport(o.reportFile());
        JsonNode sarif = CandorJson.mapper().readTree(o.reportFile().resolveSibling("report.sarif").toFile());
        assertThat(sarif.at("/runs/0/results/0/suppressions/0/justification").asText()).isEqualTo("accepted by legal until the CMP launch");
        assertThat(Files.readString(o.reportFile().resolveSibling("report.html"))).contains("suppressed");
        assertThat(Files.readString(o.reportFile().resolveSibling("report.md"))).contains("(suppressed: accepted by legal");
    }

    @Test
    void theBaselineLetsOldFindingsPassAndANewOneFails() throws Exception {
        AuditOutcome first = scan(null, null);
        Path baseline = project.resolve("candor-baseline.json");
        Files.writeString(baseline, auditor.baseline(first.reportFile().getParent()));
        assertThat(scan(null, baseline).failing()).isEmpty();
        Files.writeString(project.resolve("src/main/webapp/new.html"),
                "<html><body>\n<script>fbq('init', '1'); fbq('track', 'PageView');</script>\n</body></html>");
        AuditOutcome second = scan(null, baseline);
        assertThat(second.failing()).singleElement().satisfies(f -> {
            assertThat(f.subject().label()).isEqualTo("Meta Pixel in src/main/webapp/new.html");
            assertThat(f.triage().isNew()).isTrue();
        });
        assertThat(second.result().findings()).filteredOn(f -> Boolean.FALSE.equals(f.triage().isNew())).hasSize(2);
        JsonNode sarif = CandorJson.mapper().readTree(second.reportFile().resolveSibling("report.sarif").toFile());
        assertThat(sarif.at("/runs/0/results").findValuesAsText("baselineState")).containsExactlyInAnyOrder("new", "unchanged", "unchanged");
    }

    @Test
    void aMalformedSuppressionsFileIsAConfigurationErrorNamingTheLine() throws Exception {
        Path file = project.resolve("candor-suppressions.json");
        Files.writeString(file, "{\"suppressions\": [\n  {\"ruleId\": \"ungated-tracking-tag\",\n   \"reason\": \"x\",,\n}]}");
        assertThatThrownBy(() -> scan(file, null)).isInstanceOfSatisfying(AuditException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).startsWith(file + " line 3: not valid JSON");
        });
        assertThat(project.resolve("target/candor-sources")).doesNotExist();
    }
}
