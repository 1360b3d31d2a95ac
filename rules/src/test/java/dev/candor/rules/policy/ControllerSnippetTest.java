package dev.candor.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import dev.candor.model.policy.PolicyAnalysis;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The controller as small organisations name it, written for these tests in the styles clubs, shops,
 * charities, associations and public bodies use in each supported language: the name, whether an
 * address is given, the register number, and that name plus address make the contact element present.
 */
class ControllerSnippetTest {
    /** A snippet, the controller's name it gives and whether it gives a postal address. */
    record NameCase(String lang, String snippet, String name, boolean address) {
    }

    /** A snippet and its register number as written (compared as the corpus compares: case, ':', '.', '-' aside). */
    record RegistrationCase(String lang, String snippet, String registration) {
    }

    static final List<NameCase> NAMES = List.of(
            new NameCase("de", "## Verantwortlicher\n\nTurnverein Musterstadt e. V., vertreten durch den Vorstand Max Mustermann, "
                    + "Musterweg 1, 12345 Musterstadt", "Turnverein Musterstadt e. V.", true),
            new NameCase("de", "Verantwortliche Stelle im Sinne der DSGVO ist der Kleingartenverein Sonnenschein e.V., "
                    + "Gartenweg 4, 04109 Leipzig.", "Kleingartenverein Sonnenschein e.V.", true),
            new NameCase("de", "## Verantwortlicher\n\nBäckerei Huber\n\nInhaberin: Anna Huber\n\nHauptstraße 12\n\n83022 Rosenheim\n\n"
                    + "Telefon: 08031 123456", "Bäckerei Huber", true),
            new NameCase("de", "Verantwortlich für die Datenverarbeitung auf dieser Website ist:\n\nMusikschule Klangwerk GmbH\n\n"
                    + "Lindenallee 7\n\n50667 Köln", "Musikschule Klangwerk GmbH", true),
            new NameCase("de", "Anbieter und damit Verantwortlicher im Sinne der DSGVO ist die Schreinerei Holz & Form GmbH, "
                    + "Werkstraße 3, 70173 Stuttgart.", "Schreinerei Holz & Form GmbH", true),
            new NameCase("de", "Verantwortlich für die Verarbeitung ist die Evangelische Kirchengemeinde St. Paul, Kirchplatz 1, "
                    + "90402 Nürnberg.", "Evangelische Kirchengemeinde St. Paul", true),
            new NameCase("de", "## Name und Anschrift des Verantwortlichen\n\nFörderverein der Grundschule am Park e.V.  \n"
                    + "Parkstraße 5  \n10115 Berlin", "Förderverein der Grundschule am Park e.V.", true),
            new NameCase("en", "We are Green Lanes Books Ltd, registered in England and Wales (company no. 08123456), "
                    + "12 High Street, Leeds LS1 4AB.", "Green Lanes Books Ltd", true),
            new NameCase("en", "Riverside Rowing Club (\"the Club\", \"we\") is the data controller for the personal information "
                    + "you give us. Write to us at 3 Boathouse Lane, Reading RG1 8QR.", "Riverside Rowing Club", true),
            new NameCase("en", "The data controller is Harbour Trust, a charity registered in England (charity number 1123456), "
                    + "of 4 Quay Road, Bristol BS1 5TT.", "Harbour Trust", true),
            new NameCase("en", "This website is operated by Northfield Consulting LLC, 120 Main Street, Portland, OR 97205.",
                    "Northfield Consulting LLC", true),
            new NameCase("en", "## Who we are\n\nThe Sheffield Youth Orchestra is responsible for your personal data. Our address "
                    + "is 5 Church Lane, Sheffield S1 2GH.", "Sheffield Youth Orchestra", true),
            new NameCase("en", "## Data controller\n\nNorth Valley Food Bank\n\n22 Mill Road, Cambridge CB1 2AB\n\n"
                    + "Email: info@nvfb.example", "North Valley Food Bank", true),
            new NameCase("en", "The Office for Rail Standards (ORS) is the controller for the personal data we process. "
                    + "Contact us at info@ors.example.", "Office for Rail Standards (ORS)", false),
            new NameCase("en", "Friends of Elm Park Library, Inc. (\"we\", \"us\") respects your privacy. Mail: PO Box 12, "
                    + "Springfield, IL 62701.", "Friends of Elm Park Library, Inc.", true),
            new NameCase("fr", "Le responsable du traitement est l'association Les Amis du Vélo, dont le siège est situé "
                    + "12 rue des Lilas, 69003 Lyon.", "Les Amis du Vélo", true),
            new NameCase("fr", "Le site est édité par la société Atelier Lumière SARL, immatriculée au RCS de Lyon sous le "
                    + "numéro 812 345 678, dont le siège social est situé 4 place Bellecour, 69002 Lyon.", "Atelier Lumière SARL", true),
            new NameCase("fr", "Responsable du traitement : Cabinet Martin Conseil, 8 avenue Foch, 75016 Paris.",
                    "Cabinet Martin Conseil", true),
            new NameCase("fr", "La Fédération des Jardins Partagés, association loi 1901, est responsable du traitement de vos "
                    + "données. Contact : contact@jardins.example", "Fédération des Jardins Partagés", false),
            new NameCase("nl", "Stichting Buurthuis De Linde, gevestigd aan Lindelaan 3, 3511 AB Utrecht, is verantwoordelijk "
                    + "voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring.",
                    "Stichting Buurthuis De Linde", true),
            new NameCase("nl", "Verwerkingsverantwoordelijke: Tennisvereniging De Kaats, Sportlaan 10, 2012 CD Haarlem.",
                    "Tennisvereniging De Kaats", true),
            new NameCase("nl", "Bakkerij Jansen B.V. is verantwoordelijk voor de verwerking van uw persoonsgegevens. "
                    + "Ons adres is Dorpsstraat 8, 1234 AB Ergens.", "Bakkerij Jansen B.V.", true),
            new NameCase("nl", "## Verwerkingsverantwoordelijke\n\nVereniging Vrienden van het Museum\n\nMuseumplein 2\n\n"
                    + "1071 DJ Amsterdam", "Vereniging Vrienden van het Museum", true),
            new NameCase("it", "Titolare del trattamento è Residenza Il Glicine s.r.l., con sede in Via Roma 15, 38066 Riva del "
                    + "Garda (TN).", "Residenza Il Glicine s.r.l.", true),
            new NameCase("it", "Il Titolare del trattamento dei dati è l'Associazione Culturale Il Ponte, via Garibaldi 8, "
                    + "40121 Bologna.", "Associazione Culturale Il Ponte", true),
            new NameCase("it", "Titolare del Trattamento: Studio Rossi & Partners, Corso Italia 22, 20122 Milano, "
                    + "email: info@studiorossi.example", "Studio Rossi & Partners", true),
            new NameCase("es", "Responsable: Academia Lingua Viva, S.L., domicilio en Calle Mayor 10, 28013 Madrid.",
                    "Academia Lingua Viva, S.L.", true),
            new NameCase("es", "El responsable del tratamiento de sus datos es la Asociación Cultural La Colmena, con domicilio "
                    + "en Avenida de la Constitución 5, 41001 Sevilla.", "Asociación Cultural La Colmena", true),
            new NameCase("es", "## Responsable del tratamiento\n\nClases de Español Online S.L.\n\nCalle Sol 3, 29001 Málaga",
                    "Clases de Español Online S.L.", true),
            new NameCase("da", "Dataansvarlig: Foreningen Grøn Fremtid, Byvej 4, 8000 Aarhus C.", "Foreningen Grøn Fremtid", true),
            new NameCase("da", "Den dataansvarlige er Skovbo Tennisklub, Idrætsvej 2, 4600 Køge.", "Skovbo Tennisklub", true),
            new NameCase("da", "## Dataansvarlig\n\nBolettes Keramik ApS\n\nStrandgade 9\n\n3000 Helsingør", "Bolettes Keramik ApS",
                    true),
            // a field label before the name, a "Responsible person" heading, a representative before a "we" alias
            new NameCase("de", "Verantwortlicher ist:\n\nAnschrift: Beispielwerk AG, Seestrasse 4, 8000 Zürich",
                    "Beispielwerk AG", true),
            new NameCase("en", "## Responsible person\n\nJane Example\n\n4 Mill Lane\n\nLeeds LS2 7AA", "Jane Example", true),
            // a postcode with a country prefix after the name; a name in underscore emphasis
            new NameCase("de", "## Verantwortlicher\n\nWerkstatt Beispiel  \nCH-4000 Basel  \nE-Mail: info@werkstatt.example",
                    "Werkstatt Beispiel", false),
            new NameCase("de", "## Verantwortlicher\n\n_Verein Beispielhaus e. V._  \nRheinweg 4  \n4000 Basel",
                    "Verein Beispielhaus e. V.", true),
            new NameCase("fr", "Beispiel Software GmbH, 3 rue Neuve, 75001 Paris, représentée par sa directrice générale "
                    + "Anne Exemple (« nous ») vous informe ici.", "Beispiel Software GmbH", true),
            // a post-office box for the street, a town set off by a dash or in brackets, a Dutch postcode without its space
            new NameCase("nl", "## Verwerkingsverantwoordelijke\n\nStichting Voorbeeldfonds\n\nPostbus 45678\n\n2500 AB Den Haag\n\n"
                    + "info@voorbeeldfonds.example", "Stichting Voorbeeldfonds", true),
            new NameCase("it", "## Titolare del trattamento\n\nBottega Esempio s.r.l.\n\nSede: VIA DEI MULINI 7 - 24100 - BERGAMO (BG)\n\n"
                    + "Email: info@bottega.example", "Bottega Esempio s.r.l.", true),
            new NameCase("es", "## Responsable del tratamiento\n\nTaller Ejemplo, S.L.\n\nCalle de la Luna 21, 46001 (Valencia) España\n\n"
                    + "Correo: hola@taller.example", "Taller Ejemplo, S.L.", true),
            new NameCase("nl", "## Verwerkingsverantwoordelijke\n\nVoorbeeld Advies\n\nAdres: Kade 3-5, 1234AB Ergenshuizen\n\n"
                    + "E-mail: info@advies.example", "Voorbeeld Advies", true),
            // the house number after a comma; the postcode in brackets after the town
            new NameCase("it", "Il Titolare del trattamento è l'Associazione Esempio, con sede in Via dei Campi, 12 40100 Bologna, "
                    + "email info@esempio.example.", "Associazione Esempio", true),
            new NameCase("es", "Responsable: Asociación Ejemplo, con domicilio en la Calle Nueva, 4 2a planta de Sevilla (41001).",
                    "Asociación Ejemplo", true),
            // a vendor's address and the DPO's are not the controller's
            new NameCase("de", "## Verantwortlicher\n\nVerein Beispielhaus e. V., E-Mail: info@beispielhaus.example\n\n"
                    + "## Analyse\n\nWir nutzen Matomo, einen Dienst der InnoCraft Ltd., 7 Sample Street, 6011 Wellington, Neuseeland.",
                    "Verein Beispielhaus e. V.", false),
            new NameCase("fr", "## Vos droits\n\nLe responsable du traitement est l'association Exemple Vélo. Écrivez-nous à contact@velo.example. "
                    + "Vous pouvez aussi écrire au délégué à la protection des données :\n\nMinistère Exemple\n\n"
                    + "12 rue Exemple\n\n75001 Paris", "Exemple Vélo", false),
            // an address label makes a street an address even with a postcode the patterns do not know
            new NameCase("en", "The data controller is Example Studio Ltd.\n\n- Postal address: 7 Orchard Way, Littleton\n"
                    + "- Email: hello@studio.example", "Example Studio Ltd.", true),
            new NameCase("en", "The data controller is Example Studio Ltd. (hello@studio.example). We keep your IP address: 30 days "
                    + "at most.", "Example Studio Ltd.", false),
            // a question heading names no one: the answer below it does
            new NameCase("de", "## Wer ist für die Daten verantwortlich?\n\nVerantwortlich für diese Website ist:\n\n"
                    + "Gärtnerei Blütenzauber\n\nRosenweg 9\n\n48143 Münster", "Gärtnerei Blütenzauber", true),
            new NameCase("es", "## ¿Quién es el responsable del tratamiento?\n\nEl responsable del tratamiento es TALLER CERÁMICA "
                    + "ARCILLA, S.L.U., con domicilio en Calle Alfarería 3, 41001 Sevilla.", "TALLER CERÁMICA ARCILLA, S.L.U.", true),
            // a tax id after a slash, and a street opened by its kind ("Via", "Paseo"), end the name
            new NameCase("es", "## Responsable del tratamiento\n\nEstudio Norte SLU / CIF B12345678 Paseo del Prado 12, "
                    + "28014 Madrid", "Estudio Norte SLU", true),
            // "ACRONYM – full name": the dash after an acronym alone joins it to the name
            new NameCase("it", "### Titolare del trattamento\n\nARPI – Agenzia Regionale per l'Innovazione Via Garibaldi 8 - 10122 Torino",
                    "ARPI – Agenzia Regionale per l'Innovazione", true),
            // a typographic apostrophe is reported as a straight one
            new NameCase("fr", "Le responsable du traitement est l'association Les Chanteurs d’Orval, 4 rue du Lavoir, 18200 Orval.",
                    "Les Chanteurs d'Orval", true),
            // "… is offered by:" and the name line above the address
            new NameCase("da", "Dette website udbydes af:\n\nHøjskolens Venner\n\nSkolevej 2\n\n7100 Vejle", "Højskolens Venner", true),
            // academic and medical titles are part of a person's name ("Dr. med.", "Prof. Dr.", "Dipl.-Ing.")
            new NameCase("de", "## Verantwortlicher\n\nPraxis Dr. med. Anna Beispiel\n\nLindenstraße 3\n\n12345 Musterstadt\n\n"
                    + "Telefon: 0123 456789", "Praxis Dr. med. Anna Beispiel", true),
            new NameCase("de", "Verantwortlich für die Datenverarbeitung ist Dr. med. Jens Beispiel, Facharzt für Orthopädie, "
                    + "Bahnhofstraße 1, 12345 Musterstadt.", "Dr. med. Jens Beispiel", true),
            new NameCase("de", "Verantwortliche Stelle ist Prof. Dr. Maria Beispiel, Lehrstuhl für Informatik, Universitätsstraße 1, "
                    + "12345 Musterstadt.", "Prof. Dr. Maria Beispiel", true),
            new NameCase("de", "## Verantwortlicher\n\nDipl.-Ing. Peter Beispiel  \nIngenieurbüro für Statik  \nAm Anger 5  \n"
                    + "12345 Musterstadt", "Dipl.-Ing. Peter Beispiel", true),
            // a label for the seat ("Hauptsitz", "Sitz", "Registered office") is not the name
            new NameCase("de", "## Verantwortlicher\n\nBeispiel Solutions GmbH\n\nHauptsitz: Industriestraße 7, 12345 Musterstadt\n\n"
                    + "E-Mail: info@beispiel.example", "Beispiel Solutions GmbH", true),
            new NameCase("de", "## Verantwortliche Stelle\n\nHauptsitz\n\nBeispiel Logistik AG\n\nAm Hafen 2\n\n20457 Hamburg",
                    "Beispiel Logistik AG", true),
            new NameCase("en", "## Data controller\n\nRegistered office:\n\nExample Analytics Limited\n\n10 Quay Street\n\n"
                    + "Manchester M3 3HN", "Example Analytics Limited", true),
            // a street without a street word ("Am Marktplatz 4") after the name line
            new NameCase("de", "Verantwortlich im Sinne der DSGVO:\n\nCafé Beispiel  \nAm Marktplatz 4  \n12345 Musterstadt",
                    "Café Beispiel", true),
            // legal forms of partnerships and cooperatives
            new NameCase("de", "Verantwortlicher ist die Beispiel & Partner Rechtsanwälte PartG mbB, Kanzleistraße 2, "
                    + "12345 Musterstadt.", "Beispiel & Partner Rechtsanwälte PartG mbB", true),
            new NameCase("de", "Verantwortlich ist die Beispiel Energie eG, Sonnenweg 1, 12345 Musterstadt.",
                    "Beispiel Energie eG", true),
            // the block as a Markdown blockquote; a bold label whose lines Markdown makes headings of its level
            new NameCase("de", "## Verantwortlicher\n\nVerantwortlich ist:\n\n> **Anna Beispiel**\n> Musterweg 5\n> 12345 Musterstadt\n"
                    + ">\n> E-Mail: anna@beispiel.example", "Anna Beispiel", true),
            new NameCase("en", "**Owner and Data Controller**\n\nExample Builders\n\n12, Mill Rd\n\nLondon\n\nE4 9JN\n\n"
                    + "**Owner contact email: info@builders.example**", "Example Builders", true),
            // one section for the controller and the DPO: the controller's details are in it
            new NameCase("de", "## Name und Kontaktdaten des Verantwortlichen sowie des Datenschutzbeauftragten\n\nVerantwortlicher: "
                    + "Beispiel Kanzlei, Musterstraße 13, D-10787 Berlin, Telefon: +49 30 1234567", "Beispiel Kanzlei", true),
            // a numbered question heading and a role label name no one
            new NameCase("de", "## 1. Wer ist verantwortlich?\n\nVerantwortlich für diese Webseite ist:\n\nBeispielhof UG "
                    + "(haftungsbeschränkt)  \nDorfstraße 6  \n17390 Beispieldorf", "Beispielhof UG (haftungsbeschränkt)", true),
            new NameCase("da", "## 1. Dataansvarlig og databehandler\n\nDataansvarlig\n\nDen institution, der bruger systemet.\n\n"
                    + "Databehandler\n\nEksempel ApS, Havnegade 2, 5000 Odense C", "Eksempel ApS", true));

