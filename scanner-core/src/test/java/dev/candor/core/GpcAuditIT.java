package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.demo.LocalSiteServer;
import dev.candor.model.CandorJson;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.ScanRecord;
import dev.candor.model.finding.Finding;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional gpc phase against two US-style opt-out shops: Trailhead reads
 * navigator.globalPrivacyControl and leaves its Meta pixel off; Harbor ignores it. The server sees
 * Sec-GPC: 1 only from the gpc phase, the page sees the signal, and only Harbor gets gpc-ignored.
 * Harbor runs sequentially and Trailhead concurrently, so both ways of running the phases add it.
 */
class GpcAuditIT {

    @TempDir
    Path dir;

    @Test
    void anIgnoringShopIsFlaggedAndAnHonouringOneIsNot() throws Exception {
        RequiredChromium.locate();
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/gpc")) {
            AuditOutcome harbor = audit(server, "https://www.harbor-supply.com/", true);
            assertThat(harbor.result().record().phases()).extracting(PhaseRecord::phase)
                    .containsExactly(Phase.BEFORE_CONSENT, Phase.AFTER_ACCEPT, Phase.AFTER_REJECT, Phase.GPC);
            List<Finding> ignored = gpcIgnored(harbor);
            assertThat(ignored).extracting(f -> f.subject().id()).containsExactly("meta-pixel");
            assertThat(ignored.get(0).phase()).isEqualTo(Phase.GPC);
            assertThat(ignored.get(0).message()).contains("after \"reject all\" it does not");
            List<LocalSiteServer.Hit> hits = server.hits();
            assertThat(hits).anyMatch(h -> h.host().equals("www.facebook.com") && gpcHeader(h));
            assertThat(hits).anyMatch(h -> h.host().equals("www.harbor-supply.com") && h.path().equals("/probe")
                    && "gpc=true".equals(h.query()) && gpcHeader(h));
            // a cross-site frame sees the signal too
            assertThat(hits).anyMatch(h -> h.host().equals("www.reviewbox-widgets.com") && "frame-gpc=true".equals(h.query())
                    && gpcHeader(h));
            // the other phases send no signal, and their pages do not see one
            assertThat(hits).anyMatch(h -> h.path().equals("/probe") && "gpc=false".equals(h.query()) && !gpcHeader(h));
            assertThat(hits).noneMatch(h -> ("gpc=false".equals(h.query()) || "frame-gpc=false".equals(h.query())) && gpcHeader(h));
            assertThat(hits).anyMatch(h -> "frame-gpc=false".equals(h.query()));
            // the saved record judges the same offline, and a record's gpc phase reads back
            ScanRecord saved = CandorJson.readRecord(harbor.recordFile());
            assertThat(saved.phase(Phase.GPC)).isPresent();
            assertThat(saved.phase(Phase.GPC).orElseThrow().consent()).isNull();

            AuditOutcome trailhead = audit(server, "https://www.trailhead-outfitters.com/", false);
            assertThat(gpcIgnored(trailhead)).isEmpty();
            ScanRecord r = trailhead.result().record();
            assertThat(r.phase(Phase.GPC).orElseThrow().requests()).noneMatch(q -> q.host().equals("www.facebook.com"));
            assertThat(r.phase(Phase.GPC).orElseThrow().pages()).hasSize(r.pagesPlanned().size());
            assertThat(r.phase(Phase.BEFORE_CONSENT).orElseThrow().requests()).anyMatch(q -> q.host().equals("www.facebook.com"));
        }
    }

    private static boolean gpcHeader(LocalSiteServer.Hit h) {
        return h.headers().getOrDefault("Sec-GPC", List.of()).contains("1");
    }

    private static List<Finding> gpcIgnored(AuditOutcome o) {
        return o.result().findings().stream().filter(f -> f.ruleId().equals("gpc-ignored")).toList();
    }

    private AuditOutcome audit(LocalSiteServer server, String url, boolean sequential) throws AuditException {
        Auditor auditor = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT);
        AuditOutcome o = auditor.run(AuditRequest.builder(URI.create(url), dir.resolve(URI.create(url).getHost()))
                .browserArgs(List.of(server.hostResolverRule())).insecure(true).maxPages(2).gpc(true).sequential(sequential).build());
        assertThat(o.result().record().completion().complete()).as(url).isTrue();
        assertThat(o.result().record().consent().rejectClicked()).as(url + ": reject done").isTrue();
        return o;
    }
}
