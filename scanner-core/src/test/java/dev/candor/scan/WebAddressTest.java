package dev.candor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Hrefs a browser follows but {@code java.net.URI} refuses (issue 11, item 3). */
class WebAddressTest {

    private static String parsed(String href) {
        return WebAddress.parse(href).map(URI::toString).orElse(null);
    }

    @Test
    void charactersUriRefusesAreEncodedAsABrowserSendsThem() {
        assertThat(parsed("https://www.example.com/a|b.html")).isEqualTo("https://www.example.com/a%7Cb.html");
        assertThat(parsed("https://www.example.com/x^y")).isEqualTo("https://www.example.com/x%5Ey");
        assertThat(parsed("https://www.example.com/{id}")).isEqualTo("https://www.example.com/%7Bid%7D");
        assertThat(parsed("https://www.example.com/100%-sure")).isEqualTo("https://www.example.com/100%25-sure");
        assertThat(parsed("https://www.example.com/ok%20fine")).isEqualTo("https://www.example.com/ok%20fine");
        assertThat(parsed("https://www.example.com/ctl\u0001x")).isEqualTo("https://www.example.com/ctl%01x");
        assertThat(parsed("https://www.example.com/search?q=a|b")).isEqualTo("https://www.example.com/search?q=a%7Cb");
        assertThat(parsed("https://www.example.com/caf\u00e9")).isEqualTo("https://www.example.com/caf%C3%A9");
    }

    @Test
    void tabsAndLineBreaksGoAndBackslashesAreSlashesAsInABrowser() {
        assertThat(parsed("  https://www.exa\tmple.com/a\nb  ")).isEqualTo("https://www.example.com/ab");
        assertThat(parsed("https:\\\\www.example.com\\a\\b")).isEqualTo("https://www.example.com/a/b");
    }

    @Test
    void internationalHostsTurnIntoTheirAsciiForm() {
        assertThat(parsed("https://www.b\u00fccher-hostile.de/")).isEqualTo("https://www.xn--bcher-hostile-wob.de/");
        assertThat(parsed("HTTPS://WWW.Example.COM")).isEqualTo("https://www.example.com/");
    }

    @Test
    void whatNoBrowserWouldLoadIsRefusedNotThrown() {
        assertThat(parsed("https://www.example.com:99999/")).isNull();
        assertThat(parsed("https://exa mple.com/")).isNull();
        assertThat(parsed("https://")).isNull();
        assertThat(parsed("https:///www.example.com")).isEqualTo("https://www.example.com/");
        assertThat(parsed("javascript:alert(1)")).isNull();
        assertThat(parsed("mailto:a@example.com")).isNull();
        assertThat(parsed("/relative")).isNull();
        assertThat(parsed(null)).isNull();
    }

    @Test
    void aPlanTakesEveryOrdinaryLinkAndOneBadLinkNeverStopsIt() {
        PagePlan plan = new PagePlan("https://www.example.com/", new SiteParty("www.example.com", java.util.List.of()), 10);
        plan.next();
        plan.offer(java.util.List.of("https://www.example.com/a|b", "https://www.example.com:99999/", "https://www.example.com/%zz",
                "https://www.example.com/ok"));
        assertThat(plan.next()).contains("https://www.example.com/a%7Cb");
        assertThat(plan.next()).contains("https://www.example.com/%25zz");
        assertThat(plan.next()).contains("https://www.example.com/ok");
        assertThat(plan.next()).isEmpty();
    }
}
