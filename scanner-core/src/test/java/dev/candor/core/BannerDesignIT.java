package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.demo.LocalSiteServer;
import dev.candor.model.BannerDesign;
import dev.candor.model.ConsentToggle;
import dev.candor.model.ControlStyle;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.model.ScanRecord;
import dev.candor.model.WithdrawalOption;
import dev.candor.model.finding.Finding;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.browser.ChromiumBrowser;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The banner as Candor measures it in real Chromium, on the banner fixtures ({@code rules-banner-*})
 * and on the fixtures built from real consent managers: the boxes, fonts, colours, contrast, link
 * or button, the settings layer's toggles, the reopen link after accepting, and the findings they
 * lead to, including none of the banner rules on the compliant ones.
 */
class BannerDesignIT {

    private static final Set<String> BANNER_RULES = Set.of("reject-less-prominent", "colour-nudging", "ambiguous-consent-wording",
            "banner-information-missing", "pre-ticked-consent", "legitimate-interest-preset", "no-withdrawal-option");

    @TempDir
    Path dir;

    private AuditOutcome audit(String site, String host) throws Exception {
        RequiredChromium.locate();
        Auditor auditor = new Auditor(ChromiumBrowser::launch, new ChromiumLocator(), Clock.systemUTC(), AuditListener.SILENT);
        AuditOutcome outcome;
        try (LocalSiteServer server = LocalSiteServer.fromClasspath("/sites/" + site)) {
            outcome = auditor.run(AuditRequest.builder(URI.create("https://" + host + "/"), dir.resolve("audit"))
                    .browserArgs(List.of(server.hostResolverRule())).insecure(true).maxPages(3).build());
        }
        // kept for a person to look at: target/banner-reports/<site>/report.html
        Path keep = Path.of("target", "banner-reports", site);
        Files.createDirectories(keep);
        try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("audit"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, keep.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return outcome;
    }

    private static PhaseRecord phase(ScanRecord r, Phase p) {
        return r.phases().stream().filter(x -> x.phase() == p).findFirst().orElseThrow();
    }

    private static List<String> bannerFindings(AuditOutcome o) {
        return o.result().findings().stream().map(Finding::ruleId).filter(BANNER_RULES::contains).toList();
    }

    @Test
    void acceptFourTimesTheAreaOfReject() throws Exception {
        AuditOutcome o = audit("rules-banner-big-accept", "www.kettlewood-tea-example.co.uk");
        BannerDesign d = phase(o.result().record(), Phase.BEFORE_CONSENT).banner();
        assertThat(d).isNotNull();
        ControlStyle accept = d.first("accept");
        ControlStyle reject = d.first("reject");
        assertThat(accept.box().width()).isEqualTo(360);
        assertThat(accept.box().height()).isEqualTo(88);
        assertThat(reject.box().width()).isEqualTo(180);
        assertThat(reject.box().height()).isEqualTo(44);
        assertThat(accept.box().area() / reject.box().area()).isEqualTo(4.0);
        assertThat(accept.fontSizePx()).isEqualTo(16);
        assertThat(accept.background()).isEqualTo("#1b7f3b");
        assertThat(reject.background()).isEqualTo("#333333");
        assertThat(accept.linkStyled()).isFalse();
        assertThat(reject.linkStyled()).isFalse();
        // the banner's box contains both controls, and the screenshot they were measured on exists
        assertThat(d.banner().y()).isLessThanOrEqualTo(accept.box().y());
        assertThat(d.viewport().width()).isEqualTo(1366);
        assertThat(Files.size(dir.resolve("audit").resolve(d.screenshot()))).isPositive();
        // the accept and reject phases measured the same banner before their clicks
        assertThat(phase(o.result().record(), Phase.AFTER_ACCEPT).banner().first("accept").box().area()).isEqualTo(accept.box().area());
        WithdrawalOption w = phase(o.result().record(), Phase.AFTER_ACCEPT).withdrawal();
        assertThat(w.found()).isTrue();
        assertThat(w.text()).isEqualTo("Cookie settings");
        assertThat(bannerFindings(o)).containsExactly("reject-less-prominent");
    }

    @Test
    void greenButtonAndGreyLinkWithNoWayBack() throws Exception {
        AuditOutcome o = audit("rules-banner-nudge", "www.roesterei-morgenrot-example.de");
        BannerDesign d = phase(o.result().record(), Phase.BEFORE_CONSENT).banner();
        ControlStyle accept = d.first("accept");
        ControlStyle reject = d.first("reject");
        assertThat(accept.text()).isEqualTo("Alle akzeptieren");
        assertThat(accept.filledButton()).isTrue();
        assertThat(accept.color()).isEqualTo("#ffffff");
        assertThat(reject.text()).isEqualTo("Ablehnen");
        assertThat(reject.linkStyled()).isTrue();
        // a transparent button: its background is the banner's white, resolved through the ancestors
        assertThat(reject.background()).isEqualTo("#ffffff");
        assertThat(reject.color()).isEqualTo("#a0a0a0");
        assertThat(reject.textContrast()).isBetween(2.5, 2.7);
        assertThat(accept.textContrast()).isGreaterThan(4.5);
        assertThat(d.text()).startsWith("Wir und unsere Partner nutzen Cookies");
        WithdrawalOption w = phase(o.result().record(), Phase.AFTER_ACCEPT).withdrawal();
        assertThat(w.found()).isFalse();
        assertThat(w.pagesChecked()).isGreaterThanOrEqualTo(2);
        // purposes, partners and withdrawal are named; no duration, which may sit one click away: not flagged
        assertThat(bannerFindings(o)).containsExactlyInAnyOrder("colour-nudging", "no-withdrawal-option");
        // the report draws the recorded boxes over the embedded screenshot, without loading anything
        String html = Files.readString(dir.resolve("audit/report.html"));
        assertThat(html).contains("<image id=\"banner-shot-0\" href=\"data:image/png;base64,");
        assertThat(html).contains("<use href=\"#banner-shot-0\">");
        assertThat(html).contains(String.format(java.util.Locale.ROOT, "<rect class=\"m-reject marked\" x=\"%d\" y=\"%d\"",
                Math.round(reject.box().x()) - 3, Math.round(reject.box().y()) - 3));
        assertThat(html).contains("<rect class=\"m-accept marked\"");
        assertThat(html).contains("#a0a0a0").contains("text link");
        assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http");
    }

    @Test
    void pretickedPurposesAndLegitimateInterestInTheSecondLayer() throws Exception {
        AuditOutcome o = audit("rules-banner-preticked", "www.fromagerie-des-alpes-example.fr");
        PhaseRecord reject = phase(o.result().record(), Phase.AFTER_REJECT);
        assertThat(reject.consent().done()).isTrue();
        assertThat(reject.consent().onFirstLayer()).isFalse();
        List<ConsentToggle> toggles = reject.banner().toggles();
        assertThat(toggles).extracting(ConsentToggle::label)
                .containsExactly("Cookies nécessaires", "Mesure d'audience", "Publicité", "Intérêt légitime");
        // as they were before Candor unticked them to save "nothing optional"
        assertThat(toggles).extracting(ConsentToggle::checked).containsExactly(true, true, true, true);
        assertThat(toggles).extracting(ConsentToggle::disabled).containsExactly(true, false, false, false);
        assertThat(toggles).extracting(ConsentToggle::legitimateInterest).containsExactly(false, false, false, true);
        assertThat(toggles.get(3).kind()).isEqualTo("switch");
        assertThat(toggles.get(3).context()).contains("profil publicitaire");
        // before-consent never opens the settings layer
        assertThat(phase(o.result().record(), Phase.BEFORE_CONSENT).banner().toggles()).isNull();
        assertThat(bannerFindings(o)).containsExactlyInAnyOrder("pre-ticked-consent", "legitimate-interest-preset");
    }

    @Test
    void okOnlyNotice() throws Exception {
        AuditOutcome o = audit("rules-banner-ok-only", "www.harbourlight-books-example.com");
        BannerDesign d = phase(o.result().record(), Phase.BEFORE_CONSENT).banner();
        assertThat(d.controls()).extracting(ControlStyle::text).containsExactly("OK");
        assertThat(d.controls().get(0).role()).isEqualTo("other");
        assertThat(d.text()).contains("This website uses cookies");
        assertThat(bannerFindings(o)).containsExactlyInAnyOrder("ambiguous-consent-wording", "banner-information-missing");
    }

    @Test
    void compliantTwinGivesNoBannerFinding() throws Exception {
        AuditOutcome o = audit("rules-banner-compliant", "www.keramikvaerkstedet-example.dk");
        BannerDesign d = phase(o.result().record(), Phase.BEFORE_CONSENT).banner();
        assertThat(d.controls()).extracting(ControlStyle::role).containsExactly("accept", "reject", "settings");
        assertThat(d.first("accept").box().area()).isEqualTo(d.first("reject").box().area());
        assertThat(d.first("settings").linkStyled()).as("an outlined button is a button").isFalse();
        WithdrawalOption w = phase(o.result().record(), Phase.AFTER_ACCEPT).withdrawal();
        assertThat(w.found()).isTrue();
        assertThat(w.kind()).isEqualTo("link");
        assertThat(w.text()).isEqualTo("Cookieindstillinger");
        assertThat(bannerFindings(o)).isEmpty();
    }

    /** Real consent managers from the npm registry: measured, and none of the design rules fires on their default designs. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rules-compliant-klaro, www.moebelvaerkstedet-example.dk",
        "klaro, www.klaro-shop.de",
        "osano, www.osano-shop.com",
        "tarteaucitron, www.tarte-boutique.com"})
    void realConsentManagers(String site, String host) throws Exception {
        AuditOutcome o = audit(site, host);
        BannerDesign d = phase(o.result().record(), Phase.BEFORE_CONSENT).banner();
        assertThat(d).as("banner measured on %s", site).isNotNull();
        assertThat(d.first("reject")).as("reject measured on %s: %s", site, d.controls()).isNotNull();
        if (site.equals("rules-compliant-klaro")) {
            // Klaro's Danish accept says only "Ok": measured as a control Candor's labels do not name
            assertThat(d.controls()).extracting(ControlStyle::text).contains("Afvis", "Ok");
        } else {
            assertThat(d.first("accept")).as("accept measured on %s: %s", site, d.controls()).isNotNull();
        }
        assertThat(d.text()).isNotBlank();
        System.out.printf("BANNER %s cmp=%s controls=%s withdrawal=%s findings=%s%n", site, d.cmp(), d.controls(),
                phase(o.result().record(), Phase.AFTER_ACCEPT).withdrawal(), bannerFindings(o));
        assertThat(bannerFindings(o)).as("banner findings on %s", site)
                .doesNotContain("reject-less-prominent", "colour-nudging", "ambiguous-consent-wording", "pre-ticked-consent",
                        "legitimate-interest-preset");
        if (site.equals("rules-compliant-klaro")) {
            assertThat(bannerFindings(o)).isEmpty();
        }
    }
}
