package dev.candor.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.policy.PolicyAnalysis;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Vendors as small organisations mention them (used, hosting, sending, payments, embeds, lists and
 * tables of processors), and in the same shapes what is no vendor: people, the organisation itself,
 * towns, authorities, laws, a brand given as an example. Written for these tests.
 */
class VendorSnippetTest {
    /** A snippet and the vendors it names; none for a snippet that names no vendor. */
    record VendorCase(String lang, String snippet, List<String> vendors) {
    }

    static final List<VendorCase> NAMED = List.of(
            new VendorCase("en", "We use Mailchimp to send our newsletter.", List.of("Mailchimp")),
            new VendorCase("en", "Hosting: our website is hosted by Netlify, Inc.", List.of("Netlify")),
            new VendorCase("en", "Payments are handled by Stripe and PayPal.", List.of("Stripe", "PayPal")),
            new VendorCase("en", "We embed videos from Vimeo on some pages.", List.of("Vimeo")),
            new VendorCase("en", "Our booking system is provided by Checkfront Inc.", List.of("Checkfront")),
            new VendorCase("en", "Donations are processed by Donorbox, a third-party payment platform.", List.of("Donorbox")),
            new VendorCase("en", "We share data with the following service providers:\n\n- Fasthosts Internet Ltd (web hosting)\n"
                    + "- Xero Limited (accounting)\n- Eventbrite (ticketing)",
                    List.of("Fasthosts Internet Ltd", "Xero Limited", "Eventbrite")),
            new VendorCase("en", "Our mailing list is managed through Buttondown.", List.of("Buttondown")),
            new VendorCase("en", "| Processor | Purpose |\n|---|---|\n| Memberful | Memberships |\n| Postmark | E-mail delivery |",
                    List.of("Memberful", "Postmark")),
            new VendorCase("de", "Unsere Website wird bei der Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen gehostet.",
                    List.of("Hetzner Online GmbH")),
            new VendorCase("de", "Für den Versand des Newsletters nutzen wir CleverReach.", List.of("CleverReach")),
            new VendorCase("de", "Die Zahlungsabwicklung erfolgt über Stripe.", List.of("Stripe")),
            new VendorCase("de", "Für Terminbuchungen setzen wir das Buchungstool SimplyBook.me ein.", List.of("SimplyBook.me")),
            new VendorCase("de", "Wir arbeiten mit folgenden Auftragsverarbeitern zusammen:\n\n- easyVerein GmbH "
                    + "(Mitgliederverwaltung)\n- Strato AG (Hosting)", List.of("easyVerein GmbH", "Strato AG")),
            new VendorCase("da", "Vi bruger MailerLite til at sende nyhedsbreve.", List.of("MailerLite")),
            new VendorCase("da", "Vores hjemmeside hostes hos Simply.com.", List.of("Simply.com")),
            new VendorCase("fr", "Notre site est hébergé par OVH SAS, 2 rue Kellermann, 59100 Roubaix.", List.of("OVH SAS")),
            new VendorCase("fr", "Nous utilisons Brevo pour l'envoi de notre lettre d'information.", List.of("Brevo")),
            new VendorCase("fr", "Les paiements sont traités par HelloAsso.", List.of("HelloAsso")),
            new VendorCase("nl", "Onze website wordt gehost door TransIP B.V.", List.of("TransIP B.V.")),
            new VendorCase("nl", "Wij gebruiken Mollie voor de afhandeling van betalingen.", List.of("Mollie")),
            new VendorCase("it", "Il sito è ospitato da Aruba S.p.A.", List.of("Aruba S.p.A.")),
            new VendorCase("it", "Per le prenotazioni utilizziamo la piattaforma Booking.com.", List.of("Booking.com")),
            new VendorCase("es", "Utilizamos Mailchimp para el envío de boletines.", List.of("Mailchimp")),
            // an item names the service; its provider field names the company behind it
            new VendorCase("de", "- Rechnungsbox: Software für Rechnungen und Belege; Dienstanbieter: Beispiel Finanz GmbH, "
                    + "Hafenstraße 2, 20457 Hamburg; Website: https://rechnungsbox.example", List.of("Rechnungsbox")),
            new VendorCase("en", "- Pollster (own server): survey tool; Service provider: Pollster Labs Ltd, 3 Quay Street, "
                    + "Bristol; Privacy policy: https://pollster.example/privacy", List.of("Pollster")),
            // a cue's object opens a list: every item closed by a conjunction is named
            new VendorCase("en", "This site is powered by Quillpad, Netlify, Stapler and Formcarry.",
                    List.of("Quillpad", "Netlify", "Stapler", "Formcarry")),
            new VendorCase("da", "Vi bruger Tallyform, Mailchimp og Bookeasy til tilmeldinger.",
                    List.of("Tallyform", "Mailchimp", "Bookeasy")),
            // an address after the name is no list
            new VendorCase("de", "Verantwortlich ist der Turnverein Muster e. V., Am Sportplatz 1, 12345 Musterstadt.\n\n"
                    + "Unsere Website wird gehostet bei der Beispiel Hosting GmbH, Musterweg 4, 12345 Musterstadt.",
                    List.of("Beispiel Hosting GmbH")),
            // a knowledge-base name in capitals is the known vendor
            new VendorCase("de", "Mit dem Dienst von CANVA erstellen wir Grafiken.", List.of("Canva")),
            new VendorCase("es", "El alojamiento web lo presta Raiola Networks, S.L.", List.of("Raiola Networks, S.L.")),
            // a social network named only as the place ads appear; the pixel measuring them is the vendor
            new VendorCase("de", "Mit dem Meta Pixel messen wir, wie gut unsere Werbung auf Facebook und Instagram wirkt.",
                    List.of("Meta Pixel")),
            new VendorCase("da", "Vi bruger Facebook-pixel til at måle vores annoncer på Instagram og Facebook.",
                    List.of("Meta Pixel")),
            new VendorCase("en", "The Meta Pixel tells us whether our Facebook and Instagram ads bring visitors.",
                    List.of("Meta Pixel")),
            // commented-out Markdown is not published
            new VendorCase("de", "Wir nutzen Stripe für Zahlungen.\n\n<!-- Zahlungen per Klarna\n\nWir nutzen Klarna für "
                    + "Ratenkäufe. -->\n\nMehr dazu unten.", List.of("Stripe")),
            // a list of external services whose items open with a name and go on in lower case
            new VendorCase("nl", "## Externe diensten\n\nSommige pagina's laden inhoud van buiten:\n\n- **Kaartwerk Pro** op de "
                    + "routepagina (interactieve kaart)\n- **Zon & Wind** op dezelfde pagina (weerbericht)",
                    List.of("Kaartwerk Pro", "Zon & Wind")),
            new VendorCase("en", "## External services\n\n- **Tide Tables Live** on the harbour page, loaded from its own server\n"
                    + "- Privacy policy: see their website", List.of("Tide Tables Live")),
            // Markdown character references read as the characters they stand for
            new VendorCase("en", "Our shop is hosted by Rope &amp; Anchor Ltd.", List.of("Rope & Anchor Ltd")),
            // a social network named short in the section of its company's ads product is that product
            new VendorCase("de", "## Twitter Ads\n\nWir setzen das Conversion-Tracking von Twitter ein, um Kampagnen zu messen.",
                    List.of("Twitter Ads")),
            // a single name before "etc." is no list of examples
            new VendorCase("en", "Orders are paid through Stripe etc. as chosen at checkout.", List.of("Stripe")),
            // one third party with and without its legal form
            new VendorCase("en", "## Processors\n\n- Mailbird Pty Ltd (e-mail hosting)\n\nOur e-mail is hosted by Mailbird.",
                    List.of("Mailbird Pty Ltd")),
            // the former company name behind a product named beside it
            new VendorCase("en", "Comments are run by Disqus, a service of Big Heads Labs, Inc.", List.of("Disqus")),
            new VendorCase("en", "Our credit checks are provided by Dun and Bradstreet Ltd.",
                    List.of("Dun and Bradstreet Ltd")),
            // the list after "third parties … include:" names them, known or not
            new VendorCase("en", "We share your details with third parties under contract to run the service (these include "
                    + "and are not limited to: Brightwell Data, Zendesk, Smith and Jones Ltd, Harbour Research).",
                    List.of("Zendesk", "Brightwell Data", "Smith and Jones Ltd", "Harbour Research")),
            // a heading that opens with a vendor's name and goes on with a product's names that product
            new VendorCase("de", "### 4.4 Firebase Crashlytics — nur bei Einwilligung\n\nBei einem Absturz erfassen wir "
                    + "technische Daten.", List.of("Firebase Crashlytics")),
            new VendorCase("en", "**AdWords Remarketing (Google Inc.)**\n\nThis remarketing service connects the activity of "
                    + "this website with an advertising network.", List.of("AdWords Remarketing")),
            // what the section says about the vendor ("Plugin", "Opt-out", "Messung") is no product
            new VendorCase("de", "## Google Maps Plugin\n\nWir binden Karten ein.", List.of("Google Maps")),
            // the same in the first column of a table of processors (the vendor itself is named in the row's text)
            new VendorCase("de", "## Auftragsverarbeiter\n\n| Dienst | Anbieter | Zweck |\n|---|---|---|\n"
                    + "| Firebase Crashlytics | Google Ireland Limited | Absturzberichte |\n"
                    + "| Bunny Fonts | BunnyWay d.o.o. | Schriften |\n", List.of("Firebase Crashlytics", "Firebase",
                    "Google Ireland Limited", "BunnyWay d.o.o.", "Bunny Fonts")),
            new VendorCase("de", "## Google Analytics E-Commerce-Messung\n\nWir messen Käufe.", List.of("Google Analytics")),
            new VendorCase("en", "## Google Analytics opt-out\n\nYou can object to the measurement.", List.of("Google Analytics")));

