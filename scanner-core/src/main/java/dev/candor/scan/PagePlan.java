package dev.candor.scan;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the pages an audit visits: the start page, then same-site pages found through links and
 * {@code sitemap.xml}, breadth first, each URL normalised so none is visited twice, up to a limit.
 * The same plan is then visited in every phase. Not thread-safe; one per audit.
 */
public final class PagePlan {

    private static final Pattern SITEMAP_LOC = Pattern.compile("<loc>\\s*([^<\\s]+)\\s*</loc>", Pattern.CASE_INSENSITIVE);
    /** Links to these are downloads or media, not pages. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            ".*\\.(pdf|zip|gz|tgz|rar|7z|exe|dmg|msi|jpg|jpeg|png|gif|webp|svg|ico|mp3|mp4|webm|mov|avi|css|js|json|xml|txt|csv|docx?|xlsx?|pptx?)$");

    private final SiteParty party;
    private final int maxPages;
    private final List<String> chosen = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private final Deque<String> queue = new ArrayDeque<>();

    /**
     * @param startUrl the start page, always the first page of the plan
     * @param party decides which links are same-site
     * @param maxPages the most pages in the plan (at least 1)
     */
    public PagePlan(String startUrl, SiteParty party, int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, got " + maxPages);
        }
        this.party = party;
        this.maxPages = maxPages;
        String start = normalise(startUrl).orElseThrow(() -> new IllegalArgumentException("not an http(s) URL: " + startUrl));
        seen.add(start);
        queue.add(start);
    }

    /** The next page to visit, or empty when the plan is full or nothing is left to visit. */
    public Optional<String> next() {
        if (chosen.size() >= maxPages || queue.isEmpty()) {
            return Optional.empty();
        }
        String url = queue.poll();
        chosen.add(url);
        return Optional.of(url);
    }

    /** Marks where a visited page ended up after redirects, so links to that address are not planned again. */
    public void landedOn(String finalUrl) {
        if (finalUrl != null) {
            normalise(finalUrl).ifPresent(seen::add);
        }
    }

    /** Adds the links found on a page, in document order; foreign, non-page and duplicate links are ignored. */
    public void offer(Collection<String> links) {
        for (String link : links) {
            normalise(link)
                    .filter(u -> party.isFirstPartyUrl(u))
                    .filter(u -> !NOT_A_PAGE.matcher(URI.create(u).getPath().toLowerCase(Locale.ROOT)).matches())
                    .filter(seen::add)
                    .ifPresent(queue::add);
        }
    }

    /** Adds the page URLs listed in a {@code sitemap.xml} (plain {@code <loc>} entries; nested sitemaps are not followed). */
    public void offerSitemap(String xml) {
        List<String> locs = new ArrayList<>();
        Matcher m = SITEMAP_LOC.matcher(xml);
        while (m.find() && locs.size() < 10_000) {
            locs.add(m.group(1).replace("&amp;", "&"));
        }
        offer(locs);
    }

    /** The pages chosen so far, in visiting order. */
    public List<String> pages() {
        return List.copyOf(chosen);
    }

    /**
     * The canonical form of a URL: http(s) only, lower-case scheme and host, default port and
     * fragment dropped, empty path as {@code /}. Query strings are kept: they may select content.
     */
    public static Optional<String> normalise(String url) {
        // parsed as a browser parses an href, so a link java.net.URI would refuse is still planned
        Optional<URI> parsed = WebAddress.parse(url);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        URI uri = parsed.get();
        String scheme = uri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return Optional.empty();
        }
        int port = uri.getPort();
        if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getHost());
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(path);
        if (uri.getRawQuery() != null) {
            out.append('?').append(uri.getRawQuery());
        }
        return Optional.of(out.toString());
    }
}
