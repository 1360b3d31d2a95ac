package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditRequestTest {

    @Test
    void aPolicyUrlIsToldFromAFileWhateverTheSchemeCase() {
        assertThat(AuditRequest.isUrl("https://www.example.com/privacy")).isTrue();
        assertThat(AuditRequest.isUrl("HTTPS://www.example.com/privacy")).isTrue();
        assertThat(AuditRequest.isUrl("http://example.com/p.pdf")).isTrue();
        assertThat(AuditRequest.isUrl("privacy/https.html")).isFalse();
        assertThat(AuditRequest.isUrl("/tmp/policy.pdf")).isFalse();
    }

    @Test
    void aTargetWithoutSchemeMeansHttpsAndAnEmptyPathMeansSlash() {
        assertThat(AuditRequest.parseTarget("www.example.com")).hasToString("https://www.example.com/");
        assertThatThrownBy(() -> AuditRequest.parseTarget("http://exa mple.com/")).hasMessageContaining("not a valid URL");
    }

    @Test
    void aTargetIsReadAsABrowserReadsTheAddressBar() {
        assertThat(AuditRequest.parseTarget("https://www.b\u00fccher-hostile.de/")).hasToString("https://www.xn--bcher-hostile-wob.de/");
        assertThat(AuditRequest.parseTarget("https://www.example.com/?q=a|b")).hasToString("https://www.example.com/?q=a%7Cb");
    }

    @Test
    void badValuesAreRefusedBeforeTheBrowserStarts() {
        assertThatThrownBy(() -> AuditRequest.parseTarget("https://www.example.com:99999/")).hasMessageContaining("a port is 1 to 65535");
        assertThatThrownBy(() -> AuditRequest.builder(java.net.URI.create("https://www.example.com/"), java.nio.file.Path.of("out"))
                .userAgent("Candor\u0001").build()).hasMessageContaining(dev.candor.core.settings.Setting.USER_AGENT.ref() + " must not contain control characters");
        assertThatThrownBy(() -> dev.candor.model.Viewport.parse("99999x99999")).hasMessageContaining("too large");
    }

    private static AuditRequest from(dev.candor.core.settings.Setting s, String value) {
        return AuditRequest.from(java.net.URI.create("https://www.example.com/"), java.nio.file.Path.of("out"),
                dev.candor.core.settings.SettingValues.builder().put(s, value).build());
    }

    @Test
    void aViewportPresetBringsItsDeviceAndWxHStaysADesktopWindow() {
        AuditRequest phone = from(dev.candor.core.settings.Setting.VIEWPORT, "Mobile");
        assertThat(phone.viewport()).hasToString("412x915");
        assertThat(phone.device().preset()).isEqualTo("mobile");
        assertThat(phone.device().mobile()).isTrue();
        assertThat(phone.device().touch()).isTrue();
        assertThat(phone.device().scaleFactor()).isGreaterThan(2);
        assertThat(from(dev.candor.core.settings.Setting.VIEWPORT, "tablet").viewport()).hasToString("800x1280");
        AuditRequest window = from(dev.candor.core.settings.Setting.VIEWPORT, "1024x600");
        assertThat(window.viewport()).hasToString("1024x600");
        assertThat(window.device()).isEqualTo(dev.candor.model.Device.DESKTOP);
        assertThatThrownBy(() -> from(dev.candor.core.settings.Setting.VIEWPORT, "phablet"))
                .hasMessageContaining("must be desktop, tablet, mobile or look like 1366x768");
    }

    @Test
    void aLocaleIsAWellFormedLanguageTagInItsCanonicalCase() {
        assertThat(from(dev.candor.core.settings.Setting.LOCALE, "de-de").locale()).isEqualTo("de-DE");
        assertThat(from(dev.candor.core.settings.Setting.LOCALE, "fr_CA").locale()).isEqualTo("fr-CA");
        assertThat(from(dev.candor.core.settings.Setting.LOCALE, "da").locale()).isEqualTo("da");
        assertThat(AuditRequest.builder(java.net.URI.create("https://www.example.com/"), java.nio.file.Path.of("out")).build().locale())
                .isNull();
        for (String bad : new String[] {"deutsch", "de DE", "--lang=de", "de-DE;q=1", "12"}) {
            assertThatThrownBy(() -> from(dev.candor.core.settings.Setting.LOCALE, bad)).as(bad)
                    .hasMessageContaining(dev.candor.core.settings.Setting.LOCALE.ref() + " must be a language tag");
        }
    }

    @Test
    void aGridIsAnHttpAddressAndNoneMeansALocalChromium() {
        java.net.URI site = java.net.URI.create("https://www.example.com/");
        String grid = dev.candor.core.settings.Setting.GRID.ref();
        assertThatThrownBy(() -> AuditRequest.builder(site, java.nio.file.Path.of("out")).grid(java.net.URI.create("ftp://grid:4444")).build())
                .hasMessage(grid + " 'ftp://grid:4444' is not an http(s) URL; give the Grid's address, like http://localhost:4444");
        dev.candor.core.settings.SettingValues.Builder v = dev.candor.core.settings.SettingValues.builder();
        assertThat(AuditRequest.from(site, java.nio.file.Path.of("out"), v.build()).grid()).isNull();
        assertThat(AuditRequest.from(site, java.nio.file.Path.of("out"), v.put(dev.candor.core.settings.Setting.GRID, " http://grid:4444/wd/hub ").build()).grid())
                .hasToString("http://grid:4444/wd/hub");
        assertThatThrownBy(() -> AuditRequest.from(site, java.nio.file.Path.of("out"),
                dev.candor.core.settings.SettingValues.builder()
                        .put(dev.candor.core.settings.Setting.GRID, "http://a b").build()))
                .hasMessageStartingWith(grid + " 'http://a b' is not a valid URL");
    }
}
