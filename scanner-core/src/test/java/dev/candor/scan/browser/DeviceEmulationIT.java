package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.core.RequiredChromium;
import dev.candor.demo.LocalSiteServer;
import dev.candor.model.Phase;
import dev.candor.scan.BrowserOptions;
import dev.candor.scan.DevicePreset;
import dev.candor.scan.PhaseSession;
import dev.candor.scan.SiteParty;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --locale} and {@code --viewport} presets as the site sees them: the {@code device} fixture
 * page reports navigator.language, its window, pixel ratio, touch points and user agent in a beacon,
 * and the fixture server keeps the request headers. A desktop run in the browser's own language is
 * the contrast, so each assertion could fail.
 */
class DeviceEmulationIT {

    private static final String SHOP = "https://www.geraete-laden.de/";

    @TempDir
    Path dir;

    @Test
    void aGermanPhoneIsWhatThePageSees() throws Exception {
        Path chromium = RequiredChromium.locate();
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/device")) {
            Seen phone = visit(server, chromium, dir.resolve("phone"), "de-DE", DevicePreset.MOBILE);
            assertThat(phone.acceptLanguage()).startsWith("de-DE");
            assertThat(phone.probe()).containsEntry("lang", "de-DE").containsEntry("w", "412").containsEntry("dpr", "2.625");
            assertThat(Integer.parseInt(phone.probe().get("touch"))).isPositive();
            assertThat(phone.probe().get("ua")).contains("Android").contains("Mobile Safari").doesNotContain("Headless");
            assertThat(phone.document().get("user-agent")).isEqualTo(List.of(phone.probe().get("ua")));

            Seen tablet = visit(server, chromium, dir.resolve("tablet"), "fr", DevicePreset.TABLET);
            assertThat(tablet.acceptLanguage()).startsWith("fr");
            assertThat(tablet.probe()).containsEntry("lang", "fr").containsEntry("w", "800").containsEntry("dpr", "2");
            assertThat(tablet.probe().get("ua")).contains("Android").doesNotContain("Mobile");

            Seen desktop = visit(server, chromium, dir.resolve("desktop"), null, DevicePreset.DESKTOP);
            assertThat(desktop.probe()).containsEntry("w", "1366").containsEntry("dpr", "1").containsEntry("touch", "0");
            assertThat(desktop.probe().get("lang")).isNotEqualTo("de-DE");
            assertThat(desktop.probe().get("ua")).doesNotContain("Android").doesNotContain("Headless");
        }
    }

    private record Seen(Map<String, List<String>> document, Map<String, String> probe) {
        String acceptLanguage() {
            return document.getOrDefault("accept-language", List.of("")).get(0);
        }
    }

    private static Seen visit(LocalSiteServer server, Path chromium, Path workDir, String locale, DevicePreset preset)
            throws Exception {
        int before = server.hits().size();
        BrowserOptions options = new BrowserOptions(chromium, List.of(server.hostResolverRule()), true, null, preset.viewport(),
                Duration.ofSeconds(20), false, new SiteParty("www.geraete-laden.de", List.of()), workDir, locale, preset.device(), null);
        try (ChromiumBrowser browser = ChromiumBrowser.launch(options, ConsentHook.NONE);
                PhaseSession session = browser.open(Phase.BEFORE_CONSENT)) {
            session.visit(SHOP);
            session.finish();
        }
        List<LocalSiteServer.Hit> hits = server.hits().subList(before, server.hits().size());
        LocalSiteServer.Hit page = hits.stream().filter(h -> h.path().equals("/")).findFirst().orElseThrow();
        LocalSiteServer.Hit probe = hits.stream().filter(h -> h.path().equals("/probe")).findFirst().orElseThrow();
        Map<String, String> seen = new HashMap<>();
        for (String pair : probe.query().split("&")) {
            int eq = pair.indexOf('=');
            seen.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        Map<String, List<String>> headers = new HashMap<>();
        page.headers().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return new Seen(headers, seen);
    }
}
