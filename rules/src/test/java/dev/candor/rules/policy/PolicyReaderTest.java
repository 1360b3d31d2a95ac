package dev.candor.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import dev.candor.model.policy.ConsentModelKind;
import dev.candor.model.policy.CookieCategory;
import dev.candor.model.policy.DataSubjectRight;
import dev.candor.model.policy.DeclaredCookie;
import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.ReadStatus;
import dev.candor.model.policy.Technology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyReaderTest {
    private final PolicyReader reader = new PolicyReader();

    private static final String EN_FILLER = "We explain here how we handle the information that you give us when you use our "
            + "website and what you can do about it if you have any questions about it. ";

    private PolicyAnalysis text(String body) {
        return reader.read(new PolicyInput.PlainText(body, "test"));
    }

    // ---- sentences ---------------------------------------------------------------------------

    @Test
    void sentenceSplittingKeepsAbbreviationsTogether() {
        assertThat(SentenceSplitter.split("Wir verarbeiten z. B. Ihre E-Mail-Adresse gem. Art. 6 Abs. 1 lit. a DSGVO. "
                + "Das ist alles.")).extracting(SentenceSplitter.Span::text)
                .containsExactly("Wir verarbeiten z. B. Ihre E-Mail-Adresse gem. Art. 6 Abs. 1 lit. a DSGVO.", "Das ist alles.");
        assertThat(SentenceSplitter.split("Se artikel 6, stk. 1, litra a. Vi bruger f.eks. cookies, jf. nr. 3 i loven. Slut."))
                .extracting(SentenceSplitter.Span::text)
                .containsExactly("Se artikel 6, stk. 1, litra a.", "Vi bruger f.eks. cookies, jf. nr. 3 i loven.", "Slut.");
        assertThat(SentenceSplitter.split("We use data, e.g. your IP address, i.e. technical data. Next one."))
                .hasSize(2);
        assertThat(SentenceSplitter.split("Stand: 3. März 2025. Gültig bzw. ggf. länger.")).hasSize(2);
    }

    // ---- language ----------------------------------------------------------------------------

    @Test
    void detectsLanguagesFromStopWords() {
        assertThat(LanguageDetector.detect(EN_FILLER.repeat(2))).contains("en");
        assertThat(LanguageDetector.detect("Wir verarbeiten Ihre Daten nur, wenn Sie uns dazu eine Einwilligung gegeben haben "
                + "oder wenn das Gesetz es erlaubt. Die Daten werden nicht an Dritte weitergegeben und nach dem Ende der "
                + "Vertragsbeziehung gelöscht, sofern keine Pflicht zur Aufbewahrung besteht.")).contains("de");
        assertThat(LanguageDetector.detect("Vi behandler dine oplysninger, når du har givet os dit samtykke, eller når loven "
                + "giver os ret til det. Vi deler ikke dine data med andre, og vi sletter dem, når de ikke længere er "
                + "nødvendige for det formål, som de blev indsamlet til.")).contains("da");
        assertThat(LanguageDetector.detect("Nous traitons vos données personnelles pour fournir nos services et pour "
                + "respecter nos obligations. Vous pouvez exercer vos droits à tout moment en nous contactant par e-mail, "
                + "et nous vous répondrons dans les meilleurs délais possibles.")).contains("fr");
        assertThat(LanguageDetector.detect("Wij verwerken uw gegevens om onze diensten te leveren en om aan onze wettelijke "
                + "verplichtingen te voldoen. U kunt uw rechten op elk moment uitoefenen door contact met ons op te nemen, "
                + "en wij zullen zo snel mogelijk reageren op uw verzoek.")).contains("nl");
        assertThat(LanguageDetector.detect("Vi behandlar dina uppgifter för att kunna leverera våra tjänster och för att "
                + "uppfylla våra skyldigheter. Du kan när som helst använda dina rättigheter genom att kontakta oss, och vi "
                + "svarar så snart som möjligt på din begäran om det är möjligt.")).contains("sv");
        assertThat(LanguageDetector.detect("Privacy policy")).isEmpty();
    }

    // ---- dates -------------------------------------------------------------------------------

    @Test
    void parsesDatesInEachLanguage() {
        assertThat(DateFinder.first("Last updated: March 27, 2025")).contains("2025-03-27");
        assertThat(DateFinder.first("updated 14 January 2025")).contains("2025-01-14");
        assertThat(DateFinder.first("Stand: 3. März 2025")).contains("2025-03-03");
        assertThat(DateFinder.first("zuletzt aktualisiert am 15.08.2023")).contains("2023-08-15");
        assertThat(DateFinder.first("Senest opdateret den 1. februar 2024")).contains("2024-02-01");
        assertThat(DateFinder.first("senest ændret d. 20-03-2018")).contains("2018-03-20");
        assertThat(DateFinder.first("2024-11-05")).contains("2024-11-05");
        assertThat(DateFinder.first("Stand: Mai 2024")).contains("2024-05");
        assertThat(DateFinder.first("no date here")).isEmpty();
    }

    // ---- retention ---------------------------------------------------------------------------

    @Test
    void normalisesRetentionPeriodsToSeconds() {
        assertThat(DurationParser.find("deleted after two years", "en")).extracting(DurationParser.Duration::seconds)
                .containsExactly(2 * 31_536_000L);
        assertThat(DurationParser.find("nach 14 Tagen gelöscht", "de")).extracting(DurationParser.Duration::seconds)
                .containsExactly(14 * 86_400L);
        assertThat(DurationParser.find("Laufzeit von zwölf Monaten", "de")).extracting(DurationParser.Duration::seconds)
                .containsExactly(12 * 2_592_000L);
        assertThat(DurationParser.find("opbevares i to år", "da")).extracting(DurationParser.Duration::seconds)
                .containsExactly(2 * 31_536_000L);
        assertThat(DurationParser.find("13 måneder", "da")).extracting(DurationParser.Duration::seconds)
                .containsExactly(13 * 2_592_000L);
        DurationParser.Duration session = DurationParser.parseCell("Sitzung", "de");
        assertThat(session.session()).isTrue();
        assertThat(session.seconds()).isZero();
        assertThat(DurationParser.parseCell("24 hours", "de").seconds()).isEqualTo(86_400L);
        // half a year is one period, whether or not its article is written
        assertThat(DurationParser.find("slettes et halvt år efter", "da")).extracting(DurationParser.Duration::seconds)
                .containsExactly(365L * 86_400 / 2);
        assertThat(DurationParser.find("ein halbes Jahr nach Ende", "de")).extracting(DurationParser.Duration::seconds)
                .containsExactly(365L * 86_400 / 2);
    }

    // ---- negation ----------------------------------------------------------------------------

    @Test
    void negatedStatementsDoNotBecomeClaims() {
        PolicyAnalysis en = text("Cookies\n\n" + EN_FILLER + "We do not use marketing cookies. We never use fingerprinting. "
                + "We use analytics cookies.");
        assertThat(en.cookieCategories()).containsExactly(CookieCategory.ANALYTICS);
        assertThat(en.technologies()).doesNotContain(Technology.FINGERPRINTING);
        PolicyAnalysis de = text("Wir verwenden keine Marketing-Cookies. Wir verwenden Statistik-Cookies, wenn Sie "
                + "einwilligen. Die Daten werden nicht an Dritte gegeben und sind für uns und für Sie wichtig, denn wir "
                + "wollen Ihre Daten schützen und nur das tun, was Sie von uns erwarten können.");
        assertThat(de.language()).isEqualTo("de");
        assertThat(de.cookieCategories()).containsExactly(CookieCategory.ANALYTICS);
        PolicyAnalysis da = text("Vi bruger ikke markedsføringscookies. Vi bruger statistikcookies, når du har givet "
                + "samtykke. Vi deler ikke dine oplysninger med andre, og vi sletter dem, når de ikke længere er nødvendige "
                + "for det formål, som de blev indsamlet til.");
        assertThat(da.language()).isEqualTo("da");
        assertThat(da.cookieCategories()).containsExactly(CookieCategory.ANALYTICS);
        assertThat(da.claims()).anyMatch(c -> c.value().equals("category:marketing"));
    }

    // ---- vendors -----------------------------------------------------------------------------

    @Test
    void vendorAliasesMapToOneCanonicalName() {
        VendorTable t = VendorTable.builtIn();
        assertThat(t.find("Wir nutzen das Facebook-Pixel und Google Analytics.")).extracting(VendorTable.Hit::vendor)
                .containsExactly("Meta Pixel", "Google Analytics");
        assertThat(t.find("via Meta Platforms Ireland Limited and DoubleClick")).extracting(VendorTable.Hit::vendor)
                .containsExactly("Meta Platforms Ireland Limited", "Google Ads");
        // a legal entity is named as written and stands for no single product; a product alias carries its vendor id
        assertThat(t.find("via Meta Platforms Ireland Limited and DoubleClick")).extracting(VendorTable.Hit::vendorId)
                .containsExactly(null, "google-ads");
        assertThat(t.find("the googleanalytics word and Stripes")).isEmpty();
    }

    // ---- cookie tables -----------------------------------------------------------------------

    @Test
    void readsCookieTablesInGerman() {
        String html = "<html lang=de><body><main><h1>Cookies</h1><p>" + "Wir setzen die folgenden Cookies ein, damit die "
                + "Website funktioniert und wir verstehen, wie sie genutzt wird. Die Liste wird von uns gepflegt. </p>"
                + "<table><tr><th>Name</th><th>Anbieter</th><th>Zweck</th><th>Speicherdauer</th><th>Kategorie</th></tr>"
                + "<tr><td>_ga</td><td>Google Analytics</td><td>Unterscheidet Nutzer</td><td>2 Jahre</td><td>Statistik</td></tr>"
                + "<tr><td>PHPSESSID</td><td>shop.example</td><td>Sitzung</td><td>Sitzung</td><td>Notwendig</td></tr>"
                + "</table></main></body></html>";
        PolicyAnalysis a = reader.read(new PolicyInput.Html(html, "https://shop.example/datenschutz", null));
        assertThat(a.declaredCookies()).extracting(DeclaredCookie::name).containsExactly("_ga", "PHPSESSID");
        assertThat(a.declaredCookies().get(0).durationSeconds()).isEqualTo(2 * 31_536_000L);
        assertThat(a.declaredCookies().get(0).provider()).isEqualTo("Google Analytics");
        assertThat(a.declaredCookies().get(1).durationSeconds()).isZero();
        assertThat(a.cookieCategories()).contains(CookieCategory.ANALYTICS, CookieCategory.NECESSARY);
        assertThat(a.vendors()).extracting(v -> v.name()).contains("Google Analytics");
        assertThat(a.art13().get(Art13Element.RETENTION)).isEqualTo(Art13Status.PRESENT);
    }

    @Test
    void htmlBoilerplateIsDropped() throws Exception {
        PolicyAnalysis a = reader.read(PolicyInput.fromFile(resource("brightwave-en.html")));
        assertThat(a.claims()).noneMatch(c -> c.quote().contains("By continuing to browse"));
        assertThat(a.claims()).noneMatch(c -> c.quote().contains("All rights reserved"));
        assertThat(a.consentModel().model()).isEqualTo(ConsentModelKind.PRIOR_CONSENT);
        assertThat(a.claims()).anyMatch(c -> c.section().equals("Privacy notice > 8. Your rights"));
    }

    // ---- Art. 13 -----------------------------------------------------------------------------

    @Test
    void art13StatusesSeparatePresentPartialVagueMissing() {
        PolicyAnalysis a = text("Privacy\n\n" + EN_FILLER + "We may share your data with our partners. Your data may be "
                + "transferred outside the EEA. We keep your data for as long as necessary. You have the right to access "
                + "your personal data and the right to object to processing. You can withdraw your consent at any time.");
        assertThat(a.art13().get(Art13Element.RECIPIENTS)).isEqualTo(Art13Status.VAGUE);
        assertThat(a.art13().get(Art13Element.TRANSFERS)).isEqualTo(Art13Status.VAGUE);
        assertThat(a.art13().get(Art13Element.RETENTION)).isEqualTo(Art13Status.VAGUE);
        assertThat(a.art13().get(Art13Element.RIGHTS)).isEqualTo(Art13Status.PARTIAL);
        assertThat(a.rights()).containsExactly(DataSubjectRight.ACCESS, DataSubjectRight.OBJECTION);
        assertThat(a.art13().get(Art13Element.WITHDRAW_CONSENT)).isEqualTo(Art13Status.PRESENT);
        assertThat(a.art13().get(Art13Element.COMPLAINT_AUTHORITY)).isEqualTo(Art13Status.MISSING);
        assertThat(a.art13Evidence().get(Art13Element.TRANSFERS)).containsExactly("Your data may be transferred outside the EEA.");
        PolicyAnalysis b = text("Privacy\n\n" + EN_FILLER + "Data is transferred to the USA on the basis of standard "
                + "contractual clauses. We delete log files after 7 days. The legal basis is your consent, "
                + "Art. 6(1)(a) GDPR.");
        assertThat(b.art13().get(Art13Element.TRANSFERS)).isEqualTo(Art13Status.PRESENT);
        assertThat(b.transfers().get(0).countries()).containsExactly("USA");
        assertThat(b.art13().get(Art13Element.RETENTION)).isEqualTo(Art13Status.PRESENT);
        assertThat(b.art13().get(Art13Element.LEGAL_BASIS)).isEqualTo(Art13Status.PRESENT);
    }

    @Test
    void legalBasisWordingInEachLanguage() {
        assertThat(text("Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO. " + "Wir verarbeiten Ihre Daten, um die Website "
                + "bereitzustellen, und wir geben sie nicht an Dritte weiter, wenn Sie das nicht wollen oder nicht erlaubt haben.")
                .claims()).anyMatch(c -> c.value().equals("art-6-1-f"));
        assertThat(text("Behandlingen sker efter artikel 6, stk. 1, litra a. Vi behandler dine oplysninger, når du har "
                + "givet os dit samtykke, og vi deler dem ikke med andre, fordi det er vigtigt for os at passe på dem.")
                .claims()).anyMatch(c -> c.value().equals("art-6-1-a"));
    }

    // ---- bad input ---------------------------------------------------------------------------

    @Test
    void emptyFileIsEmpty(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("empty.txt"), "  \n\n ");
        PolicyAnalysis a = reader.read(PolicyInput.fromFile(f));
        assertThat(a.status()).isEqualTo(ReadStatus.EMPTY);
        assertThat(a.problems()).singleElement().asString().contains("no text");
    }

    @Test
    void binaryFileIsUnreadable(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        PolicyAnalysis a = reader.read(PolicyInput.fromFile(f));
        assertThat(a.status()).isEqualTo(ReadStatus.UNREADABLE);
        assertThat(a.problems()).singleElement().asString().contains("binary");
    }

    @Test
    void pdfWithoutTextLayerSaysSo(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("scan.pdf"), PdfFixture.withoutText(2));
        PolicyAnalysis a = reader.read(PolicyInput.fromFile(f));
        assertThat(a.status()).isEqualTo(ReadStatus.UNREADABLE);
        assertThat(a.problems()).singleElement().asString().contains("no text layer").contains("OCR");
    }

    @Test
    void brokenPdfIsUnreadable() {
        PolicyAnalysis a = reader.read(new PolicyInput.Pdf("%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII), "x.pdf"));
        assertThat(a.status()).isEqualTo(ReadStatus.UNREADABLE);
        assertThat(a.problems()).singleElement().asString().startsWith("PDF cannot be opened");
    }

    @Test
    void unsupportedLanguageIsReported() {
        PolicyAnalysis a = text("Vi behandlar dina personuppgifter för att kunna leverera våra tjänster och för att uppfylla "
                + "våra skyldigheter. Du kan när som helst utöva dina rättigheter genom att kontakta oss via e-post, och vi "
                + "svarar så snart som möjligt. Kakor används endast med ditt samtycke och de som är nödvändiga.");
        assertThat(a.status()).isEqualTo(ReadStatus.UNSUPPORTED_LANGUAGE);
        assertThat(a.language()).isEqualTo("sv");
        assertThat(a.problems()).singleElement().asString().contains("Swedish").contains("English, German, Danish, French");
    }

    @Test
    void missingFileThrowsTypedException(@TempDir Path dir) {
        assertThatThrownBy(() -> PolicyInput.fromFile(dir.resolve("nope.html")))
                .isInstanceOf(PolicyReadException.class).hasMessageStartingWith("Policy file not found");
    }

    @Test
    void hugeDocumentFinishesQuickly() throws Exception {
        String base = Files.readString(resource("quickparcel-en.txt"));
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5_000_000) {
            sb.append(base).append("\n\n");
        }
        long t0 = System.nanoTime();
        PolicyAnalysis a = text(sb.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(a.status()).isEqualTo(ReadStatus.READ);
        assertThat(a.problems()).anyMatch(p -> p.contains("longer than"));
        assertThat(ms).as("5 MB read in %d ms", ms).isLessThan(20_000);
    }

    @Test
    void sniffsFileKinds(@TempDir Path dir) throws Exception {
        assertThat(PolicyInput.fromFile(Files.writeString(dir.resolve("p"), "<html><body><p>x</p></body></html>")))
                .isInstanceOf(PolicyInput.Html.class);
        assertThat(PolicyInput.fromFile(Files.writeString(dir.resolve("p.md"), "# Title"))).isInstanceOf(PolicyInput.Markdown.class);
        assertThat(PolicyInput.fromFile(Files.writeString(dir.resolve("p.txt"), "Title"))).isInstanceOf(PolicyInput.PlainText.class);
        assertThat(PolicyInput.fromFile(Files.write(dir.resolve("p.bin"), PdfFixture.withoutText(1))))
                .isInstanceOf(PolicyInput.Pdf.class);
    }

    // ---- JSON and text -----------------------------------------------------------------------

    @Test
    void jsonFieldNamesAreTheDocumentedOnes() throws Exception {
        PolicyAnalysis a = reader.read(PolicyInput.fromFile(resource("fjordcykler-da.html")));
        JsonNode n = new ObjectMapper().valueToTree(a);
        Set<String> fields = iterable(n.fieldNames());
        assertThat(fields).containsExactly("source", "language", "lastUpdated", "controller", "dpo", "art13",
                "art13Evidence", "vendors", "rights", "cookieCategories", "technologies", "declaredCookies", "retention",
                "transfers", "consentModel", "denials", "claims", "problems", "status");
        assertThat(iterable(n.get("art13").fieldNames())).containsExactly("controller-contact", "dpo-contact", "purposes",
                "legal-basis", "recipients", "transfers", "retention", "rights", "withdraw-consent", "complaint-authority");
        assertThat(n.get("status").asText()).isEqualTo("read");
        assertThat(n.get("consentModel").get("model").asText()).isEqualTo("prior-consent");
        assertThat(iterable(n.get("controller").fieldNames())).containsExactly("name", "postalAddress", "email", "phone",
                "registration");
        assertThat(iterable(n.get("transfers").get(0).fieldNames())).containsExactly("countries", "safeguard", "quote");
        assertThat(n.get("transfers").get(0).get("safeguard").asText()).isEqualTo("scc");
        assertThat(iterable(n.get("claims").get(0).fieldNames())).containsExactly("type", "value", "quote", "section", "offset");
    }

    @Test
    void claimOffsetsPointIntoTheDocumentText() throws Exception {
        PolicyInput in = PolicyInput.fromFile(resource("sonnenhof-de.pdf.txt"));
        String text = reader.document(in).text();
        PolicyAnalysis a = reader.read(in);
        assertThat(a.claims()).isNotEmpty().allMatch(c -> text.startsWith(c.quote(), c.offset()) || c.type().id().equals("declared-cookie"));
    }

    @Test
    void textRendererShowsEverySection() throws Exception {
        String out = PolicyText.render(reader.read(PolicyInput.fromFile(resource("brightwave-en.html"))));
        for (String s : List.of("Language", "Last updated", "Controller", "GDPR Art. 13", "Vendors named", "Rights named",
                "Cookie categories", "Technologies", "Declared cookies", "Retention", "Transfers", "Consent model")) {
            assertThat(out).contains("\n" + s);
        }
        assertThat(out).contains("Brightwave Studio Ltd").contains("prior-consent").contains("_ga");
        assertThat(out.lines().mapToInt(String::length).max().orElse(0)).isLessThan(240);
        assertThat(PolicyText.shorten("word ".repeat(100), 160)).hasSizeLessThanOrEqualTo(160).endsWith("…");
    }

    // ---- blind-set fixes ---------------------------------------------------------------------

    private static final String DE_FILLER = "Wir erklären hier, wie wir mit den Daten umgehen, die Sie uns geben, wenn Sie "
            + "unsere Website nutzen, und was Sie tun können, wenn Sie dazu eine Frage haben.\n\n";

    @Test
    void numberedSectionTitlesAreHeadingsAndListItemsInheritRightsContext() {
        PolicyAnalysis a = reader.read(new PolicyInput.PlainText(DE_FILLER + "1. Verantwortlicher\n"
                + "Beispiel Werkstatt GmbH\nHauptstraße 5\n10115 Berlin\n\n2. Ihre Rechte\nSie haben das Recht auf:\n"
                + "- Auskunft,\n- Berichtigung,\n- Löschung,\n- Einschränkung der Verarbeitung,\n- Datenübertragbarkeit,\n"
                + "- Widerspruch.\n", "test"));
        assertThat(a.controller().name()).isEqualTo("Beispiel Werkstatt GmbH");
        assertThat(a.rights()).hasSize(6);
        PolicyAnalysis list = text(EN_FILLER + "\n\nYou can:\n1. ask for a copy of your data;\n2. correct your details;\n"
                + "3. export your notes and take them to another service.\n");
        assertThat(list.rights()).contains(DataSubjectRight.ACCESS, DataSubjectRight.RECTIFICATION,
                DataSubjectRight.PORTABILITY);
    }

    @Test
    void trailingNegationDeniesACategoryUnlessItIsACondition() {
        PolicyAnalysis de = reader.read(new PolicyInput.PlainText(DE_FILLER + "Wir verwenden technisch notwendige Cookies. "
                + "Marketing-Cookies setzen wir nicht ein. Statistik-Cookies werden nicht ohne Ihre Einwilligung gesetzt.", "t"));
        assertThat(de.cookieCategories()).contains(CookieCategory.NECESSARY, CookieCategory.ANALYTICS)
                .doesNotContain(CookieCategory.MARKETING);
    }

    @Test
    void cookieStorageAndErasureRightAreNotRetentionStatements() {
        PolicyAnalysis a = reader.read(new PolicyInput.PlainText(DE_FILLER + "Unsere Website verwendet Cookies. Das sind kleine "
                + "Textdateien, die auf Ihrem Endgerät gespeichert werden. Sie haben das Recht auf Auskunft und Löschung "
                + "Ihrer Daten. Die Verarbeitung erfolgt auf Grundlage der gesetzlichen Bestimmungen.", "t"));
        assertThat(a.art13().get(Art13Element.RETENTION)).isEqualTo(Art13Status.MISSING);
        assertThat(a.art13().get(Art13Element.LEGAL_BASIS)).isEqualTo(Art13Status.VAGUE);
    }

    @Test
    void usAndIrishImprintsAndBrowserDefaultConsent() {
        PolicyAnalysis us = text(EN_FILLER + "Murmel Works, Inc., 12 Pine Street, Portland, OR 97205, USA. "
                + "Most browsers accept cookies automatically. You can set your browser to refuse cookies.");
        assertThat(us.controller().name()).isEqualTo("Murmel Works, Inc.");
        assertThat(us.controller().postalAddress()).isTrue();
        assertThat(us.consentModel().model()).isEqualTo(ConsentModelKind.IMPLIED_BROWSER_SETTINGS);
        PolicyAnalysis ie = text(EN_FILLER + "The controller is Harbour Kites Ltd, 3 Quay Street, Galway H91 E2K3, Ireland. "
                + "Registered in Ireland, CRO number 654321.");
        assertThat(ie.controller().postalAddress()).isTrue();
        assertThat(ie.controller().registration()).isEqualTo("CRO number 654321");
    }

    @Test
    void priorConsentWordedAsAgreeing() {
        PolicyAnalysis agreed = text(EN_FILLER + "All other cookies are only used after you have agreed in our cookie banner.");
        assertThat(agreed.consentModel().model()).isEqualTo(ConsentModelKind.PRIOR_CONSENT);
        PolicyAnalysis not = text(EN_FILLER + "Analytics cookies are set when the page loads, and you may agree to our terms later.");
        assertThat(not.consentModel().model()).isEqualTo(ConsentModelKind.NONE_STATED);
    }

    private static Set<String> iterable(java.util.Iterator<String> it) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static Path resource(String name) throws Exception {
        return Path.of(PolicyReaderTest.class.getResource("/policies/" + name).toURI());
    }

    @SuppressWarnings("unused")
    private static String join(List<String> l) {
        return l.stream().collect(Collectors.joining(","));
    }
}
