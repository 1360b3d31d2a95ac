package dev.candor.sources;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides whether a consent manager holds a tag back until consent, from the way CMPs ask sites to
 * mark their tags: an inert {@code type} with the CMP's category attribute (Cookiebot, CookieConsent,
 * OneTrust, Usercentrics, Borlabs), {@code data-src} with {@code data-name} (Klaro), tarteaucitron's
 * service jobs, YouTube's no-cookie domain, Matomo's own consent mode, and template conditions that
 * test for consent.
 */
final class ConsentGate {

    private static final String[] CATEGORY_ATTRIBUTES = {"data-category", "data-cookiecategory", "data-cookieconsent",
        "data-consent", "data-usercentrics", "data-service", "data-name", "data-borlabs-cookie-script-blocker-id",
        "data-cmp-vendor", "data-cookie-consent"};
    private static final Pattern INERT_TYPE = Pattern.compile("text/plain|text/x-[a-z-]+|text/template");
    /** Opening and closing tokens of server-side conditionals in the template languages Candor reads. */
    private static final Pattern TEMPLATE_TOKEN = Pattern.compile(
            "(?<end>\\{%-?\\s*endif|\\{\\{/if|\\{\\{~?\\s*end\\b|</#if>|</c:if>|@endif|<\\?php\\s+endif|<%\\s*end\\b|\\{/if)"
            + "|(?<open>\\{%-?\\s*if\\b|\\{\\{#if\\b|\\{\\{~?\\s*if\\b|<#if\\b|<c:if\\b|@if\\b|<\\?php\\s+if\\b|<%\\s*if\\b|\\{#if\\b)[^\\n]{0,200}?(?=%\\}|\\}\\}|\\?>|\"\\s*>|(?<![-=])>|$)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern ABOUT_CONSENT = Pattern.compile("consent|cookie|tracking", Pattern.CASE_INSENSITIVE);

    private static final String[] TEMPLATE_MARKERS = {"{%", "{{", "<#", "<c:if", "@if", "<?php", "<%", "{#"};

    private ConsentGate() {}

    private static boolean hasTemplateSyntax(String text) {
        for (String marker : TEMPLATE_MARKERS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How the tag is held back, or null when nothing holds it back.
     *
     * @param text the file's text
     * @param offset where the tag starts in it
     * @param inline an inline script's code, or empty
     */
    static String of(Element tag, String text, int offset, String inline) {
        for (Element e = tag; e != null; e = e.parent()) {
            String attrs = attributeGate(e, e == tag);
            if (attrs != null) {
                return attrs;
            }
        }
        String url = tag.hasAttr("src") ? tag.attr("src") : "";
        if (url.toLowerCase(Locale.ROOT).contains("youtube-nocookie.com")) {
            return "YouTube's privacy-enhanced mode (youtube-nocookie.com)";
        }
        if (inline.contains("tarteaucitron.job") || inline.contains("tarteaucitron.user")) {
            return "a tarteaucitron service job";
        }
        if (inline.contains("_paq.push") && inline.matches("(?s).*(requireConsent|requireCookieConsent|disableCookies).*")) {
            return "Matomo's own consent mode (requireConsent / disableCookies)";
        }
        return templateCondition(text, offset);
    }

    private static String attributeGate(Element e, boolean self) {
        String type = e.attr("type").toLowerCase(Locale.ROOT).strip();
        for (String a : CATEGORY_ATTRIBUTES) {
            if (e.hasAttr(a)) {
                if (self && INERT_TYPE.matcher(type).matches()) {
                    return "type=\"" + type + "\" " + a + "=\"" + e.attr(a) + "\"";
                }
                if (self && e.hasAttr("data-src") && !e.hasAttr("src")) {
                    return "data-src with " + a + "=\"" + e.attr(a) + "\"";
                }
            }
        }
        if (self && e.className().toLowerCase(Locale.ROOT).contains("optanon-category")) {
            if (INERT_TYPE.matcher(type).matches()) {
                return "type=\"" + type + "\" class=\"" + e.className() + "\" (OneTrust)";
            }
            if (e.hasAttr("data-src") && !e.hasAttr("src")) {
                return "data-src with class=\"" + e.className() + "\" (OneTrust)";
            }
        }
        for (String a : new String[] {"th:if", "v-if", "*ngif", "x-if", "data-th-if", "th:unless"}) {
            String v = e.attr(a).toLowerCase(Locale.ROOT);
            if (v.contains("consent") || v.contains("cookie")) {
                return a + "=\"" + e.attr(a) + "\"";
            }
        }
        return null;
    }

    /**
     * The innermost still-open template condition about consent before {@code offset}: conditions
     * are tracked as a stack, so an inner one closed before the tag does not end an outer one.
     */
    private static String templateCondition(String text, int offset) {
        if (!hasTemplateSyntax(text)) {
            return null; // plain HTML, the common case: no need to run the token pattern over the file
        }
        Matcher m = TEMPLATE_TOKEN.matcher(text);
        m.region(0, Math.min(offset, text.length()));
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        while (m.find()) {
            if (m.group("end") != null) {
                open.poll();
            } else {
                open.push(m.group());
            }
        }
        for (String condition : open) {
            if (ABOUT_CONSENT.matcher(condition).find()) {
                return "template condition " + condition.strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }
}
