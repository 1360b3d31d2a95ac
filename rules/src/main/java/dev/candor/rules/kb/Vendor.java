package dev.candor.rules.kb;

import dev.candor.model.policy.CookieCategory;
import java.util.List;

/**
 * A third party a site may use.
 *
 * @param id stable kebab-case id ({@code google-analytics})
 * @param name display name as policies write it ("Google Analytics")
 * @param kind what sort of service ({@code analytics}, {@code cdn}, {@code video}, ...)
 * @param category the purpose category its use needs consent for, or {@code necessary}
 * @param entities legal entities, as policies name them ("Google Ireland Limited")
 * @param aliases names policies use for it, matched case-sensitively as whole words
 * @param domains host suffixes ({@code google-analytics.com}) or host and path prefixes
 *     ({@code www.facebook.com/tr}) that identify its traffic
 * @param cookies cookie names, {@code *} as a wildcard
 * @param storage storage keys, {@code *} as a wildcard
 * @param country ISO 3166-1 alpha-2 code of its headquarters, or null
 * @param outsideEea whether personal data may be processed outside the EU/EEA
 * @param transferMechanism the safeguard it relies on for that, or null
 */
public record Vendor(String id, String name, String kind, CookieCategory category, List<String> entities,
        List<String> aliases, List<String> domains, List<String> cookies, List<String> storage, String country,
        boolean outsideEea, String transferMechanism) {

    public Vendor {
        entities = List.copyOf(entities);
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
        cookies = List.copyOf(cookies);
        storage = List.copyOf(storage);
    }

    /**
     * The legal entities as policies write them: each as listed, and with its legal form abbreviated
     * or spelled out ("Google Ireland Limited", "Google Ireland Ltd", "Google Ireland Ltd.").
     */
    public List<String> entityNames() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String e : entities) {
            out.add(e);
            for (String[] form : LEGAL_FORMS) {
                for (String from : form) {
                    if (e.endsWith(" " + from)) {
                        String stem = e.substring(0, e.length() - from.length());
                        for (String to : form) {
                            out.add(stem + to);
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Spellings of one legal form. */
    private static final String[][] LEGAL_FORMS = {
        {"Limited", "Ltd", "Ltd."}, {"Inc.", "Inc"}, {"Unlimited Company", "UC"}, {"L.L.C.", "LLC"}, {"S.A.S.", "SAS"}};

    /** Whether using it needs no consent (CDNs, hosting, security, the consent manager itself). */
    public boolean necessary() {
        return category == CookieCategory.NECESSARY;
    }
}
