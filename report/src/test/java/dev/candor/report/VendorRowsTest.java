package dev.candor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.AuditResult;
import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.ReadStatus;
import dev.candor.model.policy.VendorMention;
import dev.candor.report.html.HtmlView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report's two vendor lists match a vendor the policy names by the vendor, not by the words: a
 * product it names ("Google Analytics 4 Properties") discloses the vendor observed ("Google Analytics").
 */
class VendorRowsTest {
    @Test
    void aProductNamedDisclosesItsVendor() {
        HtmlView view = HtmlView.of(withVendors(new VendorMention("Google Analytics 4 Properties", "We use Google Analytics 4 "
                + "Properties.", "google-analytics", false, true, "Analytics", 0, "Google Analytics 4 Properties")), null);

        assertThat(view.vendorsObserved()).contains(new HtmlView.VendorRow("Google Analytics", true))
                .contains(new HtmlView.VendorRow("Hotjar", false));
        assertThat(view.vendorsNamed()).containsExactly(new HtmlView.VendorRow("Google Analytics 4 Properties", true));
    }

    @Test
    void aThirdPartyOutsideTheKnowledgeBaseIsNamedButNotObserved() {
        HtmlView view = HtmlView.of(withVendors(new VendorMention("Harbour Research", "Surveys are run by Harbour Research.",
                null, false, false, "Surveys", 0, "Harbour Research")), null);

        assertThat(view.vendorsNamed()).containsExactly(new HtmlView.VendorRow("Harbour Research", false));
        assertThat(view.vendorsObserved()).contains(new HtmlView.VendorRow("Google Analytics", false));
    }

    private static ReportContext withVendors(VendorMention... vendors) {
        ReportContext normal = ReportFixtures.normal();
        AuditResult r = normal.result();
        PolicyAnalysis policy = new PolicyAnalysis("https://www.shop.example/privacy", "en", null, null, null, Map.of(), Map.of(),
                List.of(vendors), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                List.of(), ReadStatus.READ);
        return new ReportContext(new AuditResult(r.record(), policy, r.findings(), r.attributions(), r.provenance()),
                normal.rules(), normal.failOn(), normal.auditDir());
    }
}
