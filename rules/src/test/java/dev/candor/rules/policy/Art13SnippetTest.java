package dev.candor.rules.policy;

import static dev.candor.model.policy.Art13Status.MISSING;
import static dev.candor.model.policy.Art13Status.PRESENT;
import static dev.candor.model.policy.Art13Status.VAGUE;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.Art13Status;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Transfers, retention and legal bases as small organisations word them, written for these tests:
 * one snippet, the element's expected status.
 */
class Art13SnippetTest {
    static final List<StatusCase> TRANSFERS = List.of(
            new StatusCase("en", "Your data may be processed in the United States. We rely on standard contractual clauses "
                    + "approved by the European Commission.", PRESENT),
            new StatusCase("en", "Our mailing provider stores data on servers in the US; these transfers are covered by the "
                    + "EU-U.S. Data Privacy Framework.", PRESENT),
            new StatusCase("en", "We do not transfer your personal data outside the UK or the European Economic Area.", PRESENT),
            new StatusCase("en", "Some of our providers are based outside the EEA, so your data may be transferred to countries "
                    + "whose laws differ from ours.", VAGUE),
            new StatusCase("en", "We keep your information on secure servers and only our volunteers can see it.", MISSING),
            new StatusCase("de", "Eine Übermittlung Ihrer Daten in Drittländer findet nicht statt.", PRESENT),
            // access from a third country is a transfer; "nicht ausschließen" admits it
            new StatusCase("de", "Da der Anbieter ein US-Unternehmen ist, lässt sich ein Zugriff aus den USA nicht ausschließen. "
                    + "Er ist nach dem EU-U.S. Data Privacy Framework zertifiziert.", PRESENT),
            new StatusCase("it", "I dati potranno essere trasferiti in Paesi non facenti parte dell'Unione Europea per i quali "
                    + "esista una decisione di adeguatezza della Commissione.", PRESENT),
            new StatusCase("de", "Es erfolgt keine Übermittlung in Drittländer.", PRESENT),
            new StatusCase("de", "Dabei können Daten in die USA übermittelt werden. Grundlage sind die Standardvertragsklauseln "
                    + "der EU-Kommission.", PRESENT),
            new StatusCase("de", "Ihre Daten werden an unseren Steuerberater übermittelt, soweit dies für die Buchhaltung "
                    + "erforderlich ist.", MISSING),
            new StatusCase("da", "Vi overfører ikke dine personoplysninger til lande uden for EU/EØS.", PRESENT),
            new StatusCase("da", "Oplysningerne kan blive overført til USA, hvor vi anvender EU-Kommissionens "
                    + "standardkontraktbestemmelser.", PRESENT),
            new StatusCase("fr", "Vos données ne sont pas transférées en dehors de l'Union européenne.", PRESENT),
            new StatusCase("fr", "Certaines données peuvent être transférées aux États-Unis ; ces transferts sont encadrés par "
                    + "les clauses contractuelles types de la Commission européenne.", PRESENT),
            new StatusCase("nl", "Wij geven uw gegevens niet door aan landen buiten de Europese Unie.", PRESENT),
            new StatusCase("nl", "Gegevens kunnen worden doorgegeven naar de Verenigde Staten op basis van het EU-VS Data "
                    + "Privacy Framework.", PRESENT),
            new StatusCase("it", "I dati non sono trasferiti al di fuori dell'Unione Europea.", PRESENT),
            new StatusCase("es", "No se realizan transferencias internacionales de datos.", PRESENT),
            new StatusCase("es", "Los datos pueden transferirse a Estados Unidos al amparo de las cláusulas contractuales tipo "
                    + "de la Comisión Europea.", PRESENT),
            // the invalidated Privacy Shield names a mechanism but no lawful one; beside a valid one it is moot
            new StatusCase("en", "Data is transferred to the United States under the EU-US Privacy Shield.", Art13Status.PARTIAL),
            new StatusCase("es", "Los datos pueden transferirse a Estados Unidos mediante cláusulas tipo UE o el Privacy Shield.",
                    PRESENT),
            new StatusCase("fr", "Les données sont transférées aux États-Unis dans le cadre du bouclier de protection des données.",
                    Art13Status.PARTIAL),
            // a heading announces the topic; the denial under it is complete information
            new StatusCase("en", "## Transfers to third countries\n\nWe do not transfer your personal data outside the European "
                    + "Economic Area.", PRESENT),
            new StatusCase("it", "Il trasferimento dei dati negli USA si basa sulle clausole contrattuali standard della "
                    + "Commissione europea.", PRESENT),
            new StatusCase("es", "Algunos proveedores alojan datos en EE. UU.; estas transferencias se amparan en cláusulas "
                    + "contractuales tipo.", PRESENT),
            // a ground for a transfer the policy never says happens, to no country it names, says nothing of what happens
            new StatusCase("de", "Sofern wir Daten in einem Drittland verarbeiten oder dies im Rahmen der Inanspruchnahme von "
                    + "Diensten Dritter geschieht, erfolgt dies nur auf Grundlage von Standardvertragsklauseln.", VAGUE),
            new StatusCase("en", "Should we transfer personal data to a third country, we will ensure that appropriate safeguards "
                    + "such as standard contractual clauses are in place.", VAGUE),
            new StatusCase("da", "Hvis vi overfører personoplysninger til et tredjeland, sker det på grundlag af EU-Kommissionens "
                    + "standardkontraktbestemmelser.", VAGUE),
            new StatusCase("en", "Our servers are located in Germany. If we ever transfer data outside the EEA, we will rely on "
                    + "standard contractual clauses.", PRESENT),
            new StatusCase("de", "Sofern wir Daten in die USA übermitteln, erfolgt dies auf Grundlage des EU-US Data Privacy "
                    + "Framework.", PRESENT),
            // the generator's "Place of processing" field names where a service's data goes
            new StatusCase("en", "**Mailchimp** Personal Data processed: email address. Place of processing: United States.", VAGUE),
            new StatusCase("it", "Dati personali trattati: Cookie. Luogo del trattamento: Stati Uniti.", VAGUE),
            new StatusCase("en", "Personal Data processed: email address. Place of processing: Ireland.", Art13Status.MISSING));