    static final List<VendorCase> NOT_VENDORS = List.of(
            new VendorCase("en", "Our treasurer, Jane Smith, processes membership fees.", List.of()),
            // what a list after "include:" names must look like a name: data items are not third parties
            new VendorCase("en", "The data our service providers receive include: Name, Email Address and Order History.",
                    List.of()),
            new VendorCase("en", "Data is processed in accordance with the Data Protection Act 2018.", List.of()),
            new VendorCase("en", "You can use search engines such as Google to find us.", List.of()),
            new VendorCase("en", "Our website is hosted in Frankfurt, Germany.", List.of()),
            new VendorCase("en", "We share your information with HM Revenue & Customs when the law requires it.", List.of()),
            new VendorCase("en", "Minutes of meetings are sent to Sheffield City Council.", List.of()),
            new VendorCase("en", "We use Cookies to remember your Settings.", List.of()),
            new VendorCase("de", "Die Daten werden an den Kassenwart Herrn Peter Müller weitergegeben.", List.of()),
            new VendorCase("de", "Die Verarbeitung erfolgt nach dem Bundesdatenschutzgesetz.", List.of()),
            new VendorCase("de", "Ihre Daten werden an die Stadt Musterstadt übermittelt, wenn Sie einen Zuschuss beantragen.",
                    List.of()),
            new VendorCase("de", "Die Daten werden an die Mitglieder des Vorstands weitergegeben.", List.of()),
            new VendorCase("da", "Vi videregiver oplysninger til Skattestyrelsen, når loven kræver det.", List.of()),
            new VendorCase("fr", "Les données sont transmises au trésorier de l'association, Monsieur Jean Dupont.", List.of()),
            new VendorCase("nl", "Gegevens worden gedeeld met de Belastingdienst als de wet dat vereist.", List.of()),
            new VendorCase("it", "I dati sono comunicati al Comune di Riva del Garda.", List.of()),
            new VendorCase("es", "Los datos se comunicarán a la Agencia Tributaria cuando la ley lo exija.", List.of()),
            // written after the verbs of use were added, to test their precision
            new VendorCase("en", "Payments are handled by our Treasurer and checked by the Membership Secretary.", List.of()),
            new VendorCase("en", "We use Email and Phone to contact members about Events.", List.of()),
            new VendorCase("en", "The newsletter is sent by Anna Berg, our Secretary.", List.of()),
            new VendorCase("de", "Die Anmeldung erfolgt über Ihre E-Mail-Adresse und die Newsletter-Bestätigung.", List.of()),
            new VendorCase("de", "Die Website wird von unserem Mitglied Thomas Becker betreut.", List.of()),
            new VendorCase("fr", "Les inscriptions sont gérées par le Bureau de l'association.", List.of()),
            new VendorCase("nl", "Wij gebruiken Google alleen als voorbeeld van een zoekmachine, zoals Google.", List.of("Google")),
            new VendorCase("it", "Utilizziamo la Posta Elettronica per rispondere alle richieste.", List.of()),
            new VendorCase("es", "Utilizamos Cookies propias para recordar sus preferencias.", List.of()),
            // categories of recipients, plural role nouns or a plural article before one word, are no vendor
            new VendorCase("nl", "## Ontvangers\n\nVertaalbureaus: als wij een tekst laten vertalen door een externe partij.\n\n"
                    + "Keuringsinstellingen: als dat voor een opdracht nodig is.", List.of()),
            new VendorCase("it", "## Destinatari\n\nGli Incaricati, nominati per iscritto, trattano i dati personali solo per "
                    + "le finalità indicate dal titolare.", List.of()),
            // written for the second round of issue 9 on unseen policies
            // a denial or an example covers every item of its list
            new VendorCase("en", "We do not use analytics tools such as Google Analytics, Hotjar or Matomo.", List.of()),
            new VendorCase("de", "Soziale Netzwerke wie Facebook, Instagram oder LinkedIn können Ihr Verhalten auswerten.",
                    List.of()),
            new VendorCase("fr", "Des réseaux sociaux tels que Facebook, Instagram ou YouTube peuvent analyser votre navigation.",
                    List.of()),
            // the company behind a product named in the same policy is that product's vendor, not another one
            new VendorCase("it", "Microsoft Clarity è un servizio di analisi fornito da Microsoft.", List.of("Microsoft Clarity")),
            // field labels of a processor list are no names
            new VendorCase("de", "## Hosting\n\n- Rechtsgrundlage: Art. 6 Abs. 1 lit. f DSGVO\n- Dauer: sieben Tage\n"
                    + "- Verarbeitete Datenarten: IP-Adresse, Zugriffszeit", List.of()),
            new VendorCase("de", "## Hosting\n\nFolgende Daten werden erfasst:\n\n- IP-Adresse\n- Zugriffsstatus\n"
                    + "- Browsertyp und Version", List.of()),
            new VendorCase("en", "## Service providers\n\n- Legal basis: legitimate interest\n- Retention period: 30 days\n"
                    + "- TLS encryption: all connections use HTTPS", List.of()),
            // a sentence opener in a processor section, a law firm's template credit
            new VendorCase("fr", "## Sous-traitants\n\nCependant, nous vérifions les journaux en cas d'abus.", List.of()),
            new VendorCase("de", "Dieser Text ist ein Angebot der Kanzlei Beispiel Rechtsanwälte Partnerschaft.", List.of()),
            // the holder of a brand that the knowledge base knows, defined as that brand
            new VendorCase("de", "Anbieter ist Erika Beispiel, Hauptweg 5, 12345 Musterdorf (im Folgenden: Hetzner).",
                    List.of("Hetzner")),
            new VendorCase("de", "Für Rückfragen nutzen wir Messenger im Verhältnis zu unseren Vertragspartnern.", List.of()),
            new VendorCase("en", "We use no tools such as Quillpad, Stapler or Formcarry.", List.of()),
            new VendorCase("en", "Payments are handled by ChargeBee Inc. Chargebee Inc stores no card numbers.",
                    List.of("ChargeBee Inc")),
            new VendorCase("es", "Publicamos anuncios en Twitter sobre nuestras jornadas.", List.of()),
            // examples in brackets inside a denial
            new VendorCase("en", "Our typefaces are stored on our own server. No external font services (e.g., Google Fonts, "
                    + "Adobe Fonts) are used.", List.of()),
            // a list that "etc." or "and other networks" closes gives examples of a kind
            new VendorCase("nl", "Bezoekers komen soms via een video binnen (YouTube, Vimeo, etc.).", List.of()),
            new VendorCase("en", "We count visits coming from links (Ecosia, Pinterest, etc.).", List.of()),
            new VendorCase("de", "Das Forum erlaubt die Anmeldung über LinkedIn, TikTok und andere soziale Netzwerke.", List.of()),
            // the site's own product, named in the policy's title, is no third party
            new VendorCase("fr", "# Politique de confidentialité de Quizzou\n\nLe service est fourni par Quizzou. Quizzou "
                    + "utilise Matomo pour mesurer l'audience.", List.of("Matomo")),
            new VendorCase("en", "# Privacy policy for Tallywise\n\nTallywise is provided by Tallywise. We use Postmark to send "
                    + "e-mail.", List.of("Postmark")),
            // fields of a log line and generic product words are not names
            new VendorCase("en", "## Server logs\n\nOur server records the following provided by your browser: Referrer URL, "
                    + "Hostname, Browser Type and Operating System.", List.of()),
            new VendorCase("de", "## Tag Manager\n\nDer Manager wird von uns genutzt, um Skripte zu laden.", List.of()),
            new VendorCase("en", "## Consent\n\nThe banner is provided by our Consent Manager.", List.of()),
            // a possessive opens no name ("Ihres Rechners")
            new VendorCase("de", "## Server-Logfiles\n\nErfasst werden der verwendete Browser und das Betriebssystem Ihres Rechners "
                    + "sowie der Name Ihres Access-Providers.", List.of()));

    @TestFactory
    Stream<DynamicTest> vendorsNamed() {
        return NAMED.stream().flatMap(c -> c.vendors().stream().map(v -> DynamicTest.dynamicTest(c.lang() + " names " + v,
                () -> {
                    PolicyAnalysis a = SnippetPolicies.read(c.lang(), c.snippet());
                    assertThat(SnippetPolicies.reports(a, v)).as("%s in %s", v, SnippetPolicies.vendorNames(a)).isTrue();
                })));
    }

    @TestFactory
    Stream<DynamicTest> noOtherVendors() {
        return Stream.concat(NAMED.stream(), NOT_VENDORS.stream()).map(c -> DynamicTest.dynamicTest(
                c.lang() + " names only " + c.vendors() + ": " + c.snippet(), () -> {
                    PolicyAnalysis a = SnippetPolicies.read(c.lang(), c.snippet());
                    assertThat(a.vendors().stream().filter(m -> c.vendors().stream().map(SnippetPolicies::key).noneMatch(
                            v -> v.equals(SnippetPolicies.key(m.name())) || m.written() != null
                                    && v.equals(SnippetPolicies.key(m.written())))).map(m -> m.name())).isEmpty();
                }));
    }
}
