package dev.candor.rules.policy;

import static dev.candor.model.policy.Art13Status.PRESENT;
import static dev.candor.model.policy.Art13Status.VAGUE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.policy.Art13Element;
import dev.candor.model.policy.PolicyAnalysis;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the structure of a policy tells the reader: the controller block under its label, the
 * authority's address in the complaint section, lines an HTML {@code <br>} makes, links that are no
 * recipients, retention tied to an event, where data is kept, and a transfer that is only a hypothesis.
 * All wording is written for these tests.
 */
class SectionStructureSnippetTest {
    private static final PolicyReader READER = new PolicyReader();

    /** A snippet and the controller name it gives. */
    record NameCase(String lang, String snippet, String name) {
    }

    static final List<NameCase> BLOCK_NAMES = List.of(
            // label lines, then the name line with the address under it
            new NameCase("de", "## Kontakt\n\nVerantwortliche Stelle für diese Website:\n\nim Sinne der DSGVO\n\n"
                    + "Erika Beispielfrau\n\nLindenweg 7\n\n12345 Musterstadt", "Erika Beispielfrau"),
            // the name as a heading under the controller heading, its dash kept
            new NameCase("it", "## Titolare del trattamento\n\n### ACME - Associazione Amici del Fiume\n\n"
                    + "- Indirizzo: Via delle Rose 4 - 00100 Roma\n- Email: info@amici-fiume.example",
                    "ACME - Associazione Amici del Fiume"),
            // a street written "Str." is no part of the name before it
            new NameCase("de", "## Verantwortlicher\n\nMax Mustermann Birkenstr. 3 54321 Beispielhausen", "Max Mustermann"));

    @TestFactory
    Stream<DynamicTest> controllerBlock() {
        return BLOCK_NAMES.stream().map(c -> DynamicTest.dynamicTest(c.lang() + ": " + c.name(),
                () -> assertThat(SnippetPolicies.read(c.lang(), c.snippet()).controller().name()).isEqualTo(c.name())));
    }

    @Test
    void authorityAddressInComplaintSectionIsNotTheControllers() {
        PolicyAnalysis a = SnippetPolicies.read("en", "## Contact\n\nEmail: hello@small-club.example\n\n## How to complain\n\n"
                + "If you are unhappy, you can complain to the Information Commissioner's Office.\n\n### The regulator's address\n\n"
                + "Regulator House\n12 Sample Street\nSampletown\nAB1 2CD\nHelpline: 0123 456 7890");
        assertThat(a.controller().email()).isEqualTo("hello@small-club.example");
        assertThat(a.controller().postalAddress()).isFalse();
        assertThat(a.controller().phone()).isNull();
    }

    @Test
    void ownPhoneBeforeTheAuthorityIsNamedStays() {
        PolicyAnalysis a = SnippetPolicies.read("nl", "## Een klacht?\n\nBel mij (telefoon: 06 1234 5678) of mail naar "
                + "praktijk@voorbeeld.example. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.");
        assertThat(a.controller().phone()).isNotNull();
    }

    @Test
    void htmlLineBreaksMakeAnAddressBlock() {
        String html = "<html lang=\"de\"><body><h1>Datenschutzerklärung</h1><p>Verantwortlich für die Datenverarbeitung:"
                + "<br>Erika Beispielfrau<br>Lindenweg 7<br>12345 Musterstadt</p><p>Wir verarbeiten Ihre Daten nur, um Ihre "
                + "Anfragen zu beantworten. Sie haben das Recht auf Auskunft und Löschung.</p></body></html>";
        PolicyAnalysis a = READER.read(new PolicyInput.Html(html, "https://example.org/datenschutz", "snippet.html"));
        assertThat(a.controller().name()).isEqualTo("Erika Beispielfrau");
        assertThat(a.controller().postalAddress()).isTrue();
    }

    @Test
    void linkedSitesAreNotVendors() {
        PolicyAnalysis linked = SnippetPolicies.read("nl", "## Links naar andere websites\n\nOp de contactpagina staat een "
                + "routebeschrijving via Google Maps.");
        PolicyAnalysis linkedInSentence = SnippetPolicies.read("en", "Our news page contains links to videos on YouTube.");
        PolicyAnalysis embedded = SnippetPolicies.read("en", "We embed videos from YouTube on our news page.");
        assertThat(SnippetPolicies.reports(linked, "Google Maps")).isFalse();
        assertThat(SnippetPolicies.reports(linkedInSentence, "YouTube")).isFalse();
        assertThat(SnippetPolicies.reports(embedded, "YouTube")).isTrue();
    }

    static final List<StatusCase> RETENTION = List.of(
            new StatusCase("en", "We keep your details until you unsubscribe from the newsletter.", PRESENT),
            new StatusCase("en", "We keep your details for the duration of your membership of the club.", PRESENT),
            new StatusCase("en", "We keep your details for as long as necessary.", VAGUE),
            new StatusCase("de", "Wir speichern die Daten, solange Ihre Mitgliedschaft besteht.", PRESENT),
            new StatusCase("de", "Wir speichern die Daten, solange dies erforderlich ist.", VAGUE),
            new StatusCase("es", "Conservaremos los datos mientras se mantenga la relación con la asociación.", PRESENT),
            new StatusCase("fr", "Vos données sont conservées jusqu'à votre désinscription.", PRESENT));

    static final List<StatusCase> TRANSFERS = List.of(
            new StatusCase("en", "All data we hold is stored on servers located in the EU.", PRESENT),
            new StatusCase("fr", "Les données sont hébergées en France chez notre prestataire.", PRESENT),
            new StatusCase("en", "Our files are stored in the UK and in the United States.", VAGUE),
            // a hypothesis whose grounds are only examples names no mechanism for anything
            new StatusCase("de", "Sofern wir Daten in einem Drittland verarbeiten, geschieht dies nur nach Art. 44 ff. DSGVO, "
                    + "z. B. auf Grundlage von Standardvertragsklauseln.", VAGUE),
            new StatusCase("en", "If we transfer data outside the EEA, we do so for example under standard contractual clauses.",
                    VAGUE));

    @TestFactory
    Stream<DynamicTest> retention() {
        return StatusCase.tests(RETENTION, Art13Element.RETENTION);
    }

    @TestFactory
    Stream<DynamicTest> transfers() {
        return StatusCase.tests(TRANSFERS, Art13Element.TRANSFERS);
    }
}