    static final List<StatusCase> RETENTION = List.of(
            new StatusCase("en", "Contact form messages are deleted after 14 days.", PRESENT),
            new StatusCase("en", "We keep your details while you are a member and delete them within 12 months after you leave.",
                    PRESENT),
            // Art. 13(2)(a) accepts the criteria that fix the period: an event that ends the storage is one
            new StatusCase("en", "We keep your details for as long as you are a member of the club.", PRESENT),
            new StatusCase("en", "Invoices are kept for six years to meet our tax obligations.", PRESENT),
            new StatusCase("de", "Die Daten werden gemäß den gesetzlichen Aufbewahrungsfristen (10 Jahre) aufbewahrt.", PRESENT),
            new StatusCase("de", "Wir löschen Ihre Daten, sobald sie für die Erfüllung des Zwecks nicht mehr erforderlich sind.",
                    VAGUE),
            new StatusCase("de", "Server-Logfiles werden nach sieben Tagen automatisch gelöscht.", PRESENT),
            new StatusCase("de", "Mitgliederdaten werden zwei Jahre nach Ende der Mitgliedschaft gelöscht.", PRESENT),
            // French "ne … que" restricts, it does not deny
            new StatusCase("fr", "L'association ne conserve vos données que tant que cela est nécessaire à votre adhésion.", VAGUE),
            new StatusCase("fr", "Nous ne conservons pas vos données.", MISSING),
            // half a year is a period, though no number word says it
            new StatusCase("da", "Vi sletter oplysninger om dig et halvt år efter, at dit medlemskab er ophørt.", PRESENT),
            new StatusCase("de", "Bewerbungsunterlagen werden ein halbes Jahr nach Abschluss des Verfahrens gelöscht.", PRESENT),
            new StatusCase("da", "Vi opbevarer dine oplysninger, så længe du er medlem af foreningen.", VAGUE),
            new StatusCase("da", "Oplysningerne slettes senest 30 dage efter arrangementet.", PRESENT),
            new StatusCase("fr", "Les données sont conservées pendant 3 ans à compter du dernier contact.", PRESENT),
            new StatusCase("fr", "Vos données sont conservées le temps nécessaire à la gestion de votre adhésion.", VAGUE),
            new StatusCase("nl", "Wij bewaren uw gegevens niet langer dan 2 jaar na afloop van uw lidmaatschap.", PRESENT),
            new StatusCase("nl", "Wij bewaren persoonsgegevens niet langer dan strikt nodig is.", VAGUE),
            new StatusCase("it", "I dati saranno conservati per 24 mesi dalla raccolta.", PRESENT),
            new StatusCase("it", "I dati saranno conservati per il tempo necessario a gestire la prenotazione.", VAGUE),
            new StatusCase("es", "Los datos se conservarán durante cinco años.", PRESENT),
            new StatusCase("es", "Los datos se conservarán mientras se mantenga la relación comercial.", PRESENT),
            // items of a list under a retention heading take the heading as their storage word
            new StatusCase("es", "## Conservación\n\n- Mensajes: 12 meses\n- Suscriptores: hasta la baja", PRESENT),
            new StatusCase("de", "## Speicherdauer\n\n- Kontaktanfragen: sechs Monate\n- Rechnungen: zehn Jahre", PRESENT),
            new StatusCase("en", "## Our events\n\n- Summer fair: 2 days\n- Winter market: 3 days", MISSING));

