package dev.candor.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import dev.candor.model.policy.ConsentModelKind;
import dev.candor.model.policy.CookieCategory;
import dev.candor.model.policy.PolicyAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wordings real policies use for the controller, legal bases, retention and consent, in the
 * languages the reader supports; each case is a general form, not one document's sentence.
 */
class PolicyWordingTest {
    private final PolicyReader reader = new PolicyReader();

    /** Enough running text in the document's language for the language to be recognised. */
    private static final java.util.Map<String, String> FILLER = java.util.Map.of(
            "en", "We explain here how we handle the information that you give us when you use our website and what "
                    + "you can do about it if you have any questions about it.",
            "de", "Wir erklären hier, wie wir mit den Informationen umgehen, die Sie uns bei der Nutzung unserer Website "
                    + "geben, und was Sie tun können, wenn Sie Fragen dazu haben.",
            "da", "Vi forklarer her, hvordan vi behandler de oplysninger, som du giver os, når du bruger vores hjemmeside, "
                    + "og hvad du kan gøre, hvis du har spørgsmål til det.",
            "fr", "Nous expliquons ici comment nous traitons les informations que vous nous donnez lorsque vous utilisez "
                    + "notre site et ce que vous pouvez faire si vous avez des questions à ce sujet.",
            "nl", "Wij leggen hier uit hoe wij omgaan met de informatie die u ons geeft wanneer u onze website gebruikt "
                    + "en wat u kunt doen als u daar vragen over heeft.");

    private PolicyAnalysis markdown(String body) {
        String lang = body.startsWith("# Privatlivspolitik") ? "da" : body.startsWith("# Politique") ? "fr"
                : body.startsWith("# Datenschutz") ? "de" : body.startsWith("# Privacyverklaring") ? "nl" : "en";
        return reader.read(new PolicyInput.Markdown(body + "\n## Om / About\n\n" + FILLER.get(lang) + "\n", "test.md"));
    }

    @Test
    void controllerDesignatedInWordsWithoutALegalForm() {
        assertThat(markdown("# Privatlivspolitik\n\nByen for Borgerne er dataansvarlig for dine oplysninger. "
                + "Skriv til kontakt@byen.example.\n").controller().name()).isEqualTo("Byen for Borgerne");
        assertThat(markdown("# Politique\n\nLa direction du numérique (DINUM) est responsable des traitements réalisés "
                + "sur ce site. Écrivez à contact@dinum.example.\n").controller().name())
                .isEqualTo("direction du numérique (DINUM)");
        PolicyAnalysis de = markdown("# Datenschutz\n\n## Verantwortliche Stelle\n\nVerantwortlicher im Sinne der DSGVO ist:\n\n"
                + "Musterverein Nord\n\nHafenstraße 3\n\n20457 Hamburg\n\nE-Mail: info@nord.example\n");
        assertThat(de.controller().name()).isEqualTo("Musterverein Nord");
        assertThat(de.art13().get(Art13Element.CONTROLLER_CONTACT)).isEqualTo(Art13Status.PRESENT);
        assertThat(markdown("# Privacy\n\nThis site is run by the charity mySociety. Write to us at hello@my.example.\n")
                .controller().name()).isEqualTo("mySociety");
    }

    @Test
    void aBrandOnlyMentionedIsPartialAndAnImprintPointerVague() {
        PolicyAnalysis brand = markdown("# Privacy\n\nThis policy describes how Field Camp (FC) processes your data. "
                + "Contact us at hello@camp.example.\n");
        assertThat(brand.controller().name()).isEqualTo("Field Camp (FC)");
        assertThat(brand.art13().get(Art13Element.CONTROLLER_CONTACT)).isEqualTo(Art13Status.PARTIAL);
        assertThat(markdown("# Datenschutz\n\nVerantwortlich ist der im Impressum genannte Betreiber dieser Website.\n")
                .art13().get(Art13Element.CONTROLLER_CONTACT)).isEqualTo(Art13Status.VAGUE);
    }

    @Test
    void legalBasesInWordsOnly() {
        assertThat(markdown("# Privacy\n\nWe use your e-mail address for the newsletter on the basis of your consent. "
                + "We keep server logs because of our legitimate interest in a secure website.\n")
                .art13().get(Art13Element.LEGAL_BASIS)).isEqualTo(Art13Status.PRESENT);
        assertThat(markdown("# Privacy\n\nWe use your e-mail address for the newsletter on the basis of your consent.\n")
                .art13().get(Art13Element.LEGAL_BASIS)).isEqualTo(Art13Status.PARTIAL);
    }

