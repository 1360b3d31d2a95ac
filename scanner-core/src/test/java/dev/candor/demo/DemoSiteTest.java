package dev.candor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo site's files as shipped: offline, small, and saying what the demo needs them to say. */
class DemoSiteTest {

    private static final Pattern ABSOLUTE_URL = Pattern.compile("https?://([A-Za-z0-9.-]+)");
    private static final Pattern SITEMAP_LOC = Pattern.compile("<loc>https://www\\.kaffeebohne-shop\\.de(/[^<]*)</loc>");
    private static final String SHOP = "www.kaffeebohne-shop.de";

    private static Path root;
    private static List<Path> files;

    @BeforeAll
    static void locateSite() throws IOException, URISyntaxException {
        URL url = DemoSite.class.getResource(DemoSite.CLASSPATH_ROOT);
        assertThat(url).as("demo site on the class path").isNotNull();
        if ("jar".equals(url.getProtocol())) {
            // integration-test class paths hold the packaged jar instead of target/classes
            FileSystems.newFileSystem(url.toURI(), Map.of());
        }
        root = Path.of(url.toURI());
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void everyReferencedHostHasAFolderSoTheDemoStaysOffline() throws IOException {
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!(name.endsWith(".html") || name.endsWith(".js") || name.endsWith(".css") || name.equals("js"))) {
                continue;
            }
            Matcher m = ABSOLUTE_URL.matcher(read(file));
            while (m.find()) {
                String host = m.group(1);
                if (!Files.isDirectory(root.resolve(host))) {
                    missing.computeIfAbsent(host, h -> new TreeSet<>()).add(root.relativize(file).toString());
                }
            }
        }
        assertThat(missing).as("hosts referenced without a folder (they would leave loopback)").isEmpty();
    }

    @Test
    void staysSmall() throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        assertThat(total).isLessThan(100_000);
    }

    @Test
    void sitemapListsEveryPageAndEachExists() throws IOException {
        Matcher m = SITEMAP_LOC.matcher(read(root.resolve(SHOP + "/sitemap.xml")));
        List<String> paths = m.results().map(r -> r.group(1)).toList();
        assertThat(paths).contains("/", "/products.html", "/products/hochland-espresso.html", "/about.html",
                "/contact.html", "/datenschutz.html");
        for (String path : paths) {
            Path file = root.resolve(SHOP + (path.endsWith("/") ? path + "index.html" : path));
            assertThat(file).as(path).isRegularFile();
        }
    }

    @Test
    void everyPageHasTheBannerThePolicyLinkAndThePlantedRecorder() throws IOException {
        List<Path> pages = files.stream().filter(f -> f.startsWith(root.resolve(SHOP)))
                .filter(f -> f.toString().endsWith(".html")).toList();
        assertThat(pages).hasSize(6);
        for (Path page : pages) {
            String html = read(page);
            assertThat(html).as(page.toString())
                    .contains("id=\"kb-consent\"", "data-consent=\"accept\">Accept all<", "data-consent=\"reject\">Reject all<",
                            "data-consent=\"settings\">Settings<", "href=\"/datenschutz.html\">Privacy policy (Datenschutzerklärung)<",
                            "https://static.hotjar.com/c/hotjar-12345.js", "https://static.kaffeebohne-shop.de/js/consent.js")
                    .doesNotContain("googletagmanager", "fbevents", "licdn");
        }
    }

    @Test
    void consentScriptLoadsGoogleAndMetaOnlyOnAcceptButLinkedInOnEveryChoice() throws IOException {
        String js = read(root.resolve("static.kaffeebohne-shop.de/js/consent.js"));
        assertThat(js).contains("kb_consent", "Max-Age=' + SIX_MONTHS", "SIX_MONTHS = 15552000")
                .contains("if (choice === 'accepted') {\n      loadGoogleAnalytics();\n      loadMetaPixel();\n    }")
                .containsPattern("\\}\\s*// Campaign tag[^\\n]*\\n[^\\n]*\\n\\s*loadLinkedInInsight\\(\\);");
    }

    @Test
    void policyNamesGoogleAndMetaButNotTheVendorsThatBreakIt() throws IOException {
        String page = read(root.resolve(SHOP + "/datenschutz.html"));
        // the policy's own text; the page template around it loads the recorder it keeps quiet about
        String policy = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        assertThat(policy).contains("Google Analytics", "Meta Pixel", "13 months",
                "only used after you have agreed", "Kaffeebohne GmbH, Musterstraße 1, 10115 Berlin",
                "datenschutz@kaffeebohne-shop.de", "Art. 77 GDPR", "Berliner Beauftragte für Datenschutz");
        assertThat(policy.toLowerCase(java.util.Locale.ROOT)).doesNotContain("hotjar", "linkedin");
    }

    @Test
    void trackerLifetimesAreTheOnesTheDemoPlants() throws IOException {
        assertThat(read(root.resolve("www.googletagmanager.com/gtag/js"))).contains("TWO_YEARS = 63072000", "'_ga=GA1.1.'");
        assertThat(read(root.resolve("static.hotjar.com/c/hotjar-12345.js")))
                .contains("ONE_YEAR = 31536000", "'_hjSessionUser_' + SITE", "localStorage.setItem('_hjSessionUser'",
                        "https://in.hotjar.com/api/v2/client/sites/' + SITE + '/visit-data");
        assertThat(read(root.resolve("www.facebook.com/tr.headers")))
                .contains("Set-Cookie: fr=").contains("Max-Age=63072000; Domain=.facebook.com; Path=/; SameSite=None; Secure");
        assertThat(read(root.resolve("px.ads.linkedin.com/collect.headers")))
                .contains("Set-Cookie: li_gc=").contains("Max-Age=15552000; Domain=.linkedin.com; Path=/; SameSite=None; Secure");
    }

    @Test
    void trackerHostsAreNamedInTheFilesTree() {
        Set<String> hosts = files.stream().map(f -> root.relativize(f).getName(0).toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(hosts).containsExactly("connect.facebook.net", "in.hotjar.com", "px.ads.linkedin.com", "snap.licdn.com",
                "static.hotjar.com", "static.kaffeebohne-shop.de", "www.facebook.com", "www.google-analytics.com",
                "www.googletagmanager.com", SHOP);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