    static final List<StatusCase> RECIPIENTS = List.of(
            new StatusCase("en", "We share your details with our hosting provider and our payment service provider.", PRESENT),
            new StatusCase("en", "We may share your information with third parties.", VAGUE),
            new StatusCase("it", "I Dati Personali potrebbero essere comunicati alle seguenti categorie di Responsabili:\n\n"
                    + "- Commercialista e/o consulente contabile;\n- Gestori di servizi di posta elettronica.", PRESENT),
            new StatusCase("it", "I dati potranno essere comunicati a terzi.", VAGUE));

    static final List<StatusCase> LEGAL_BASES = List.of(
            // a known limit: "send" in the clause reads as disclosure ("we share it with your consent"), so the
            // consent is not counted as a basis of our own and one kind stays partial
            new StatusCase("en", "We process your membership details because it is necessary to perform our contract with you, "
                    + "and we send newsletters only with your consent.", Art13Status.PARTIAL),
            new StatusCase("en", "We rely on our legitimate interests to keep the website secure and on your consent for the "
                    + "newsletter.", PRESENT),
            new StatusCase("en", "We care about your privacy and treat your information with respect.", MISSING),
            new StatusCase("de", "Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. b DSGVO.", PRESENT),
            new StatusCase("de", "Rechtsgrundlage ist unser berechtigtes Interesse an einer sicheren Website sowie Ihre "
                    + "Einwilligung für den Newsletter.", PRESENT),
            new StatusCase("de", "Die Verarbeitung erfolgt gemäß Art. 6 (1) f DSGVO.", PRESENT),
            new StatusCase("de", "Die Verarbeitung erfolgt gemäß DSGVO Artikel 6 Absatz 1 Buchstabe a.", PRESENT),
            new StatusCase("da", "Behandlingen sker på grundlag af dit samtykke, jf. databeskyttelsesforordningens artikel 6, "
                    + "stk. 1, litra a.", PRESENT),
            new StatusCase("fr", "Le traitement est fondé sur votre consentement et sur l'intérêt légitime de l'association à "
                    + "assurer la sécurité du site.", PRESENT),
            new StatusCase("nl", "Wij verwerken uw gegevens op grond van uw toestemming en om de overeenkomst met u uit te voeren.",
                    PRESENT),
            new StatusCase("it", "La base giuridica del trattamento è il consenso dell'interessato (art. 6, par. 1, lett. a GDPR).",
                    PRESENT),
            new StatusCase("es", "La base legal para el tratamiento de sus datos es el consentimiento del interesado y la "
                    + "ejecución de un contrato.", PRESENT),
            // worded kinds without an article or a label, in the plural and with the article forms
            new StatusCase("es", "Tratamos sus datos con su previo consentimiento y, para la seguridad del sitio, por nuestros "
                    + "intereses legítimos.", PRESENT),
            new StatusCase("it", "Trattiamo i dati per l'esecuzione del contratto e per i nostri legittimi interessi alla "
                    + "sicurezza del sito.", PRESENT),
            new StatusCase("nl", "Het versturen van de nieuwsbrief is gebaseerd op uw toestemming, die u altijd kunt intrekken.",
                    Art13Status.PARTIAL));

    @TestFactory
    Stream<DynamicTest> transfers() {
        return StatusCase.tests(TRANSFERS, Art13Element.TRANSFERS);
    }

    @TestFactory
    Stream<DynamicTest> retention() {
        return StatusCase.tests(RETENTION, Art13Element.RETENTION);
    }

    @TestFactory
    Stream<DynamicTest> recipients() {
        return StatusCase.tests(RECIPIENTS, Art13Element.RECIPIENTS);
    }

    @TestFactory
    Stream<DynamicTest> legalBases() {
        return StatusCase.tests(LEGAL_BASES, Art13Element.LEGAL_BASIS);
    }
}
