package dev.candor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitePartyTest {

    @Test
    void decidesByRegistrableDomainNotByHostOrPath() {
        SiteParty party = new SiteParty("www.example-shop.de", List.of());
        assertThat(party.siteDomain()).isEqualTo("example-shop.de");
        assertThat(party.isFirstParty("static.example-shop.de")).isTrue();
        assertThat(party.isFirstParty(".example-shop.de")).isTrue();
        assertThat(party.isFirstParty("www.google-analytics.com")).isFalse();
        assertThat(party.isFirstParty(".facebook.com")).isFalse();
        assertThat(party.isFirstPartyUrl("https://www.example-shop.de/index.html")).isTrue();
        assertThat(party.isFirstPartyUrl("data:image/gif;base64,R0lGOD")).isTrue();
    }

    @Test
    void usesThePublicSuffixList() {
        assertThat(SiteParty.registrableDomain("a.b.example.co.uk")).isEqualTo("example.co.uk");
        assertThat(SiteParty.registrableDomain("user.github.io")).isEqualTo("user.github.io");
        assertThat(SiteParty.registrableDomain("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(SiteParty.registrableDomain("localhost")).isEqualTo("localhost");
        // two sites on one shared-hosting suffix are different parties
        SiteParty party = new SiteParty("alice.github.io", List.of());
        assertThat(party.isFirstParty("bob.github.io")).isFalse();
    }

    @Test
    void ownerDomainsCountAsFirstParty() {
        SiteParty party = new SiteParty("www.example-shop.de", List.of("example-cdn.net"));
        assertThat(party.isFirstParty("img.example-cdn.net")).isTrue();
        assertThat(party.isFirstParty("other.net")).isFalse();
    }
}
