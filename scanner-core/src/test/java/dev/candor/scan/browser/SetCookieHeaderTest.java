package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetCookieHeaderTest {

    private static final Instant DATE = Instant.parse("2026-01-10T12:00:00Z");

    @Test
    void maxAgeOfTwoYearsIsTheRequestedLifetime() {
        SetCookieHeader c = parse("fr=abc; Max-Age=63072000; Domain=.facebook.com; Path=/; SameSite=None; Secure");
        assertThat(c.name()).isEqualTo("fr");
        assertThat(c.value()).isEqualTo("abc");
        assertThat(c.requestedLifetimeSeconds(DATE)).isEqualTo(63_072_000L);
        assertThat(c.domain()).isEqualTo("facebook.com");
        assertThat(c.jarDomain("www.facebook.com")).isEqualTo(".facebook.com");
        assertThat(c.jarPath("/tr")).isEqualTo("/");
        assertThat(c.sameSite()).isEqualTo("None");
        assertThat(c.secure()).isTrue();
        assertThat(c.httpOnly()).isFalse();
        assertThat(c.partitioned()).isFalse();
    }

    @Test
    void expiresCountsFromTheResponseDate() {
        SetCookieHeader c = parse("_ga=GA1.1; expires=Sun, 10 Jan 2027 12:00:00 GMT; path=/");
        assertThat(c.expires()).isEqualTo(Instant.parse("2027-01-10T12:00:00Z"));
        assertThat(c.requestedLifetimeSeconds(DATE)).isEqualTo(365L * 24 * 3600);
    }

    @Test
    void maxAgeWinsOverExpires() {
        SetCookieHeader c = parse("id=1; Expires=Sun, 10 Jan 2027 12:00:00 GMT; Max-Age=3600");
        assertThat(c.requestedLifetimeSeconds(DATE)).isEqualTo(3600L);
        SetCookieHeader reversed = parse("id=1; Max-Age=3600; Expires=Sun, 10 Jan 2027 12:00:00 GMT");
        assertThat(reversed.requestedLifetimeSeconds(DATE)).isEqualTo(3600L);
    }

    @Test
    void sessionCookieHasNoLifetime() {
        SetCookieHeader c = parse("sid=xyz; Path=/app; HttpOnly");
        assertThat(c.requestedLifetimeSeconds(DATE)).isNull();
        assertThat(c.httpOnly()).isTrue();
        assertThat(c.jarDomain("Shop.Example.DE")).isEqualTo("shop.example.de");
        assertThat(c.jarPath("/other/page")).isEqualTo("/app");
    }

    @Test
    void defaultPathIsTheRequestDirectory() {
        assertThat(parse("a=1").jarPath("/shop/cart/view")).isEqualTo("/shop/cart");
        assertThat(parse("a=1").jarPath("/index.html")).isEqualTo("/");
        assertThat(parse("a=1; Path=relative").jarPath("/x/y")).isEqualTo("/x");
    }

    @Test
    void attributesAreCaseInsensitive() {
        SetCookieHeader c = parse("__Host-id=\"q\"; SECURE; httponly; samesite=STRICT; PARTITIONED; path=/");
        assertThat(c.value()).isEqualTo("q");
        assertThat(c.secure()).isTrue();
        assertThat(c.httpOnly()).isTrue();
        assertThat(c.sameSite()).isEqualTo("Strict");
        assertThat(c.partitioned()).isTrue();
        assertThat(parse("a=1; SameSite=Lax").sameSite()).isEqualTo("Lax");
        assertThat(parse("a=1; SameSite=bogus").sameSite()).isNull();
    }

    @Test
    void deletionsAndPastDatesAreZero() {
        assertThat(parse("a=; Max-Age=0").requestedLifetimeSeconds(DATE)).isZero();
        assertThat(parse("a=; Max-Age=-5").requestedLifetimeSeconds(DATE)).isZero();
        assertThat(parse("a=; expires=Thu, 01 Jan 1970 00:00:00 GMT").requestedLifetimeSeconds(DATE)).isZero();
    }

    @Test
    void invalidMaxAgeFallsBackToExpires() {
        SetCookieHeader c = parse("a=1; Max-Age=two-years; Expires=Mon, 11 Jan 2027 12:00:00 GMT");
        assertThat(c.maxAgeSeconds()).isNull();
        assertThat(c.requestedLifetimeSeconds(DATE)).isEqualTo(366L * 24 * 3600);
    }

    @Test
    void cookieDatesInTheFormatsBrowsersAccept() {
        Instant expected = Instant.parse("2027-01-10T12:00:00Z");
        assertThat(SetCookieHeader.parseCookieDate("Sun, 10 Jan 2027 12:00:00 GMT")).contains(expected);
        assertThat(SetCookieHeader.parseCookieDate("Sunday, 10-Jan-27 12:00:00 GMT")).contains(expected);
        assertThat(SetCookieHeader.parseCookieDate("Sun Jan 10 12:00:00 2027")).contains(expected);
        assertThat(SetCookieHeader.parseCookieDate("10 Jan 2027 12:00:00")).contains(expected);
        assertThat(SetCookieHeader.parseCookieDate("next tuesday")).isEmpty();
        assertThat(SetCookieHeader.parseCookieDate("31 Feb 2027 12:00:00")).isEmpty();
    }

    @Test
    void nameOnlyAndValueOnly() {
        SetCookieHeader valueOnly = parse("justavalue");
        assertThat(valueOnly.name()).isEmpty();
        assertThat(valueOnly.value()).isEqualTo("justavalue");
        assertThat(parse(" spaced = v ; path=/").name()).isEqualTo("spaced");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "=", ";", " ; Secure"})
    void garbageNamesNoCookie(String line) {
        assertThat(SetCookieHeader.parse(line)).isEmpty();
    }

    @Test
    void nullNamesNoCookie() {
        assertThat(SetCookieHeader.parse(null)).isEmpty();
    }

    private static SetCookieHeader parse(String line) {
        return SetCookieHeader.parse(line).orElseThrow();
    }
}
