package dev.candor.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyLinkFinderTest {

    @Test
    void prefersTheFooterPolicyAndFindsASeparateCookiePolicy() {
        String html = """
                <header><a href="/blog/privacy-tips">Five privacy tips for your shop</a></header>
                <main><a href="/products">Products</a></main>
                <div id="cookie-banner"><a href="#" onclick="x()">Privacy settings</a></div>
                <footer><a href="/legal/privacy-policy#top">Privacy Policy</a> · <a href="cookies.html">Cookie Policy</a></footer>""";
        PolicyLinkFinder.Found found = PolicyLinkFinder.find(html, "https://www.shop.example/de/");
        assertThat(found.privacy()).get().extracting(PolicyLinkFinder.PolicyLink::url).isEqualTo("https://www.shop.example/legal/privacy-policy");
        assertThat(found.cookie()).get().extracting(PolicyLinkFinder.PolicyLink::url).isEqualTo("https://www.shop.example/de/cookies.html");
    }

    @Test
    void findsGermanAndDanishWordings() {
        assertThat(PolicyLinkFinder.find("<footer><a href='/ds'>Datenschutzerklärung</a><a href='/impressum'>Impressum</a></footer>",
                "https://www.beispiel.de/").privacy()).get().extracting(PolicyLinkFinder.PolicyLink::url).isEqualTo("https://www.beispiel.de/ds");
        assertThat(PolicyLinkFinder.find("<footer><a href='/p'>Privatlivspolitik</a><a href='/c'>Cookiepolitik</a></footer>",
                "https://www.eksempel.dk/").cookie()).get().extracting(PolicyLinkFinder.PolicyLink::url).isEqualTo("https://www.eksempel.dk/c");
    }

    @Test
    void aPageWithoutPolicyLinksFindsNothing() {
        PolicyLinkFinder.Found found = PolicyLinkFinder.find("<a href='/about'>About us</a><a href='mailto:x@y.z'>Mail</a>", "https://x.example/");
        assertThat(found.privacy()).isEmpty();
        assertThat(found.cookie()).isEmpty();
    }

    @Test
    void aCookiePolicyAloneIsReadAsThePolicy() {
        PolicyLinkFinder.Found found = PolicyLinkFinder.find("<footer><a href='/cookie-policy'>Cookie policy</a></footer>", "https://x.example/");
        assertThat(found.privacy()).get().extracting(PolicyLinkFinder.PolicyLink::url).isEqualTo("https://x.example/cookie-policy");
        assertThat(found.cookie()).isEmpty();
    }

    @Test
    void linksJavaNetUriRefusesAreSkippedOrReadNotFatal() {
        String html = "<a href='/search?q=a|b'>Search</a><a href='/tags/{x}'>Tags</a><a href='/100%zz'>Sale</a>"
                + "<footer><a href='/legal/privacy|policy'>Privacy</a></footer>";
        PolicyLinkFinder.Found found = PolicyLinkFinder.find(html, "https://www.shop.example/");
        assertThat(found.privacy()).get().extracting(PolicyLinkFinder.PolicyLink::url).asString().contains("/legal/privacy");
    }
}
