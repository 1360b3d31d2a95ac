package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.candor.core.AuditListener;
import dev.candor.core.AuditOutcome;
import dev.candor.core.AuditRequest;
import dev.candor.core.Auditor;
import dev.candor.demo.DemoSite;
import dev.candor.demo.LocalSiteServer;
import dev.candor.report.ReportFormat;
import dev.candor.scan.ChromiumLocator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person opens it: from disk, in Chromium. It must make no network request,
 * run nothing the audited site planted (the hostile fixture puts markup, event handlers, quotes,
 * ANSI escapes and bidi overrides into cookie names and values, storage keys, titles, URLs and the
 * policy), and show the verdict, findings, matrix, timeline and banner screenshot. Screenshots of
 * both reports are kept in {@code target/report-screenshots} for a person to look at.
 */
class HtmlReportIT {

    private static final Path SHOTS = Path.of("target/report-screenshots");
    private static TestBrowser browser;

    @TempDir
    Path temp;

    /** The report tabs of this test, closed before its temporary folder (their profiles live there) is deleted. */
    private final List<BrowserContext> opened = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void closeReports() {
        opened.forEach(BrowserContext::close);
    }

    @BeforeAll
    static void start() {
        browser = TestBrowser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Auditor auditor() {
        return new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT);
    }

    @Test
    void theHostileSitesReportRunsNothingAndLoadsNothing() throws Exception {
        AuditOutcome outcome;
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/hostile")) {
            outcome = auditor().run(AuditRequest.builder(URI.create("https://www.hostile-shop.example/"), temp.resolve("audit"))
                    .browserArgs(List.of(server.hostResolverRule())).insecure(true).maxPages(2)
                    .formats(EnumSet.allOf(ReportFormat.class)).build());
            Opened report = open(server, outcome.htmlReport().orElseThrow(), "hostile-report.png");
            assertThat(report.requests).as("requests made by the report").isEmpty();
            assertThat(report.dialogs).isEmpty();
            assertThat(report.page.evaluate("() => window.__candorPwned === undefined")).isEqualTo(true);
            assertThat(report.page.evaluate("() => document.scripts.length")).isEqualTo(0);
            assertThat(report.page.evaluate("() => [...document.querySelectorAll('*')].some(e => [...e.attributes]"
                    + ".some(a => a.name.startsWith('on')))")).as("an event-handler attribute").isEqualTo(false);
            String text = (String) report.page.evaluate("() => document.body.innerText");
            // the site's markup is there as text a person can read, not as markup: the page title,
            // a cookie name, a policy heading
            assertThat(text).contains("Shop <script>window.__candorPwned=1</script>").contains("<b>\"x'_name")
                    .contains("Cookies \"><img src=x onerror=alert(1)>").contains("tracker.evil-ads.example");
            // control and bidi characters are shown, not obeyed
            // (the cookie named with an ESC is refused by the browser, so it is recorded as blocked and
            // not listed; the title's bidi override is what remains to show)
            assertThat(text).doesNotContain("\u001b").doesNotContain("\u202e").contains("[2J\\u202E");
        }
        assertThat(outcome.reports()).extracting(p -> p.getFileName().toString())
                .contains("report.json", "report.html", "report.sarif", "report.junit.xml", "report.md", "cookies.csv");
        // the machine formats of the same hostile audit stay well-formed
        Path dir = outcome.reportFile().getParent();
        var sarif = dev.candor.model.CandorJson.mapper().readTree(dir.resolve("report.sarif").toFile());
        assertThat(sarif.at("/runs/0/results").size()).isEqualTo(outcome.result().findings().size());
        var junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("report.junit.xml").toFile());
        assertThat(junit.getElementsByTagName("testcase").getLength()).isGreaterThanOrEqualTo(outcome.result().findings().size());
        String csv = Files.readString(dir.resolve("cookies.csv"));
        assertThat(csv).doesNotContain("\u001b").doesNotContain("\n\"=");
        assertThat(Files.readString(dir.resolve("report.md"))).doesNotContain("<script>").doesNotContain("\u001b");
        String console = dev.candor.report.ConsoleSummary.render(outcome.result());
        assertThat(console).doesNotContain("\u001b").doesNotContain("\u009b").doesNotContain("\u202e");
    }

    @Test
    void theDemoReportShowsVerdictFindingsMatrixTimelineAndBanner() throws Exception {
        try (DemoSite site = DemoSite.start()) {
            AuditOutcome outcome = auditor().run(site.request(temp.resolve("demo")).maxPages(3).build());
            Path html = outcome.htmlReport().orElseThrow();
            assertThat(Files.size(html)).as("a report to attach").isLessThan(5_000_000);
            Opened report = open(site.server(), html, "demo-report.png");
            Page page = report.page;
            assertThat(report.requests).isEmpty();
            assertThat(page.locator(".verdict").innerText()).startsWith("Failed:");
            assertThat(page.locator("#findings table.summary tbody tr").count()).isEqualTo(outcome.result().findings().size());
            assertThat(page.locator("#details .finding").count()).isEqualTo(outcome.result().findings().size());
            assertThat(page.locator("#matrix tbody tr").allInnerTexts()).anyMatch(r -> r.contains("Hotjar"))
                    .anyMatch(r -> r.contains("LinkedIn"));
            assertThat(page.locator("#timeline svg").count()).isEqualTo(3);
            assertThat(page.locator("#timeline line.click").count()).isEqualTo(2);
            assertThat(page.locator("#consent img.shot").isVisible()).isTrue();
            assertThat(page.evaluate("() => document.querySelector('#consent img.shot').naturalWidth")).isNotEqualTo(0);
            assertThat(page.locator("#cookies tbody tr").allInnerTexts()).anyMatch(r -> r.contains("_ga") && r.contains("Google Analytics"));
        }
    }

    /** A report opened from disk, with every request and dialog it caused. */
    private record Opened(Page page, List<String> requests, List<String> dialogs) {}

    private Opened open(LocalSiteServer server, Path html, String shot) throws Exception {
        BrowserContext context = browser.open(server, temp);
        opened.add(context);
        Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
        List<String> requests = new ArrayList<>();
        List<String> dialogs = new ArrayList<>();
        String self = html.toUri().toString();
        context.onRequest(r -> {
            if (!r.url().equals(self)) {
                requests.add(r.url());
            }
        });
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.navigate(self);
        page.waitForLoadState();
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(shot)).setFullPage(true));
        return new Opened(page, requests, dialogs);
    }
}
