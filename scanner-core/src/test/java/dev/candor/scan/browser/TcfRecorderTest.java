package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.TcString;
import dev.candor.model.TcfSignals;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the TCF recorder keeps of the probe's answers and the jar: each string once per source, timed, decoded. */
class TcfRecorderTest {

    /** Written by @iabtcf/core 1.5.6: purposes 1, 2, 3, 4, 7 and vendors 9001, 9002 consented. */
    private static final String ACCEPT_ALL = "CQumbsAQumbsAGlADAENAwEgAPIAAAIAAAYhGVQAZGUkZURlMAERlIAA.YAAAAAAAAAAA";

    private static CookieRecorder.JarCookie cookie(String name, String value) {
        return new CookieRecorder.JarCookie(name, value, "www.zeitung-beispiel.de", "/", null, true, false, "Lax", false);
    }

    @Test
    void eachStringIsKeptOncePerSourceWithItsTimesAndDecoding() {
        TcfRecorder r = new TcfRecorder(false);
        r.onProbe("{\"api\":true,\"locator\":false,\"answered\":true,\"tcString\":\"\"}", "https://a/", 0, 1_000, 1_200);
        r.markConsent(2_000);
        r.onProbe("{\"api\":true,\"locator\":true,\"answered\":true,\"tcString\":\"" + ACCEPT_ALL + "\"}", "https://a/", 1, 1_900, 2_300);
        r.onJar(List.of(cookie("euconsent-v2", ACCEPT_ALL), cookie("other", "x")), "https://a/", 1, 1_900, 2_350);
        r.onJar(List.of(cookie("euconsent-v2", ACCEPT_ALL)), "https://a/b", 2, 3_000, 3_100);
        r.onProbe("not json", "https://a/b", 2, 3_000, 3_100);
        r.onProbe(null, "https://a/b", 2, 3_000, 3_100);
        TcfSignals s = r.signals();
        assertThat(s.apiFound()).isTrue();
        assertThat(s.locatorFrameFound()).isTrue();
        assertThat(s.strings()).extracting(TcString::source).containsExactly("api", "cookie");
        TcString api = s.strings().get(0);
        assertThat(api.visit()).isEqualTo(1);
        assertThat(api.atMs()).isEqualTo(400);
        assertThat(api.sinceConsentMs()).isEqualTo(300);
        assertThat(api.raw()).isEqualTo(ACCEPT_ALL);
        assertThat(api.decoded().purposesConsent()).containsExactly(1, 2, 3, 4, 7);
    }

    @Test
    void redactedValuesKeepOnlyTheDecodingAndHostileValuesTheirReason() {
        TcfRecorder r = new TcfRecorder(true);
        r.onJar(List.of(cookie("euconsent-v2", ACCEPT_ALL)), "https://a/", 0, 0, 10);
        r.onProbe("{\"api\":true,\"tcString\":\"<script>x</script>\"}", "https://a/", 0, 0, 20);
        List<TcString> strings = r.signals().strings();
        assertThat(strings.get(0).raw()).isNull();
        assertThat(strings.get(0).sinceConsentMs()).isNull();
        assertThat(strings.get(0).decoded().vendorConsentCount()).isEqualTo(2);
        assertThat(strings.get(1).decoded()).isNull();
        assertThat(strings.get(1).undecodable()).startsWith("not base64url");
    }
}
