package dev.candor.rules.policy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a site's privacy policy and separate cookie policy among the links of a rendered page, by
 * link text and URL in the eight supported languages, preferring links in the footer, header,
 * navigation or consent banner, where sites put them.
 */
public final class PolicyLinkFinder {

    /** Words that name a privacy policy, lower-case, accents kept. */
    private static final List<String> PRIVACY_WORDS = List.of(
            "privacy policy", "privacy notice", "privacy statement", "privacy", "data protection", "data privacy",
            "datenschutzerklärung", "datenschutzhinweise", "datenschutzinformation", "datenschutz",
            "privatlivspolitik", "persondatapolitik", "privatlivserklæring", "databeskyttelse", "privatliv",
            "politique de confidentialité", "confidentialité", "données personnelles",
            "privacyverklaring", "privacybeleid", "privacy",
            "integritetspolicy", "dataskydd", "personuppgifter",
            "política de privacidad", "privacidad", "protección de datos",
            "informativa sulla privacy", "informativa privacy", "privacy policy");

    private static final List<String> PRIVACY_URL_WORDS = List.of(
            "privacy", "datenschutz", "privatliv", "persondata", "confidentialite", "privacyverklaring", "integritet",
            "privacidad", "data-protection", "dataprotection", "gdpr", "dsgvo");

    private static final List<String> COOKIE_WORDS = List.of(
            "cookie policy", "cookie notice", "cookie statement", "cookie-richtlinie", "cookierichtlinie", "cookie-erklärung",
            "cookiepolitik", "cookie-politik", "politique de cookies", "politique relative aux cookies", "cookiebeleid",
            "cookieverklaring", "cookiepolicy", "política de cookies", "cookie policy");

    private static final List<String> COOKIE_URL_WORDS = List.of("cookie-policy", "cookiepolicy", "cookie-richtlinie", "cookiepolitik",
            "cookie-notice", "cookies-policy", "politique-cookies", "cookiebeleid", "politica-de-cookies", "cookie-statement");

    /** Texts that look like a policy link but are controls (e.g. "Privacy settings" opens the banner again). */
    private static final List<String> NOT_A_POLICY = List.of("settings", "einstellungen", "indstillinger", "paramètres", "instellingen",
            "inställningar", "configuración", "impostazioni", "preferences", "präferenzen");

    /**
     * A candidate link.
     *
     * @param url absolute URL, fragment removed
     * @param text the link text
     * @param score higher is more likely
     */
    public record PolicyLink(String url, String text, int score) {}

    /**
     * The links found.
     *
     * @param privacy the best privacy policy link
     * @param cookie a separate cookie policy, when the site has one and it is not the privacy link
     */
    public record Found(Optional<PolicyLink> privacy, Optional<PolicyLink> cookie) {}

    private PolicyLinkFinder() {}

    /** Looks through the {@code a[href]} of {@code html}, resolved against {@code baseUrl}. */
    public static Found find(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl);
        List<PolicyLink> privacy = new ArrayList<>();
        List<PolicyLink> cookie = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String url = a.absUrl("href");
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                continue;
            }
            int hash = url.indexOf('#');
            url = hash >= 0 ? url.substring(0, hash) : url;
            String text = fold(a.text().isBlank() ? a.attr("title") + " " + a.attr("aria-label") : a.text());
            // a link java.net.URI refuses (| ^ { or a stray %) is still a link: Domains.path reads it by hand
            String path = fold(dev.candor.rules.kb.Domains.path(url));
            if (text.length() > 80 || NOT_A_POLICY.stream().anyMatch(text::contains)) {
                continue;
            }
            int place = placeBonus(a);
            int cookieScore = score(text, path, COOKIE_WORDS, COOKIE_URL_WORDS);
            int privacyScore = score(text, path, PRIVACY_WORDS, PRIVACY_URL_WORDS);
            if (cookieScore > 0 && cookieScore >= privacyScore) {
                cookie.add(new PolicyLink(url, a.text().trim(), cookieScore + place));
            } else if (privacyScore > 0) {
                privacy.add(new PolicyLink(url, a.text().trim(), privacyScore + place));
            }
        }
        Comparator<PolicyLink> best = Comparator.comparingInt(PolicyLink::score).reversed();
        Optional<PolicyLink> p = privacy.stream().sorted(best).findFirst();
        Optional<PolicyLink> c = cookie.stream().sorted(best)
                .filter(l -> p.map(x -> !x.url().equals(l.url())).orElse(true)).findFirst();
        if (p.isEmpty() && c.isPresent()) {
            // a site with only a cookie policy: read it as the policy
            return new Found(c, Optional.empty());
        }
        return new Found(p, c);
    }

    private static int score(String text, String path, List<String> words, List<String> urlWords) {
        int s = 0;
        for (String w : words) {
            if (text.equals(w)) {
                s = Math.max(s, 10 + w.length() / 4);
            } else if (text.contains(w)) {
                s = Math.max(s, 6 + w.length() / 4);
            }
        }
        for (String w : urlWords) {
            if (path.contains(w)) {
                s += 4;
                break;
            }
        }
        return s;
    }

    private static int placeBonus(Element a) {
        for (Element e = a; e != null; e = e.parent()) {
            String tag = e.normalName();
            String idClass = fold(e.id() + " " + e.className() + " " + e.attr("role"));
            if (tag.equals("footer") || idClass.contains("footer") || idClass.contains("contentinfo")) {
                return 3;
            }
            if (idClass.contains("cookie") || idClass.contains("consent") || idClass.contains("banner") || tag.equals("dialog")) {
                return 2;
            }
            if (tag.equals("header") || tag.equals("nav")) {
                return 1;
            }
        }
        return 0;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
