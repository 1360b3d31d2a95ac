package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.CookieObservation;
import dev.candor.model.CookieSource;
import dev.candor.scan.SiteParty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CookieRecorderTest {

    private static final long START = Instant.parse("2026-01-10T12:00:00Z").toEpochMilli();
    private final CookieRecorder recorder = new CookieRecorder(new SiteParty("www.example-shop.de", List.of()), false);

    @Test
    void httpWriteThenJarGivesOneMergedObservation() {
        recorder.beginVisit("https://www.example-shop.de/", START, 0);
        recorder.onResponse("https://www.facebook.com/tr?id=1",
                List.of("fr=v1; Max-Age=63072000; Domain=.facebook.com; Path=/; SameSite=None; Secure"), Map.of(),
                Instant.ofEpochMilli(START), START + 250);
        Instant capped = Instant.ofEpochMilli(START).plusSeconds(400L * 86400);
        recorder.onJar(List.of(new CookieRecorder.JarCookie("fr", "v1", ".facebook.com", "/", capped, true, false, "None", false)));

        CookieObservation fr = only();
        assertThat(fr.key()).isEqualTo("fr|.facebook.com|/");
        assertThat(fr.setBy()).isEqualTo(CookieSource.HTTP);
        assertThat(fr.setterUrl()).isEqualTo("https://www.facebook.com/tr?id=1");
        assertThat(fr.requestedLifetimeSeconds()).isEqualTo(63_072_000L);
        assertThat(fr.expires()).isEqualTo(capped);
        assertThat(fr.atMs()).isEqualTo(250L);
        assertThat(fr.firstParty()).isFalse();
        assertThat(fr.blocked()).isFalse();
        assertThat(fr.pageUrl()).isEqualTo("https://www.example-shop.de/");
    }

    @Test
    void blockedLinesKeepTheirReasonsAndNeverReachTheJar() {
        recorder.beginVisit("https://www.example-shop.de/", START, 0);
        String line = "insecure=1; SameSite=None";
        recorder.onResponse("https://www.example-shop.de/", List.of(line), Map.of(line, List.of("SameSiteNoneInsecure")),
                Instant.ofEpochMilli(START), START);
        recorder.onJar(List.of());
        CookieObservation c = only();
        assertThat(c.blocked()).isTrue();
        assertThat(c.blockedReasons()).containsExactly("SameSiteNoneInsecure");
        assertThat(c.domain()).isEqualTo("www.example-shop.de");
        assertThat(c.firstParty()).isTrue();
    }

    @Test
    void aScriptCookieWithAControlCharacterIsRecordedAsRefused() {
        recorder.beginVisit("https://www.example-shop.de/", START, 0);
        recorder.onScriptWrite("bad=a\u0001b; path=/", "https://www.example-shop.de/", null, START + 5);
        recorder.onJar(List.of());
        CookieObservation c = only();
        assertThat(c.name()).isEqualTo("bad");
        assertThat(c.blocked()).isTrue();
        assertThat(c.blockedReasons()).containsExactly(CookieRecorder.DISALLOWED_CHARACTER);
    }

    @Test
    void scriptWriteNamesItsScriptAndFirstWriteWins() {
        recorder.beginVisit("https://www.example-shop.de/a/page", START, 0);
        recorder.onScriptWrite("_vid=1; max-age=63072000; path=/", "https://www.example-shop.de/a/page",
                "https://www.example-shop.de/js/shop.js", START + 10);
        recorder.onScriptWrite("_vid=2; max-age=60; path=/", "https://www.example-shop.de/a/page",
                "https://cdn.other.example/late.js", START + 20);
        CookieObservation c = only();
        assertThat(c.setBy()).isEqualTo(CookieSource.SCRIPT);
        assertThat(c.setterUrl()).isEqualTo("https://www.example-shop.de/js/shop.js");
        assertThat(c.requestedLifetimeSeconds()).isEqualTo(63_072_000L);
        assertThat(c.atMs()).isEqualTo(10L);
    }

    @Test
    void jarOnlyCookiesAreUnknownAndValuesCanBeRedacted() {
        CookieRecorder redacting = new CookieRecorder(new SiteParty("www.example-shop.de", List.of()), true);
        redacting.beginVisit("https://www.example-shop.de/", START, 0);
        redacting.onJar(List.of(new CookieRecorder.JarCookie("old", "secret", "www.example-shop.de", "/", null, false, false, null, false)));
        CookieObservation c = redacting.observations().get(0);
        assertThat(c.setBy()).isEqualTo(CookieSource.UNKNOWN);
        assertThat(c.value()).isNull();
        assertThat(c.valueSha256()).isEqualTo("2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b");
        assertThat(c.expires()).isNull();
    }

    @Test
    void writesAfterTheConsentClickCarryTheirTimeSinceItAndTheirVisit() {
        recorder.beginVisit("https://www.example-shop.de/", START, 0);
        recorder.onScriptWrite("early=1; max-age=60; path=/", "https://www.example-shop.de/", "https://www.example-shop.de/a.js", START + 5);
        recorder.markConsent(START + 100);
        recorder.beginVisit("https://www.example-shop.de/next", START + 1_000, 1);
        recorder.onScriptWrite("late=1; max-age=60; path=/", "https://www.example-shop.de/next", "https://www.example-shop.de/a.js",
                START + 1_040);
        CookieObservation early = recorder.observations().get(0);
        CookieObservation late = recorder.observations().get(1);
        assertThat(early.sinceConsentMs()).isNull();
        assertThat(early.visit()).isZero();
        assertThat(late.sinceConsentMs()).isEqualTo(940L);
        assertThat(late.visit()).isEqualTo(1);
        assertThat(late.atMs()).isEqualTo(40L);
    }

    private CookieObservation only() {
        assertThat(recorder.observations()).hasSize(1);
        return recorder.observations().get(0);
    }
}
