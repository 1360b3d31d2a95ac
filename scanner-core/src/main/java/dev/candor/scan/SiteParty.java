package dev.candor.scan;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides first or third party by registrable domain (eTLD+1 from the public suffix list bundled
 * with Guava), not by host or path prefix, so {@code shop.example.co.uk} and
 * {@code static.example.co.uk} are one party. Domains the user declares as the owner's count as
 * first party too.
 */
public final class SiteParty {

    private final Set<String> firstPartyDomains;
    private final String siteDomain;

    /**
     * @param siteHost the start URL's host
     * @param ownerDomains further domains that belong to the site owner (any host in them)
     */
    public SiteParty(String siteHost, List<String> ownerDomains) {
        this.siteDomain = registrableDomain(siteHost);
        Set<String> domains = new LinkedHashSet<>();
        domains.add(siteDomain);
        for (String d : ownerDomains) {
            domains.add(registrableDomain(d));
        }
        this.firstPartyDomains = Set.copyOf(domains);
    }

    /** The site's registrable domain, for example {@code example-shop.de}. */
    public String siteDomain() {
        return siteDomain;
    }

    /** Whether {@code host} (a host name, a cookie domain with leading dot, or an IP) is first party. */
    public boolean isFirstParty(String host) {
        if (host == null || host.isBlank()) {
            return true;
        }
        return firstPartyDomains.contains(registrableDomain(host));
    }

    /** Whether the URL's host is first party; URLs without a host (data:, blob:, about:) are first party. */
    public boolean isFirstPartyUrl(String url) {
        return WebAddress.parse(url).map(uri -> uri.getHost() == null || isFirstParty(uri.getHost())).orElse(true);
    }

    /**
     * The registrable domain of a host: {@code www.google-analytics.com} gives
     * {@code google-analytics.com}, {@code a.b.example.co.uk} gives {@code example.co.uk}. IP
     * addresses, {@code localhost} and hosts under no known suffix are returned as they are.
     */
    public static String registrableDomain(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        while (h.startsWith(".")) {
            h = h.substring(1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[") || h.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return h;
        }
        try {
            InternetDomainName name = InternetDomainName.from(h);
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
            return h;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return h;
        }
    }
}
