package dev.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.report.html.HtmlReport;
import org.junit.jupiter.api.Test;

/** The TCF line per phase, and hostile TC strings in every report that shows them. */
class TcfSummaryTest {

    @Test
    void eachPhaseWithTcfGetsOneLineFromItsLastString() {
        var lines = TcfSummary.of(ReportFixtures.hostile().result().record());
        assertThat(lines).extracting(TcfSummary.PhaseLine::phase).containsExactly("before-consent", "after-accept");
        assertThat(lines.get(0).line()).startsWith("__tcfapi present, __tcfapiLocator frame; 2 TC string(s); last, from the api after the choice")
                .contains("CMP 421 version 3, consent for purposes [1, 2], legitimate interest for purposes [3], 1 vendor(s) with consent");
        assertThat(TcfSummary.of(ReportFixtures.normal().result().record())).isEmpty();
    }

    @Test
    void hostileStringsAreShownAsTextEverywhere() throws Exception {
        ReportContext hostile = ReportFixtures.hostile();
        var result = hostile.result();
        var findings = new java.util.ArrayList<>(result.findings());
        findings.add(ReportFixtures.finding("tcf-consent-before-choice", dev.candor.model.Severity.HIGH, dev.candor.model.Phase.BEFORE_CONSENT,
                dev.candor.model.finding.Subject.site("shop.example"), "A TC string recorded consent " + ReportFixtures.HOSTILE, 1,
                new dev.candor.model.finding.Evidence.TcfSeen(dev.candor.model.Phase.BEFORE_CONSENT, ReportFixtures.HOSTILE_URL, 0, "cookie",
                        ReportFixtures.HOSTILE, 421, java.util.List.of(1), java.util.List.of(3), 2, 0, ReportFixtures.HOSTILE, 12, null)));
        ReportContext ctx = new ReportContext(new dev.candor.model.AuditResult(result.record(), result.policy(), findings,
                result.attributions(), result.provenance()), hostile.rules(), hostile.failOn(), java.nio.file.Path.of("candor-report"));
        String html = HtmlReport.render(ctx);
        assertThat(html).contains("IAB TCF in before-consent").doesNotContain("<script>alert(1)")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String md = MarkdownReport.render(ctx);
        assertThat(md).contains("IAB TCF, before-consent:** \\_\\_tcfapi present").doesNotContain("<script>").doesNotContain("\u001b");
        String json = JsonReport.render(ctx.result());
        assertThat(json).contains("\"locatorFrameFound\" : true").contains("\"type\" : \"tcf\"").doesNotContain("\u001b");
        assertThat(JUnitReport.render(ctx)).contains("TC string from the cookie").doesNotContain("<script>alert(1)");
    }
}
