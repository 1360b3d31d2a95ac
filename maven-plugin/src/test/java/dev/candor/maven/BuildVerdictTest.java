package dev.candor.maven;

import static dev.candor.maven.Outcomes.finding;
import static dev.candor.maven.Outcomes.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.core.AuditException;
import dev.candor.model.Completion;
import dev.candor.model.Severity;
import org.junit.jupiter.api.Test;

class BuildVerdictTest {

    @Test
    void findingsBelowTheThresholdPass() {
        BuildVerdict v = BuildVerdict.of(outcome(Completion.finished(), Severity.HIGH,
                finding("cookie-lifetime-exceeds-policy", Severity.MEDIUM, "_ga lives 2 years, the policy says 13 months")), "audit");
        assertThat(v.kind()).isEqualTo(BuildVerdict.Kind.PASSED);
        assertThat(v.message()).isEqualTo("Candor audit passed: 1 finding, none failing at or above high; report: /tmp/candor-test/report.json");
    }

    @Test
    void findingsAtOrAboveTheThresholdFailOneLineEach() {
        BuildVerdict v = BuildVerdict.of(outcome(Completion.finished(), Severity.HIGH,
                finding("tracking-before-consent", Severity.CRITICAL, "static.hotjar.com runs before consent"),
                finding("tracking-after-reject", Severity.HIGH, "px.ads.linkedin.com fires after Reject all"),
                finding("cookie-lifetime-exceeds-policy", Severity.MEDIUM, "_ga lives 2 years")), "audit");
        assertThat(v.kind()).isEqualTo(BuildVerdict.Kind.FINDINGS);
        assertThat(v.message().lines()).containsExactly(
                "Candor found 2 findings at or above high (candor.failOn); report: /tmp/candor-test/report.json",
                "  [critical] tracking-before-consent: static.hotjar.com runs before consent on https://www.example.com/",
                "  [high] tracking-after-reject: px.ads.linkedin.com fires after Reject all on https://www.example.com/");
    }

    @Test
    void anIncompleteRecordIsAToolFailureEvenWithoutFindings() {
        BuildVerdict v = BuildVerdict.of(outcome(Completion.stopped("browser died"), Severity.HIGH), "audit");
        assertThat(v.kind()).isEqualTo(BuildVerdict.Kind.INCOMPLETE);
        assertThat(v.message()).isEqualTo(
                "Candor audit incomplete: browser died; the evidence recorded so far is in /tmp/candor-test/record.json");
    }

    @Test
    void usageErrorsAreBadConfiguration() {
        BuildVerdict v = BuildVerdict.of(new AuditException(AuditException.Kind.USAGE, "cannot write to output directory /x", null, null), "audit");
        assertThat(v).isEqualTo(new BuildVerdict(BuildVerdict.Kind.BAD_CONFIGURATION, "cannot write to output directory /x"));
    }

    @Test
    void incompleteAuditsSayWhereThePartialEvidenceIs() {
        BuildVerdict withPartial = BuildVerdict.of(new AuditException(AuditException.Kind.INCOMPLETE, "start page unreachable",
                outcome(Completion.stopped("start page unreachable"), Severity.HIGH), null), "audit");
        assertThat(withPartial.kind()).isEqualTo(BuildVerdict.Kind.INCOMPLETE);
        assertThat(withPartial.message()).isEqualTo(
                "Candor audit incomplete: start page unreachable; the evidence recorded so far is in /tmp/candor-test/record.json");
        BuildVerdict without = BuildVerdict.of(new AuditException(AuditException.Kind.INCOMPLETE, "no Chromium found", null, null), "audit");
        assertThat(without.message()).isEqualTo("Candor audit incomplete: no Chromium found");
    }

    @Test
    void coreMessagesAreWordedWithPropertiesNotFlags() {
        BuildVerdict v = BuildVerdict.of(new AuditException(AuditException.Kind.INCOMPLETE,
                "start page unreachable: timed out; raise " + dev.candor.core.settings.Setting.TIMEOUT.ref() + " or check that the site is up",
                null, null), "audit");
        assertThat(v.message()).isEqualTo(
                "Candor audit incomplete: start page unreachable: timed out; raise candor.timeoutSeconds or check that the site is up");
    }

    @Test
    void suppressedAndBaselineFindingsAreCountedApartAndDoNotFail() {
        var suppressed = finding("tracking-before-consent", Severity.HIGH, "Hotjar before consent")
                .withTriage(new dev.candor.model.finding.Triage(new dev.candor.model.finding.Triage.Suppressed(
                        "candor-suppressions.json", 1, 3, "accepted by legal", java.time.LocalDate.of(2027, 1, 31)), null));
        var known = finding("tracking-after-reject", Severity.HIGH, "LinkedIn after reject")
                .withTriage(new dev.candor.model.finding.Triage(null, false));
        var fresh = finding("insecure-cookie", Severity.HIGH, "session cookie without Secure")
                .withTriage(new dev.candor.model.finding.Triage(null, true));
        BuildVerdict passed = BuildVerdict.of(outcome(Completion.finished(), Severity.HIGH, suppressed, known), "audit");
        assertThat(passed.kind()).isEqualTo(BuildVerdict.Kind.PASSED);
        assertThat(passed.message()).contains("; 1 suppressed, 1 in the baseline (not counted)");
        BuildVerdict failed = BuildVerdict.of(outcome(Completion.finished(), Severity.HIGH, suppressed, known, fresh), "audit");
        assertThat(failed.kind()).isEqualTo(BuildVerdict.Kind.FINDINGS);
        assertThat(failed.message().lines()).hasSize(2).last().asString()
                .isEqualTo("  [high] insecure-cookie: session cookie without Secure on https://www.example.com/ [new since the baseline]");
    }
}