    /** Notices that never say "controller": the organisation acting on the data as subject, or none. */
    static final List<NameCase> ACTORS = List.of(
            new NameCase("es", "Asociación Vecinal Ejemplo, en adelante la Asociación, informa que los datos que nos facilite se "
                    + "usarán para responder a su consulta.", "Asociación Vecinal Ejemplo", false),
            new NameCase("fr", "L'association Les Amis d'Exempleville conserve vos données le temps nécessaire. Les Amis "
                    + "d'Exempleville ne vendent pas vos données.", "Les Amis d'Exempleville", false),
            new NameCase("fr", "exemple-quiz.fr collecte uniquement les données nécessaires. Les données collectées par "
                    + "exemple-quiz.fr ne sont transmises à personne.", "exemple-quiz.fr", false),
            new NameCase("es", "Si nos envía sus datos, Taller Abierto Ejemplo garantiza su confidencialidad. Taller Abierto Ejemplo "
                    + "puede usar estos datos solo para responderle.", "Taller Abierto Ejemplo", false),
            // a law's acronym or a German noun phrase as subject is no organisation
            new NameCase("de", "BDSG regelt die Verarbeitung personenbezogener Daten. Das BDSG gilt ergänzend.", null, false),
            new NameCase("de", "Ihre Daten werden nur zu diesem Zweck verwendet. Ihre Daten werden nicht verkauft.", null, false),
            // the full legal name where the document gives one elsewhere, the acronym spelled out where it is defined
            new NameCase("en", "This explains how Harbour Joinery LTD's website uses your data.\n\n## Controller\n\nHarbour Joinery is the "
                    + "controller and responsible for your personal data.", "Harbour Joinery LTD", false),
            new NameCase("en", "Welcome to the Elm Dental Limited (Elm Dental) privacy notice.\n\nElm Dental is the controller "
                    + "and responsible for your personal data.", "Elm Dental Limited", false),
            new NameCase("en", "The Department for Rivers and Canals (DRC) runs this service.\n\nDRC is the data controller for "
                    + "the information you give us.", "Department for Rivers and Canals (DRC)", false),
            new NameCase("en", "## Controller\n\nOTA is the data controller for the information you give us.", "OTA", false));

