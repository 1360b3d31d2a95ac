package dev.candor.rules.kb;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.Locale;

/** Hosts and registrable domains (public suffix list), tolerant of what a record holds. */
public final class Domains {

    private Domains() {}

    /** The registrable domain of a host or cookie domain ({@code .www.shop.co.uk} → {@code shop.co.uk}); the host itself when it has none. */
    public static String registrable(String hostOrDomain) {
        String h = hostOrDomain.toLowerCase(Locale.ROOT);
        while (h.startsWith(".")) {
            h = h.substring(1);
        }
        try {
            InternetDomainName name = InternetDomainName.from(h);
            return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : h;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return h;
        }
    }

    /** The host of a URL or origin, lower-case; empty when it has none. */
    public static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            int start = url.indexOf("://");
            String rest = start < 0 ? url : url.substring(start + 3);
            int end = rest.indexOf('/');
            rest = end < 0 ? rest : rest.substring(0, end);
            int colon = rest.lastIndexOf(':');
            return (colon < 0 ? rest : rest.substring(0, colon)).toLowerCase(Locale.ROOT);
        }
    }

    /** The path of a URL; {@code /} when it has none or cannot be parsed. */
    public static String path(String url) {
        try {
            String p = URI.create(url).getRawPath();
            return p == null || p.isEmpty() ? "/" : p;
        } catch (IllegalArgumentException e) {
            int start = url.indexOf("://");
            int slash = url.indexOf('/', start < 0 ? 0 : start + 3);
            if (slash < 0) {
                return "/";
            }
            int q = url.indexOf('?', slash);
            return q < 0 ? url.substring(slash) : url.substring(slash, q);
        }
    }
}
