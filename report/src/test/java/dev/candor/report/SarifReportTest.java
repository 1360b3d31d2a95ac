package dev.candor.report;

import static dev.candor.report.ReportFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.candor.model.Severity;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.RuleInfo;
import dev.candor.report.sarif.UriReference;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    /** Rejects duplicate keys and trailing tokens: the strictest reading Jackson offers. */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    static JsonNode parse(ReportContext ctx) throws Exception {
        return STRICT.readTree(SarifReport.render(ctx));
    }

    @Test
    void driverDescribesEveryCatalogueRuleInOrder() throws Exception {
        ReportContext ctx = ReportFixtures.normal();
        JsonNode sarif = parse(ctx);
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("Candor");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(driver.get("semanticVersion").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://candor.dev/");
        List<RuleInfo> catalogue = ctx.rules();
        assertThat(catalogue).hasSize(30);
        assertThat(driver.get("rules")).hasSize(catalogue.size());
        for (int i = 0; i < catalogue.size(); i++) {
            RuleInfo rule = catalogue.get(i);
            JsonNode d = driver.get("rules").get(i);
            assertThat(d.get("id").asText()).isEqualTo(rule.id());
            assertThat(d.get("name").asText()).matches("([A-Z][a-z0-9]*)+");
            assertThat(d.get("name").asText().toLowerCase()).isEqualTo(rule.id().replace("-", ""));
            assertThat(d.at("/shortDescription/text").asText()).isEqualTo(rule.title());
            assertThat(d.at("/fullDescription/text").asText()).isEqualTo(rule.rationale());
            assertThat(d.at("/help/text").asText()).startsWith(rule.remediation()).endsWith(rule.legalReference());
            assertThat(d.at("/help/markdown").asText()).contains("**Legal reference:**");
            assertThat(d.get("helpUri").asText()).isEqualTo("https://candor.dev/rules#" + rule.id());
            assertThat(d.at("/defaultConfiguration/level").asText()).isEqualTo(expectedLevel(rule.severity()));
            assertThat(d.at("/properties/severity").asText()).isEqualTo(rule.severity().id());
            assertThat(d.at("/properties/legalReference").asText()).isEqualTo(rule.legalReference());
        }
        assertThat(driver.at("/rules/0/name").asText()).isEqualTo("TrackingBeforeConsent");
    }

    @Test
    void oneResultPerFindingWithItsRuleLevelFingerprintAndPage() throws Exception {
        ReportContext ctx = ReportFixtures.normal();
        JsonNode run = parse(ctx).at("/runs/0");
        List<Finding> findings = ctx.result().findings();
        assertThat(run.get("results")).hasSize(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonNode r = run.get("results").get(i);
            assertThat(r.get("ruleId").asText()).isEqualTo(f.ruleId());
            assertThat(run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText()).isEqualTo(f.ruleId());
            assertThat(r.get("level").asText()).isEqualTo(expectedLevel(f.severity()));
            assertThat(r.at("/message/text").asText()).isEqualTo(f.message());
            assertThat(r.at("/partialFingerprints/candorFingerprint~1v1").asText()).isEqualTo(f.fingerprint()).hasSize(16);
            assertThat(r.at("/locations/0/logicalLocations/0/name").asText()).isEqualTo(f.subject().label());
            assertThat(r.at("/locations/0/logicalLocations/0/kind").asText()).isEqualTo(f.subject().kind().id());
            assertThat(r.at("/properties/occurrences").asInt()).isEqualTo(f.occurrences());
            assertThat(r.at("/properties/severity").asText()).isEqualTo(f.severity().id());
            assertThat(r.at("/properties/subject/id").asText()).isEqualTo(f.subject().id());
            assertThat(r.at("/properties/phase").isMissingNode()).isEqualTo(f.phase() == null);
        }
        // tracking-before-consent: its first observation is the _ga cookie, seen on the checkout page
        assertThat(run.at("/results/1/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("https://www.shop.example/checkout");
        // policy-missing-information has no observation: the audit target stands in
        assertThat(run.at("/results/5/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(ReportFixtures.SITE);
        assertThat(run.at("/results/0/level").asText()).isEqualTo("error");
        assertThat(run.at("/results/3/level").asText()).isEqualTo("warning");
        assertThat(run.at("/results/8/level").asText()).isEqualTo("note");
    }

    @Test
    void invocationSaysWhetherTheAuditCompletedAndWhen() throws Exception {
        JsonNode normal = parse(ReportFixtures.normal()).at("/runs/0/invocations/0");
        assertThat(normal.get("executionSuccessful").asBoolean()).isTrue();
        assertThat(normal.get("startTimeUtc").asText()).isEqualTo("2026-11-30T10:00:00Z");
        assertThat(normal.get("endTimeUtc").asText()).isEqualTo("2026-11-30T10:01:35Z");
        assertThat(normal.has("toolExecutionNotifications")).isFalse();

        JsonNode hostile = parse(ReportFixtures.hostile()).at("/runs/0/invocations/0");
        assertThat(hostile.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(hostile.at("/toolExecutionNotifications/0/level").asText()).isEqualTo("error");
        assertThat(hostile.at("/toolExecutionNotifications/0/message/text").asText()).contains("browser died").doesNotContain("\u001b");
        assertThat(hostile.at("/toolExecutionNotifications/1/level").asText()).isEqualTo("warning");
    }

    @Test
    void hostileTextStaysDataAndCannotPlantLinksOrEscapes() throws Exception {
        ReportContext ctx = ReportFixtures.hostile();
        String text = SarifReport.render(ctx);
        assertThat(text).matches("\\p{ASCII}*").doesNotContain("\u001b").doesNotContain("\u0007");
        JsonNode run = STRICT.readTree(text).at("/runs/0");
        assertThat(run.at("/tool/driver/semanticVersion").isMissingNode()).as("'test' is no semantic version").isTrue();
        assertThat(run.at("/tool/driver/version").asText()).isEqualTo("test");
        JsonNode first = run.at("/results/0");
        assertThat(first.at("/message/text").asText())
                .startsWith("Cookie evil\\u001B\\[2J\",=cmd|' /C calc'!A0<script>alert(1)</script>\\]\\]>")
                .contains("\\[click\\](https://evil.example)");
        // the subject's own data is kept exactly, for tools that match on it
        assertThat(first.at("/properties/subject/label").asText()).isEqualTo(HOSTILE);
        assertThat(first.at("/properties/subject/id").asText()).isEqualTo(HOSTILE);
        assertThat(first.at("/locations/0/logicalLocations/0/name").asText()).isEqualTo(ReportFixtures.HOSTILE_VISIBLE);
        List<String> uris = new ArrayList<>();
        run.get("results").forEach(r -> uris.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
        assertThat(uris).hasSize(ctx.result().findings().size()).allSatisfy(SarifReportTest::assertUriReference);
        // the hostile page encodes a bidi override beside escaped delimiters, which .NET's Uri refuses: the query goes
        assertThat(uris.get(0)).isEqualTo("https://www.shop.example/p");
        assertThat(first.at("/properties/page").asText()).isEqualTo(ReportFixtures.HOSTILE_URL);
    }

    @Test
    void everyRuleAFindingNamesHasADescriptorEvenOutsideTheCatalogue() throws Exception {
        ReportContext ctx = ReportFixtures.normal();
        ReportContext shortCatalogue = new ReportContext(ctx.result(), ctx.rules().subList(0, 3), Severity.HIGH, ctx.auditDir());
        JsonNode run = parse(shortCatalogue).at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        long distinctRules = ctx.result().findings().stream().map(Finding::ruleId)
                .filter(id -> shortCatalogue.rules().stream().noneMatch(r -> r.id().equals(id))).distinct().count();
        assertThat(rules).hasSize(3 + (int) distinctRules);
        run.get("results").forEach(r -> assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText()));
    }

    @Test
    void levelsFollowSeverity() {
        assertThat(SarifReport.level(Severity.CRITICAL).id()).isEqualTo("error");
        assertThat(SarifReport.level(Severity.HIGH).id()).isEqualTo("error");
        assertThat(SarifReport.level(Severity.MEDIUM).id()).isEqualTo("warning");
        assertThat(SarifReport.level(Severity.LOW).id()).isEqualTo("note");
        assertThat(SarifReport.level(Severity.INFO).id()).isEqualTo("note");
        assertThat(SarifReport.pascalCase("policy-not-found")).isEqualTo("PolicyNotFound");
    }

    @Test
    void validUrlsPassUnchangedAndInvalidOnesAreEncoded() {
        for (String valid : List.of("https://www.shop.example/a/b?c=d&e=f#g", "http://[::1]:8080/x", "https://user:pw@host.example:443/%20x",
                "https://shop.example/a(1)!$'*+,;=:@~", "mailto:x@y.example", "relative/path?x=1")) {
            assertThat(UriReference.encode(valid)).isEqualTo(valid);
        }
        assertThat(UriReference.encode("https://shop.example/a b|c")).isEqualTo("https://shop.example/a%20b%7Cc");
        assertThat(UriReference.encode("https://shop.example/%zz%4")).isEqualTo("https://shop.example/%25zz%254");
        assertThat(UriReference.encode("https://shop.example/é?q=ü#a#b")).isEqualTo("https://shop.example/%C3%A9?q=%C3%BC#a%23b");
        assertThat(UriReference.encode("https://shop.example/[x]")).isEqualTo("https://shop.example/%5Bx%5D");
        assertThat(UriReference.encode("https://ev[il.example:x/")).satisfies(SarifReportTest::assertUriReference);
        assertThat(UriReference.encode(" javascript:alert(1)")).satisfies(SarifReportTest::assertUriReference).doesNotContain(":");
        assertThat(UriReference.encode("https://shop.example/\uD83C\uDF6A")).isEqualTo("https://shop.example/%F0%9F%8D%AA");
        assertThat(UriReference.encode("")).isNull();
    }

    @Test
    void locationsAreShortenedOnlyAsFarAsDotNetNeeds() {
        assertThat(UriReference.location("https://shop.de/k\u00fcche/st\u00fchle")).isEqualTo("https://shop.de/k%C3%BCche/st%C3%BChle");
        assertThat(UriReference.location("https://shop.de/a b?q=c d#e f")).isEqualTo("https://shop.de/a%20b?q=c%20d#e%20f");
        assertThat(UriReference.location("https://shop.de/k\u00fcche?q=a b")).isEqualTo("https://shop.de/k%C3%BCche");
        assertThat(UriReference.location("https://shop.de/k\u00fcche#top")).isEqualTo("https://shop.de/k%C3%BCche");
        assertThat(UriReference.location("https://shop.de/a%20k\u00fcche?x=1")).isEqualTo("https://shop.de/");
        assertThat(UriReference.location("https://shop.de/\u202Egpj.exe")).isEqualTo("https://shop.de/");
        assertThat(UriReference.location("no scheme at all")).isNull();
    }

    @Test
    void writeReplacesTheFileAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.sarif");
        Files.writeString(file, "old");
        SarifReport.write(ReportFixtures.normal(), file);
        assertThat(Files.readString(file)).isEqualTo(SarifReport.render(ReportFixtures.normal()));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.sarif");
        }
    }

    static String expectedLevel(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** A URI reference (RFC 3986): ASCII only, and java.net.URI (stricter than 3986 in places) accepts it. */
    static void assertUriReference(String uri) {
        assertThat(uri).matches("\\p{ASCII}+").doesNotContain(" ", "\"", "<", ">", "|", "`", "{", "}", "^");
        assertThat(URI.create(uri)).isNotNull();
    }
}
