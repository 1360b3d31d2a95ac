package dev.candor.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagePlanTest {

    private final SiteParty party = new SiteParty("www.shop.example.co.uk", List.of());

    @Test
    void normalisesSchemeHostPortFragmentAndEmptyPath() {
        assertThat(PagePlan.normalise("HTTPS://WWW.Shop.Example.co.uk:443#top")).contains("https://www.shop.example.co.uk/");
        assertThat(PagePlan.normalise("http://a.example.com:80/x?q=1#f")).contains("http://a.example.com/x?q=1");
        assertThat(PagePlan.normalise("https://a.example.com:8443/x")).contains("https://a.example.com:8443/x");
        assertThat(PagePlan.normalise("mailto:a@b.c")).isEmpty();
        assertThat(PagePlan.normalise("javascript:void(0)")).isEmpty();
        assertThat(PagePlan.normalise("not a url")).isEmpty();
    }

    @Test
    void visitsBreadthFirstSameSiteOnlyWithoutDuplicatesUpToTheLimit() {
        PagePlan plan = new PagePlan("https://www.shop.example.co.uk/", party, 4);
        assertThat(plan.next()).contains("https://www.shop.example.co.uk/");
        plan.offer(List.of(
                "https://www.shop.example.co.uk/a#section",
                "https://www.shop.example.co.uk/a",
                "https://static.shop.example.co.uk/b",
                "https://www.facebook.com/shop",
                "https://www.shop.example.co.uk/brochure.pdf",
                "https://www.shop.example.co.uk/"));
        assertThat(plan.next()).contains("https://www.shop.example.co.uk/a");
        plan.offer(List.of("https://www.shop.example.co.uk/a/deep"));
        assertThat(plan.next()).contains("https://static.shop.example.co.uk/b");
        assertThat(plan.next()).contains("https://www.shop.example.co.uk/a/deep");
        assertThat(plan.next()).isEmpty();
        assertThat(plan.pages()).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void readsSitemapLocations() {
        PagePlan plan = new PagePlan("https://www.shop.example.co.uk/", party, 10);
        plan.next();
        plan.offerSitemap("""
                <?xml version="1.0"?><urlset><url><loc> https://www.shop.example.co.uk/s1 </loc></url>
                <url><loc>https://www.shop.example.co.uk/s2?a=1&amp;b=2</loc></url>
                <url><loc>https://elsewhere.example.org/x</loc></url></urlset>""");
        assertThat(plan.next()).contains("https://www.shop.example.co.uk/s1");
        assertThat(plan.next()).contains("https://www.shop.example.co.uk/s2?a=1&b=2");
        assertThat(plan.next()).isEmpty();
    }

    @Test
    void aPageReachedByRedirectIsNotPlannedAgain() {
        PagePlan plan = new PagePlan("http://shop.example.co.uk/", party, 5);
        plan.next();
        plan.landedOn("https://www.shop.example.co.uk/home");
        plan.offer(List.of("https://www.shop.example.co.uk/home", "https://www.shop.example.co.uk/other"));
        assertThat(plan.next()).contains("https://www.shop.example.co.uk/other");
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThatThrownBy(() -> new PagePlan("https://x.example.com/", party, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