    static final List<RegistrationCase> REGISTRATIONS = List.of(
            new RegistrationCase("da", "Dataansvarlig: Foreningen Grøn Fremtid, CVR-nr. 12345678, Byvej 4, 8000 Aarhus C.",
                    "CVR-nr. 12345678"),
            new RegistrationCase("da", "Havblik ApS, CVR: 12 34 56 78, Havnevej 1, 5700 Svendborg.", "CVR: 12 34 56 78"),
            new RegistrationCase("de", "Musikschule Klangwerk GmbH, Lindenallee 7, 50667 Köln. Amtsgericht Köln, HRB 123456.",
                    "HRB 123456"),
            new RegistrationCase("de", "Turnverein Musterstadt e. V., Musterweg 1, 12345 Musterstadt. Registergericht: Amtsgericht "
                    + "Musterstadt, Registernummer: VR 4711.", "VR 4711"),
            new RegistrationCase("de", "Beispielverein e. V., Musterweg 1, 12345 Musterstadt. Eingetragen im Vereinsregister des "
                    + "Amtsgerichts Musterstadt unter der Nummer VR 12345 B.", "VR 12345 B"),
            new RegistrationCase("de", "Beispiel Solutions GmbH, Industriestraße 7, 12345 Musterstadt. Registergericht: "
                    + "Amtsgericht Charlottenburg, Registernummer: HRB 98765 B", "HRB 98765 B"),
            new RegistrationCase("de", "Beispielverein e. V., Musterweg 1, 12345 Musterstadt. Vereinsregister-Nr.: 4711, "
                    + "Amtsgericht Musterstadt", "VR 4711"),
            new RegistrationCase("en", "We are Green Lanes Books Ltd, registered in England and Wales (company no. 08123456), "
                    + "12 High Street, Leeds LS1 4AB.", "company no. 08123456"),
            new RegistrationCase("nl", "Tennisvereniging De Kaats, Sportlaan 10, 2012 CD Haarlem, KvK-nummer 40123456.",
                    "KvK-nummer 40123456"),
            new RegistrationCase("nl", "| Stichting Voorbeeld | Dorpsstraat 1, 9123 AB Ergens |\n|---|---|\n| KvK | 61131075 |",
                    "KvK 61131075"),
            new RegistrationCase("nl", "Bakkerij Jansen B.V., ingeschreven bij de Kamer van Koophandel onder nummer 51234567.",
                    "KvK 51234567"),
            new RegistrationCase("fr", "Atelier Lumière SARL, 4 place Bellecour, 69002 Lyon, SIRET : 812 345 678 00012.",
                    "SIRET : 812 345 678 00012"),
            new RegistrationCase("fr", "Atelier Lumière SARL, immatriculée au RCS de Lyon sous le numéro 812 345 678.",
                    "RCS 812 345 678"),
            new RegistrationCase("es", "Responsable: Academia Lingua Viva, S.L., CIF B12345678, domicilio en Calle Mayor 10, "
                    + "28013 Madrid.", "CIF B12345678"),
            new RegistrationCase("es", "Identidad: Clases de Español Online S.L. - NIF: B87654321 - Calle Sol 3, 29001 Málaga",
                    "NIF: B87654321"),
            new RegistrationCase("es", "Titular: Estudio Norte SLU / CIF ESB12345678, Paseo del Prado 12, 28014 Madrid",
                    "CIF ESB12345678"),
            new RegistrationCase("it", "Titolare del trattamento è Residenza Il Glicine s.r.l., Via Roma 15, 38066 Riva del Garda, "
                    + "P.IVA 01234567890.", "P.IVA 01234567890"),
            new RegistrationCase("it", "Studio Rossi & Partners, Corso Italia 22, 20122 Milano, Partita IVA: 09876543210",
                    "Partita IVA: 09876543210"));

