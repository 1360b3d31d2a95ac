package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.demo.LocalSiteServer;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.ScanRecord;
import dev.candor.model.TcDecoded;
import dev.candor.model.TcString;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import dev.candor.report.ReportFormat;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TCF fixture (a banner on IAB Tech Lab's own {@code @iabtcf/cmpapi} and {@code @iabtcf/core},
 * which encode real TC strings in the page) audited end to end in three variants: an honest one,
 * one that writes an accept-all string before any choice, and one whose "reject all" keeps
 * purposes 1-4 and a vendor and claims legitimate interest for purposes 3 and 4. Each variant's
 * findings are exactly its own, and the record holds what the page's API and cookie said.
 */
class TcfAuditIT {

    private static final String SITE = "https://www.zeitung-beispiel.de/";
    private static final List<String> TCF_RULES = List.of("tcf-consent-before-choice", "tcf-consent-after-reject",
            "tcf-legitimate-interest-for-personalisation");

    @TempDir
    Path dir;

    @Test
    void eachVariantGivesItsOwnTcfFindingsAndTheHonestOneNone() throws Exception {
        RequiredChromium.locate();
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/tcf")) {
            AuditOutcome honest = audit(server, "ehrlich");
            assertThat(tcfRules(honest)).isEmpty();
            ScanRecord r = honest.result().record();
            PhaseRecord before = r.phase(Phase.BEFORE_CONSENT).orElseThrow();
            assertThat(before.tcf().apiFound()).isTrue();
            assertThat(before.tcf().locatorFrameFound()).isTrue();
            assertThat(before.tcf().strings()).isEmpty();
            TcDecoded accepted = last(r, Phase.AFTER_ACCEPT, TcString.API);
            assertThat(accepted.cmpId()).isEqualTo(421);
            assertThat(accepted.cmpVersion()).isEqualTo(3);
            assertThat(accepted.purposesConsent()).containsExactly(1, 2, 3, 4, 7);
            assertThat(accepted.vendorConsents()).containsExactly(9001, 9002);
            assertThat(accepted.publisherCountry()).isEqualTo("DE");
            assertThat(last(r, Phase.AFTER_ACCEPT, TcString.COOKIE)).isEqualTo(accepted);
            TcDecoded rejected = last(r, Phase.AFTER_REJECT, TcString.COOKIE);
            assertThat(rejected.anyConsent()).isFalse();
            assertThat(rejected.purposesLegitimateInterest()).containsExactly(7);
            String html = Files.readString(honest.htmlReport().orElseThrow());
            assertThat(html).contains("IAB TCF in after-accept").contains("CMP 421 version 3")
                    .contains("consent for purposes [1, 2, 3, 4, 7]");
            assertThat(Files.readString(dir.resolve("ehrlich").resolve("report.json"))).contains("\"vendorConsentCount\" : 2");

            AuditOutcome early = audit(server, "vorab");
            assertThat(tcfRules(early)).containsExactly("tcf-consent-before-choice");
            Finding f = early.result().findings().stream().filter(x -> x.ruleId().equals("tcf-consent-before-choice")).findFirst()
                    .orElseThrow();
            Evidence.TcfSeen seen = (Evidence.TcfSeen) f.evidence().stream().filter(e -> e instanceof Evidence.TcfSeen).findFirst()
                    .orElseThrow();
            assertThat(seen.phase()).isEqualTo(Phase.BEFORE_CONSENT);
            assertThat(seen.sinceConsentMs()).isNull();
            assertThat(seen.purposesConsent()).containsExactly(1, 2, 3, 4, 7);
            assertThat(seen.tcString()).startsWith("CQ");

            AuditOutcome kept = audit(server, "behalten");
            assertThat(tcfRules(kept)).containsExactlyInAnyOrder("tcf-consent-after-reject", "tcf-legitimate-interest-for-personalisation");
            TcDecoded afterReject = last(kept.result().record(), Phase.AFTER_REJECT, TcString.API);
            assertThat(afterReject.purposesConsent()).containsExactly(1, 2, 3, 4);
            assertThat(afterReject.vendorConsents()).containsExactly(9001);
            assertThat(afterReject.purposesLegitimateInterest()).containsExactly(2, 3, 4, 7);
        }
    }

    private AuditOutcome audit(LocalSiteServer server, String variant) throws AuditException {
        Auditor auditor = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT);
        AuditOutcome outcome = auditor.run(AuditRequest.builder(URI.create(SITE + variant + "/"), dir.resolve(variant))
                .browserArgs(List.of(server.hostResolverRule())).insecure(true).maxPages(2)
                .formats(Set.of(ReportFormat.JSON, ReportFormat.HTML)).build());
        assertThat(outcome.result().record().completion().complete()).as(variant).isTrue();
        assertThat(outcome.result().record().consent().rejectClicked()).as(variant + ": reject done").isTrue();
        return outcome;
    }

    private static List<String> tcfRules(AuditOutcome o) {
        return o.result().findings().stream().map(Finding::ruleId).filter(TCF_RULES::contains).toList();
    }

    /** The decoding of the phase's last string from {@code source}, read after the choice. */
    private static TcDecoded last(ScanRecord r, Phase phase, String source) {
        List<TcString> strings = r.phase(phase).orElseThrow().tcf().strings().stream()
                .filter(s -> s.source().equals(source) && s.sinceConsentMs() != null).toList();
        assertThat(strings).as(phase + " " + source).isNotEmpty();
        TcString s = strings.get(strings.size() - 1);
        assertThat(s.undecodable()).isNull();
        return s.decoded();
    }
}
