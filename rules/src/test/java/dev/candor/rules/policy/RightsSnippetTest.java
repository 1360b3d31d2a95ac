package dev.candor.rules.policy;

import static dev.candor.model.policy.DataSubjectRight.ACCESS;
import static dev.candor.model.policy.DataSubjectRight.ERASURE;
import static dev.candor.model.policy.DataSubjectRight.OBJECTION;
import static dev.candor.model.policy.DataSubjectRight.PORTABILITY;
import static dev.candor.model.policy.DataSubjectRight.RECTIFICATION;
import static dev.candor.model.policy.DataSubjectRight.RESTRICTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.model.policy.DataSubjectRight;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rights as policies word them when they grant them and when they invite a request ("if you wish to have
 * your data deleted, write to us"), in each language. Written for these tests: a snippet, the rights it names.
 */
class RightsSnippetTest {
    /** A snippet and exactly the rights it names. */
    record RightsCase(String lang, String snippet, List<DataSubjectRight> rights) {
    }

    static final List<RightsCase> RIGHTS = List.of(
            // portability described, not named
            new RightsCase("it", "L'Interessato ha diritto di chiedere al Titolare la comunicazione dei propri Dati Personali in "
                    + "formato strutturato e leggibile da dispositivo automatico.", List.of(PORTABILITY)),
            new RightsCase("fr", "Vous pouvez recevoir vos données dans un format structuré et couramment utilisé.",
                    List.of(PORTABILITY)),
            new RightsCase("en", "You have the right to be provided with information free of charge about your personal data "
                    + "and to have this data corrected, blocked or deleted.", List.of(ACCESS, RECTIFICATION, RESTRICTION, ERASURE)),
            new RightsCase("de", "Haben Sie Fragen? Sie möchten Ihre Daten gelöscht oder korrigiert haben oder an eine andere "
                    + "Organisation übertragen lassen? Dann schreiben Sie uns.", List.of(RECTIFICATION, ERASURE, PORTABILITY)),
            new RightsCase("de", "Sie haben das Recht auf Auskunft und auf Sperrung Ihrer Daten.", List.of(ACCESS, RESTRICTION)),
            new RightsCase("da", "Du har ret til adgang, rettelse og sletning af dine oplysninger.",
                    List.of(ACCESS, RECTIFICATION, ERASURE)),
            new RightsCase("nl", "U heeft het recht om uw gegevens in te zien of te laten verwijderen.", List.of(ACCESS, ERASURE)),
            new RightsCase("fr", "Vous disposez d'un droit d'accès et de modification et pouvez vous opposer au traitement.",
                    List.of(ACCESS, RECTIFICATION, OBJECTION)),
            // rights named by their verbs in Spanish and Italian
            new RightsCase("es", "Usted tiene derecho a acceder a sus datos, a restringir su tratamiento y a borrar o eliminar "
                    + "sus datos cuando ya no sean necesarios.", List.of(ACCESS, RESTRICTION, ERASURE)),
            new RightsCase("es", "Tiene derecho a recibir sus datos en un formato estructurado y a solicitar la eliminación de sus "
                    + "datos.", List.of(PORTABILITY, ERASURE)),
            new RightsCase("it", "Lei ha il diritto di accedere ai propri dati, di limitare il trattamento e di cancellare i "
                    + "dati che ci ha fornito.", List.of(ACCESS, ERASURE, RESTRICTION)),
            // a wish to unsubscribe names no right of access
            new RightsCase("en", "If you wish to stop receiving our newsletter, use the link in every issue.", List.of()),
            // erasure offered as a removal on request
            new RightsCase("en", "You may contact us to have your photo removed from the gallery.", List.of(ERASURE)),
            new RightsCase("fr", "Comptes : suppression possible à la demande de l'utilisateur.", List.of(ERASURE)),
            new RightsCase("en", "You can ask that the processing of your personal data is restricted in certain circumstances.",
                    List.of(RESTRICTION)),
            new RightsCase("de", "Nutzer können der Verarbeitung entsprechend den gesetzlichen Vorgaben widersprechen.",
                    List.of(OBJECTION)));

    @TestFactory
    Stream<DynamicTest> rightsNamed() {
        return RIGHTS.stream().map(c -> DynamicTest.dynamicTest(c.lang() + " " + c.rights() + ": " + c.snippet(),
                () -> assertThat(SnippetPolicies.read(c.lang(), c.snippet()).rights())
                        .containsExactlyInAnyOrderElementsOf(c.rights())));
    }
}