    /** A snippet and the controller's e-mail and phone as found. */
    record ContactCase(String lang, String snippet, String email, String phone) {
    }

    /** Addresses written against harvesters and phone labels in each language. */
    static final List<ContactCase> CONTACTS = List.of(
            new ContactCase("de", "## Verantwortlicher\n\nVerein Beispielhaus e. V., Rheinweg 4, 79100 Freiburg. E-Mail: "
                    + "info [at] beispielhaus.de", "info [at] beispielhaus.de", null),
            new ContactCase("de", "## Verantwortlicher\n\nVerein Beispielhaus e. V., Rheinweg 4, 79100 Freiburg. "
                    + "Kontakt: vorstand(at)beispielhaus(dot)de", "vorstand(at)beispielhaus(dot)de", null),
            new ContactCase("it", "Titolare del trattamento è Bottega Esempio s.r.l., Via Roma 1, 00100 Roma. Telefono: 06 1234567.",
                    null, "06 1234567"),
            new ContactCase("es", "Responsable: Taller Ejemplo, S.L., Calle Mayor 1, 28013 Madrid. Teléfono: 912 345 678.",
                    null, "912 345 678"),
            new ContactCase("fr", "Responsable du traitement : Atelier Exemple SARL, 8 rue Neuve, 75001 Paris. Téléphone : "
                    + "01 23 45 67 89.", null, "01 23 45 67 89"));

