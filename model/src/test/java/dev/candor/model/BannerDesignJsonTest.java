package dev.candor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The banner measurements in {@code record.json}: they survive the round trip, and records written before them still load. */
class BannerDesignJsonTest {

    @TempDir
    Path dir;

    private static ScanRecord withBanner() {
        ScanRecord base = CandorJsonTest.sample();
        PhaseRecord p = base.phases().get(0);
        BannerDesign banner = new BannerDesign("https://www.shop.example/", new Viewport(1366, 768), new Box(0, 568, 1366, 200),
                "We use cookies", false,
                List.of(new ControlStyle("accept", "Accept all", new Box(900, 650, 180, 44), 16, 700, "#ffffff", "#1b7f3b", "#ffffff",
                        ContrastRatio.of("#ffffff", "#1b7f3b"), ContrastRatio.of("#1b7f3b", "#ffffff"), false, false)),
                List.of(new ConsentToggle("switch", "Legitimate interest", "Personalised ads Legitimate interest", true, false, true)),
                "banner-view-after-accept.png", "custom");
        WithdrawalOption w = new WithdrawalOption(true, "link", "Cookie settings", "https://www.shop.example/", new Box(20, 700, 120, 18), 1);
        PhaseRecord with = new PhaseRecord(p.phase(), p.startedAt(), p.consent(), p.bannerSeen(), p.pages(), p.cookies(), p.requests(),
                p.storage(), p.frames(), p.tcf(), banner, w);
        return new ScanRecord(base.schemaVersion(), base.target(), base.siteDomain(), base.startedAt(), base.finishedAt(), base.tool(),
                base.settings(), base.pagesPlanned(), List.of(with), base.policySource(), base.completion(), base.warnings());
    }

    @Test
    void measurementsSurviveTheRoundTrip() throws Exception {
        Path file = dir.resolve("record.json");
        CandorJson.write(withBanner(), file);
        ScanRecord read = CandorJson.readRecord(file);
        assertThat(read).isEqualTo(withBanner());
        assertThat(read.phases().get(0).banner().first("accept").textContrast()).isEqualTo(5.07);
        assertThat(read.phases().get(0).withdrawal().text()).isEqualTo("Cookie settings");
    }

    @Test
    void aRecordWrittenBeforeBannerMeasurementsStillLoads() throws Exception {
        Path file = dir.resolve("record.json");
        CandorJson.write(CandorJsonTest.sample(), file);
        String old = Files.readString(file).replaceAll(",\\s*\"banner\" : null", "").replaceAll(",\\s*\"withdrawal\" : null", "");
        assertThat(old).doesNotContain("\"banner\"").doesNotContain("\"withdrawal\"");
        Files.writeString(file, old);
        PhaseRecord p = CandorJson.readRecord(file).phases().get(0);
        assertThat(p.banner()).isNull();
        assertThat(p.withdrawal()).isNull();
    }

    @Test
    void contrastIsWcag() {
        assertThat(ContrastRatio.of("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(ContrastRatio.of("#777777", "#777777")).isEqualTo(1.0);
        // grey text links of the banner fixtures: below WCAG's 3:1
        assertThat(ContrastRatio.of("#a0a0a0", "#ffffff")).isEqualTo(2.61);
        assertThat(ContrastRatio.of("#ffffff", "#1b7f3b")).isEqualTo(5.07);
        // symmetric, and unreadable colours count as no contrast
        assertThat(ContrastRatio.of("#ffffff", "#a0a0a0")).isEqualTo(ContrastRatio.of("#a0a0a0", "#ffffff"));
        assertThat(ContrastRatio.of("rgb(0,0,0)", "#ffffff")).isEqualTo(1.0);
    }
}
