package dev.candor.rules.gate;

import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of a suppressions file: a finding the team accepts, with its reason and end date.
 * Every narrowing given must match (vendor, cookie, host, page, fingerprint); an entry with none
 * accepts every finding of its rule.
 *
 * @param ruleId the rule whose findings it accepts
 * @param reason why the risk is accepted (required: a suppression without one is not reviewable)
 * @param expires the last day it applies, or null for no end
 * @param vendor a vendor id or name, as the knowledge base or the finding names it
 * @param cookie a cookie name; {@code *} matches any run of characters
 * @param host a host; its subdomains match too
 * @param page a page URL or source file; {@code *} matches any run of characters
 * @param fingerprint a finding's fingerprint, exactly
 * @param entry the entry's position in the file, from 1
 * @param line the line the entry starts on
 */
public record Suppression(String ruleId, String reason, LocalDate expires, String vendor, String cookie, String host,
        String page, String fingerprint, int entry, int line) {

    /** Whether it has ended on {@code today}: it applies through its {@code expires} day. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    /** Whether it accepts the finding (ignoring expiry). */
    public boolean matches(Finding f) {
        if (!ruleId.equals(f.ruleId())) {
            return false;
        }
        if (fingerprint != null && !fingerprint.equalsIgnoreCase(f.fingerprint())) {
            return false;
        }
        Facets facets = Facets.of(f);
        return (vendor == null || facets.vendors.stream().anyMatch(v -> v.equalsIgnoreCase(vendor)))
                && (cookie == null || facets.cookies.stream().anyMatch(glob(cookie).asMatchPredicate()))
                && (host == null || facets.hosts.stream().anyMatch(h -> sameOrSubdomain(h, host)))
                && (page == null || facets.pages.stream().anyMatch(glob(page).asMatchPredicate()));
    }

    /** A short name for messages: "entry 2 (line 7, tracking-before-consent)". */
    public String describe() {
        return "entry " + entry + " (line " + line + ", " + ruleId + ")";
    }

    private static boolean sameOrSubdomain(String observed, String wanted) {
        String o = observed.toLowerCase(Locale.ROOT);
        String w = wanted.toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        return o.equals(w) || o.endsWith("." + w);
    }

    private static Pattern glob(String g) {
        String[] parts = g.split("\\*", -1);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            re.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
    }

    /** What a finding is about, gathered from its subject and evidence, for matching. */
    private record Facets(List<String> vendors, List<String> cookies, List<String> hosts, List<String> pages) {
        static Facets of(Finding f) {
            Facets x = new Facets(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            Subject s = f.subject();
            switch (s.kind()) {
                case VENDOR -> {
                    x.vendors.add(s.id());
                    x.vendors.add(s.label());
                }
                case COOKIE -> x.cookies.add(s.id());
                case HOST -> x.hosts.add(s.id());
                default -> { }
            }
            for (Evidence e : f.evidence()) {
                if (e instanceof Evidence.CookieSeen c) {
                    x.cookies.add(c.name());
                    x.hosts.add(c.domain().replaceFirst("^\\.", ""));
                    x.pages.add(c.page());
                    x.vendor(c.attribution());
                } else if (e instanceof Evidence.RequestSeen r) {
                    x.hosts.add(r.host());
                    x.pages.add(r.page());
                    x.vendor(r.attribution());
                } else if (e instanceof Evidence.StorageSeen st) {
                    x.pages.add(st.page());
                    x.vendor(st.attribution());
                } else if (e instanceof Evidence.SourceSeen src) {
                    x.pages.add(src.file());
                    x.hosts.add(hostOf(src.url()));
                    x.vendor(src.attribution());
                }
            }
            x.pages.removeIf(p -> p == null);
            x.hosts.removeIf(h -> h == null || h.isEmpty());
            return x;
        }

        private static String hostOf(String url) {
            try {
                return url == null ? null : java.net.URI.create(url.startsWith("//") ? "https:" + url : url).getHost();
            } catch (IllegalArgumentException e) {
                return null; // a URL in a template that does not parse names no host
            }
        }

        private void vendor(dev.candor.model.finding.Attribution a) {
            if (a != null) {
                if (a.vendorId() != null) {
                    vendors.add(a.vendorId());
                }
                if (a.vendor() != null) {
                    vendors.add(a.vendor());
                }
            }
        }
    }
}