    @Test
    void retentionInWordsIsVagueAndMereStorageIsNothing() {
        assertThat(markdown("# Privacy\n\nWe store your data only as long as it is necessary for the purpose.\n")
                .art13().get(Art13Element.RETENTION)).isEqualTo(Art13Status.VAGUE);
        assertThat(markdown("# Privacyverklaring\n\nGegevens kunnen in een bestand worden verzameld en opgeslagen.\n")
                .art13().get(Art13Element.RETENTION)).isEqualTo(Art13Status.MISSING);
    }

    @Test
    void browserSettingsAsTheWayToRefuseOnlyWithoutConsentOfItsOwn() {
        assertThat(markdown("# Cookies\n\nWe use cookies. You can block cookies in the settings of your browser.\n")
                .consentModel().model()).isEqualTo(ConsentModelKind.IMPLIED_BROWSER_SETTINGS);
        assertThat(markdown("# Cookies\n\nWe ask for your consent before we set statistics cookies. "
                + "You can block cookies in the settings of your browser.\n").consentModel().signals())
                .containsExactly(ConsentModelKind.PRIOR_CONSENT);
    }

    @Test
    void browserSettingsInTheWordsTemplatesUse() {
        for (String body : List.of(
                "# Cookies\n\nMost browsers let you manage cookies through the browser settings.\n",
                "# Cookies\n\nYou can delete cookies at any time in your browser's settings.\n",
                "# Datenschutzerklärung\n\n## Cookies\n\nSie können Ihren Browser so einstellen, dass Sie über das Setzen von "
                        + "Cookies informiert werden.\n",
                "# Privatlivspolitik\n\n## Cookies\n\nDu kan til enhver tid slette cookies i din browser.\n")) {
            assertThat(markdown(body).consentModel().model()).as(body).isEqualTo(ConsentModelKind.IMPLIED_BROWSER_SETTINGS);
        }
    }

    @Test
    void priorConsentStatedUnderACookieHeading() {
        assertThat(markdown("# Datenschutzerklärung\n\n## Cookies\n\nDaher holen wir von Ihnen eine vorherige Einwilligung "
                + "ein, außer wenn diese gesetzlich nicht gefordert ist.\n").consentModel().model())
                .isEqualTo(ConsentModelKind.PRIOR_CONSENT);
    }

    @Test
    void cookieCategoriesFromThePurposeACookieServes() {
        assertThat(markdown("# Privacy\n\n## Cookies\n\nWe place small files on your device. They remember you have logged "
                + "in.\n").cookieCategories()).containsExactly(CookieCategory.NECESSARY);
        assertThat(markdown("# Datenschutzerklärung\n\n## Cookies\n\nDie Cookies speichern den Inhalt Ihres Warenkorbs und "
                + "Ihre Spracheinstellung.\n").cookieCategories())
                .containsExactlyInAnyOrder(CookieCategory.NECESSARY, CookieCategory.FUNCTIONAL);
        assertThat(markdown("# Privacy\n\n## Videos\n\nThe embedded player may set cookies for playback, security, analytics, "
                + "advertising and personalisation.\n").cookieCategories())
                .contains(CookieCategory.MARKETING, CookieCategory.PERSONALISATION);
        // the purpose words outside a cookie context declare nothing: an online shop has a basket without cookies
        assertThat(markdown("# Privacy\n\n## Orders\n\nWe keep the contents of your shopping basket with your order.\n")
                .cookieCategories()).isEmpty();
    }

    @Test
    void effectiveDatesAndAutomaticBrowsersInFrenchAndSpanish() {
        assertThat(markdown("# Politique de confidentialité\n\nDate de prise d'effet : 12 février 2019\n").lastUpdated())
                .isEqualTo("2019-02-12");
        assertThat(reader.read(new PolicyInput.Markdown("# Política de privacidad\n\n## Cookies\n\nLa mayoría de navegadores "
                + "aceptan cookies automáticamente. " + "Aquí explicamos cómo tratamos la información que nos facilita cuando "
                + "utiliza nuestro sitio web y qué puede hacer si tiene alguna pregunta al respecto.\n", "t.md")).consentModel().model())
                .isEqualTo(ConsentModelKind.IMPLIED_BROWSER_SETTINGS);
        assertThat(markdown("# Politique de confidentialité\n\n## Cookies\n\nNous utilisons des cookies de session pour faire "
                + "fonctionner notre service.\n").cookieCategories()).containsExactly(CookieCategory.NECESSARY);
    }

    @Test
    void requiredLiteralIsTheLongestMandatoryRun() {
        assertThat(RequiredLiteral.of("(?:ask|seek)\\w*[^.]{0,40}consent")).isEqualTo("consent");
        assertThat(RequiredLiteral.of("\\bdata ?controller\\b")).isEqualTo("controller");
        assertThat(RequiredLiteral.of("cookies?|tracking")).isNull();
        assertThat(RequiredLiteral.of("\\p{Lu}ab")).isNull();
    }
}
