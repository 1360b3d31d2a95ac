package dev.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.AuditResult;
import dev.candor.model.CandorJson;
import dev.candor.model.Completion;
import dev.candor.model.CookieObservation;
import dev.candor.model.CookieSource;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.ScanRecord;
import dev.candor.model.ScanSettings;
import dev.candor.model.ToolInfo;
import dev.candor.model.Viewport;
import java.time.Instant;
import java.util.List;
import dev.candor.model.Severity;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.Subject;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {

    /** A cookie name a hostile site chose to rewrite the terminal and break out of JSON. */
    private static final String HOSTILE = "evil\u001b[2J\",\"x\":\"<script>";

    static AuditResult hostileResult() {
        CookieObservation cookie = new CookieObservation(HOSTILE, ".tracker.example", "/", HOSTILE, "ab", null, 63072000L, true, false, "None",
                false, CookieSource.HTTP, "https://tracker.example/x", "https://www.shop.example/", false, false, List.of(), 4L, null, 0);
        PhaseRecord phase = new PhaseRecord(Phase.BEFORE_CONSENT, Instant.EPOCH, null, false,
                List.of(new PageVisit("https://www.shop.example/", "https://www.shop.example/", HOSTILE, 200, PageOutcome.LOADED, null, 10, List.of())),
                List.of(cookie), List.of(), List.of(), List.of());
        ScanRecord record = new ScanRecord(ScanRecord.CURRENT_SCHEMA_VERSION, "https://www.shop.example/", "shop.example", Instant.EPOCH,
                Instant.EPOCH, new ToolInfo("candor", "test", null),
                new ScanSettings(1, 1000, false, false, null, new Viewport(1, 1), List.of(), List.of()),
                List.of("https://www.shop.example/"), List.of(phase), null, Completion.finished(), List.of());
        Finding finding = new Finding("undisclosed-cookie", Severity.MEDIUM, "A cookie is missing from the policy's cookie list",
                "Cookie " + HOSTILE + " is set", "GDPR Art. 13", null, new Subject(Subject.Kind.COOKIE, HOSTILE, HOSTILE), null, 1,
                List.of(new Evidence.PolicyQuote(HOSTILE, HOSTILE, 0, null)));
        return new AuditResult(record, null, List.of(finding), null, null);
    }

    @Test
    void findingsAreListedWithSiteTextCleaned() {
        String text = ConsoleSummary.render(hostileResult());
        assertThat(text).contains("findings: 1 (1 medium)").contains("undisclosed-cookie").contains("evil?[2J");
    }

    @Test
    void stripsControlCharactersFromSiteStrings() {
        String text = ConsoleSummary.render(hostileResult());
        assertThat(text).doesNotContain("\u001b").contains("1 cookies (1 third-party, 0 blocked)");
    }

    @Test
    void jsonReportEscapesSiteStringsAndReadsBackIntact() throws Exception {
        String json = JsonReport.render(hostileResult());
        assertThat(json).doesNotContain("\u001b").contains("\\u001B[2J\\\",\\\"x\\\":\\\"<script>");
        var tree = CandorJson.mapper().readTree(json);
        assertThat(tree.at("/phases/0/cookies/0/name").asText()).isEqualTo(HOSTILE);
        assertThat(tree.at("/phases/0/cookies/0/requestedLifetimeSeconds").asLong()).isEqualTo(63072000L);
    }

    @Test
    void theTerminalSanitiserKeepsLineBreaksOfMultiLineTextAndStopsEveryEscape() {
        String policy = "We use Google Analytics\u001b]0;owned\u0007 here\n  Meta \u202eIreland\u202c \u009b2J\n";
        String safe = ConsoleSummary.safeLines(policy);
        assertThat(safe).isEqualTo("We use Google Analytics?]0;owned? here\n  Meta ?Ireland? ?2J\n");
        assertThat(ConsoleSummary.safe("a\u001b[2Jb" + "x".repeat(300))).hasSize(306).startsWith("a?[2Jb");
    }

    @Test
    void jsonForATerminalEscapesC1AndBidiButKeepsTheText() throws Exception {
        String json = "{\"quote\": \"Meta \u202eIreland\u202c \u009b2J \u007f\u2028\"}\n";
        String safe = ConsoleSummary.safeJson(json);
        assertThat(safe).isEqualTo("{\"quote\": \"Meta \\u202eIreland\\u202c \\u009b2J \\u007f\\u2028\"}\n");
        assertThat(safe.chars().allMatch(c -> c < 0x7f)).isTrue();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(safe).get("quote").asText())
                .isEqualTo("Meta \u202eIreland\u202c \u009b2J \u007f\u2028");
    }
}
