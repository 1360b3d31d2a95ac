package dev.candor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandorJsonTest {

    @TempDir
    Path dir;

    static ScanRecord sample() {
        CookieObservation fr = new CookieObservation("fr", ".facebook.com", "/", null, "e3b0", Instant.parse("2027-12-28T10:00:00Z"), 63072000L,
                true, true, "None", false, CookieSource.HTTP, "https://www.facebook.com/tr?id=1", "https://www.shop.example/", false, false,
                List.of(), 120L, 40L, 0);
        PhaseRecord accept = new PhaseRecord(Phase.AFTER_ACCEPT, Instant.parse("2026-11-23T10:00:01Z"),
                new ConsentAttempt(ConsentAction.ACCEPT, "Klaro", "autoconsent", true, true, 2, null, "banner hidden; cookie klaro changed",
                        "banner-accept.png", 900L, null, null),
                true, List.of(new PageVisit("https://www.shop.example/", "https://www.shop.example/", "Shop", 200, PageOutcome.LOADED, null, 800,
                        List.of("dialog: alert: hi"))),
                List.of(fr), List.of(), List.of(new StorageObservation(StorageKind.INDEXED_DB, "https://www.shop.example", "db", null, null,
                        "https://www.shop.example/", true, null, null, 0)),
                List.of(new FrameObservation("iframe", "https://www.youtube.com/embed/x", "https://www.youtube.com", true, "https://www.shop.example/")));
        return new ScanRecord(ScanRecord.CURRENT_SCHEMA_VERSION, "https://www.shop.example/", "shop.example", Instant.parse("2026-11-23T10:00:00Z"),
                Instant.parse("2026-11-23T10:00:09Z"), new ToolInfo("candor", "0.1.0", "Chromium 156"),
                new ScanSettings(5, 30000, true, true, null, new Viewport(1366, 768), List.of("--x"), List.of()),
                List.of("https://www.shop.example/"), List.of(accept), new PolicySource(null, "discovered", null), Completion.finished(),
                List.of("--insecure"));
    }

    @Test
    void aRecordSurvivesTheRoundTrip() throws Exception {
        Path file = dir.resolve("record.json");
        CandorJson.write(sample(), file);
        assertThat(CandorJson.readRecord(file)).isEqualTo(sample());
        String json = Files.readString(file);
        assertThat(json).contains("\"phase\" : \"after-accept\"").contains("\"setBy\" : \"http\"").contains("\"kind\" : \"indexedDB\"")
                .contains("\"startedAt\" : \"2026-11-23T10:00:00Z\"");
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void theLocaleAndDeviceAreKeptAndOldSettingsMeanADesktopWindow() throws Exception {
        ScanSettings phone = new ScanSettings(5, 30000, false, false, null, new Viewport(412, 915), List.of(), List.of(), "de-DE",
                new Device("mobile", 2.625, true, true), null);
        String json = CandorJson.toJson(phone);
        assertThat(CandorJson.mapper().readValue(json, ScanSettings.class)).isEqualTo(phone);
        ScanSettings old = CandorJson.mapper().readValue("{\"maxPages\":5,\"pageTimeoutMs\":1,\"insecure\":false,\"redactValues\":false,"
                + "\"userAgent\":null,\"viewport\":{\"width\":1366,\"height\":768},\"browserArgs\":[],\"ownerDomains\":[]}", ScanSettings.class);
        assertThat(old.locale()).isNull();
        assertThat(old.deviceOrDesktop()).isEqualTo(Device.DESKTOP);
    }

    @Test
    void theConsentSummaryIsDerivedFromThePhases() {
        ConsentSummary c = sample().consent();
        assertThat(c.cmp()).isEqualTo("Klaro");
        assertThat(c.acceptClicked()).isTrue();
        assertThat(c.clicksToAccept()).isEqualTo(2);
        assertThat(c.rejectClicked()).isFalse();
        assertThat(c.clicksToReject()).isNull();
        assertThat(c.method()).isEqualTo("autoconsent");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{ not json|corrupt record",
        "[1,2]|not a Candor record",
        "{\"schemaVersion\": 99}|record schema version 99 is newer than this Candor reads",
        "{\"schemaVersion\": 1}|record schema version 1 is older than this Candor reads (2); re-run 'candor audit'",
        "{\"schemaVersion\": 2}|no target or phases",
        "{\"schemaVersion\": 2, \"target\": \"x\", \"phases\": [{\"phase\": \"sideways\"}], \"settings\": {}, \"completion\": {}}|at 'phases[0].phase'",
    })
    void aBadRecordGivesOneLineWithTheFix(String content, String expected) throws Exception {
        Path file = Files.writeString(dir.resolve("record.json"), content);
        assertThatThrownBy(() -> CandorJson.readRecord(file))
                .isInstanceOf(CorruptRecordException.class)
                .hasMessageContaining(expected)
                .hasMessageContaining("record.json")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMissingRecordIsNamed() {
        assertThatThrownBy(() -> CandorJson.readRecord(dir.resolve("nope.json"))).hasMessageContaining("no such file");
    }
}