    @TestFactory
    Stream<DynamicTest> contacts() {
        return CONTACTS.stream().map(c -> DynamicTest.dynamicTest(c.lang() + " contact: " + c.snippet(), () -> {
            var controller = SnippetPolicies.read(c.lang(), c.snippet()).controller();
            assertThat(controller.email()).isEqualTo(c.email());
            assertThat(controller.phone()).isEqualTo(c.phone());
        }));
    }

    @TestFactory
    Stream<DynamicTest> controllerNames() {
        return NAMES.stream().map(c -> DynamicTest.dynamicTest(c.lang() + " name: " + c.name(),
                () -> assertThat(SnippetPolicies.read(c.lang(), c.snippet()).controller().name()).isEqualTo(c.name())));
    }

    @TestFactory
    Stream<DynamicTest> actorsActingOnTheData() {
        return ACTORS.stream().map(c -> DynamicTest.dynamicTest(c.lang() + " actor: " + c.snippet(),
                () -> assertThat(SnippetPolicies.read(c.lang(), c.snippet()).controller().name()).isEqualTo(c.name())));
    }

    @TestFactory
    Stream<DynamicTest> postalAddresses() {
        return NAMES.stream().map(c -> DynamicTest.dynamicTest(c.lang() + " address: " + c.name(),
                () -> assertThat(SnippetPolicies.read(c.lang(), c.snippet()).controller().postalAddress()).isEqualTo(c.address())));
    }

    @TestFactory
    Stream<DynamicTest> nameAndContactArePresent() {
        return NAMES.stream().map(c -> DynamicTest.dynamicTest(c.lang() + " contact: " + c.name(), () -> {
            PolicyAnalysis a = SnippetPolicies.read(c.lang(), c.snippet());
            assertThat(a.art13().get(Art13Element.CONTROLLER_CONTACT)).isEqualTo(Art13Status.PRESENT);
        }));
    }

    @TestFactory
    Stream<DynamicTest> registrations() {
        return REGISTRATIONS.stream().map(c -> DynamicTest.dynamicTest(c.lang() + " registration: " + c.registration(),
                () -> assertThat(norm(SnippetPolicies.read(c.lang(), c.snippet()).controller().registration()))
                        .isEqualTo(norm(c.registration()))));
    }

    private static String norm(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s:.-]+", " ").strip();
    }
}
