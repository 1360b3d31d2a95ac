package dev.candor.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.candor.model.policy.CookieCategory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    private static final KnowledgeBase KB = KnowledgeBase.builtIn();

    @TempDir
    Path dir;

    @Test
    void coversTheVendorsCommonOnEuSites() {
        assertThat(KB.vendors()).hasSizeGreaterThanOrEqualTo(300);
        for (String id : new String[] {"google-analytics", "google-tag-manager", "google-ads", "google-fonts", "youtube", "meta-pixel",
            "facebook", "hotjar", "linkedin-insight", "tiktok-pixel", "matomo", "cloudflare", "usercentrics", "stripe"}) {
            assertThat(KB.vendor(id)).as(id).isPresent();
        }
        Set<String> ids = new HashSet<>();
        for (Vendor v : KB.vendors()) {
            assertThat(ids.add(v.id())).as("unique id %s", v.id()).isTrue();
            assertThat(v.aliases()).as(v.id()).contains(v.name());
            assertThat(v.domains()).as(v.id()).allMatch(d -> d.equals(d.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void requestsAreAttributedByHostAndThePathPrefixWinsOverTheHost() {
        assertThat(KB.forUrl("www.google-analytics.com", "/g/collect")).get().extracting(m -> m.vendor().id()).isEqualTo("google-analytics");
        assertThat(KB.forUrl("region1.google-analytics.com", "/g/collect")).get().extracting(m -> m.vendor().id())
                .isEqualTo("google-analytics");
        assertThat(KB.forUrl("www.facebook.com", "/tr")).get().extracting(m -> m.vendor().id()).isEqualTo("meta-pixel");
        assertThat(KB.forUrl("www.facebook.com", "/plugins/like.php")).get().extracting(m -> m.vendor().id()).isEqualTo("facebook");
        assertThat(KB.forUrl("fonts.gstatic.com", "/s/roboto.woff2")).get().satisfies(m -> {
            assertThat(m.vendor().id()).isEqualTo("google-fonts");
            assertThat(m.category()).isNotIn(CookieCategory.ANALYTICS, CookieCategory.MARKETING);
        });
        assertThat(KB.forUrl("www.kaffeebohne-shop.de", "/")).isEmpty();
        assertThat(KB.forUrl("notgoogle-analytics.com", "/")).as("suffix match is by label, not by text").isEmpty();
    }

    @Test
    void cookiesAreAttributedByNameOnlyWhereTheNameBelongs() {
        var ga = KB.forCookie("_ga_ABC123", ".shop.example", true, null).orElseThrow();
        assertThat(ga.vendor().id()).isEqualTo("google-analytics");
        assertThat(ga.category()).isEqualTo(CookieCategory.ANALYTICS);
        assertThat(ga.matchedBy()).contains("_ga_ABC123");
        var fr = KB.forCookie("fr", ".facebook.com", false, null).orElseThrow();
        assertThat(fr.category()).isEqualTo(CookieCategory.MARKETING);
        assertThat(fr.vendor().id()).isIn("meta-pixel", "facebook");
        // a site's own language cookie named fr is not Facebook's
        assertThat(KB.forCookie("fr", "www.shop.example", true, null)).isEmpty();
        // a third-party cookie of a known domain belongs to its owner even when its name is unknown
        assertThat(KB.forCookie("zz_unknown", ".linkedin.com", false, null)).get().extracting(m -> m.vendor().id()).isNotNull();
        // a first-party cookie written by a vendor's script belongs to that vendor
        assertThat(KB.forCookie("my_own_name", ".shop.example", true, "https://static.hotjar.com/c/hotjar-1.js"))
                .get().extracting(m -> m.vendor().id()).isEqualTo("hotjar");
    }

    @Test
    void theOpenCookieDatabaseFillsInCookiesNoVendorPatternNames() {
        // a cookie the vendors' own patterns do not list, known from the database with its platform and category
        var m = KB.forCookie("_gcl_au", ".shop.example", true, null).orElseThrow();
        assertThat(m.category()).isEqualTo(CookieCategory.MARKETING);
        assertThat(m.matchedBy()).containsAnyOf("Open Cookie Database", "knowledge base");
    }

    @Test
    void aUserFileAddsAndReplacesVendors() throws Exception {
        Path file = Files.writeString(dir.resolve("kb.json"), """
                {"vendors": [
                  {"id": "acme-analytics", "name": "Acme Analytics", "category": "analytics", "domains": ["stats.acme.example"],
                   "cookies": ["_acme"], "transfer": {"outsideEea": true, "mechanism": "Standard Contractual Clauses"}},
                  {"id": "hotjar", "name": "Hotjar", "category": "marketing", "domains": ["hotjar.com"]}
                ]}""");
        KnowledgeBase kb = KB.withOverrides(file);
        assertThat(kb.forUrl("stats.acme.example", "/hit")).get().extracting(m -> m.vendor().name()).isEqualTo("Acme Analytics");
        assertThat(kb.vendor("hotjar").orElseThrow().category()).isEqualTo(CookieCategory.MARKETING);
        assertThat(kb.vendors()).hasSize(KB.vendors().size() + 1);
        assertThat(kb.version()).endsWith("+kb.json");
    }

    @Test
    void aBrokenFileIsNamedWithItsProblem() throws Exception {
        Path notJson = Files.writeString(dir.resolve("bad.json"), "{\"vendors\": [\n  {\"id\": \"x\",, }\n]}");
        assertThatThrownBy(() -> KB.withOverrides(notJson)).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageStartingWith(notJson.toString()).hasMessageContaining("line 2").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Path badCategory = Files.writeString(dir.resolve("cat.json"), "{\"vendors\": [{\"id\": \"x\", \"name\": \"X\", \"category\": \"spying\"}]}");
        assertThatThrownBy(() -> KB.withOverrides(badCategory)).hasMessageContaining("vendors[0] (x): unknown category 'spying'");
        Path noName = Files.writeString(dir.resolve("name.json"), "{\"vendors\": [{\"id\": \"x\", \"category\": \"analytics\"}]}");
        assertThatThrownBy(() -> KB.withOverrides(noName)).hasMessageContaining("\"name\" is missing");
        assertThatThrownBy(() -> KB.withOverrides(dir.resolve("missing.json"))).hasMessageContaining("no such file");
    }
}
