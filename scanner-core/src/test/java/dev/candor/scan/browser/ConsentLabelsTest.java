package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.candor.scan.browser.ConsentLabels.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentLabelsTest {

    private final ConsentLabels labels = ConsentLabels.standard();

    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource(delimiter = '|', value = {
        "Alle akzeptieren|ACCEPT|de",
        "Afvis alle|REJECT|da",
        "Accept all cookies|ACCEPT|en",
        "  ACCEPT ALL  |ACCEPT|en",
        "OK, accept all|ACCEPT|en",
        "Tout accepter|ACCEPT|fr",
        "Alles accepteren|ACCEPT|nl",
        "Acceptera alla|ACCEPT|sv",
        "Aceptar todo|ACCEPT|es",
        "Accetta tutti|ACCEPT|it",
        "Alle zulassen|ACCEPT|de",
        "Tillad alle|ACCEPT|da",
        "Godkend alle|ACCEPT|da",
        "Alle ablehnen|REJECT|de",
        "Nur notwendige|REJECT|de",
        "Kun nødvendige|REJECT|da",
        "Tout refuser|REJECT|fr",
        "Alles weigeren|REJECT|nl",
        "Avvisa alla|REJECT|sv",
        "Rechazar todo|REJECT|es",
        "Rifiuta tutti|REJECT|it",
        "Reject all cookies|REJECT|en",
        "Accept only necessary|REJECT|en",
        "Ich lehne ab|REJECT|de",
        "Tilpas|SETTINGS|da",
        "Einstellungen|SETTINGS|de",
        "Gem valg|SAVE|da",
        "Auswahl speichern|SAVE|de",
        "OK, verstanden|ACCEPT|de",
        "Got it|ACCEPT|en",
    })
    void recognisesConsentControls(String label, Role role, String language) {
        ConsentLabels.Match match = labels.match(label).orElseThrow();
        assertThat(match.role()).isEqualTo(role);
        assertThat(match.language()).isEqualTo(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accept terms of service", "Read our privacy policy", "OK", "Alle", "", "Add to cart",
        "Accept all cookies and sign up for our newsletter today"})
    void ignoresOtherLabels(String label) {
        assertThat(labels.match(label)).isEmpty();
    }

    @Test
    void anExactPhraseBeatsAPhraseWithFillers() {
        // "accept" plus fillers would also fit; the whole phrase is a reject phrase
        assertThat(labels.match("Accept necessary only").orElseThrow().role()).isEqualTo(Role.REJECT);
        assertThat(labels.match("Alle akzeptieren").orElseThrow().exact()).isTrue();
        assertThat(labels.match("Accept all cookies").orElseThrow().exact()).isFalse();
    }

    @Test
    void normalisesPunctuationAndApostrophes() {
        assertThat(ConsentLabels.normalise("  That\u2019s  OK!\n")).isEqualTo("that's ok");
        assertThat(labels.match("That\u2019s ok").orElseThrow().role()).isEqualTo(Role.ACCEPT);
    }
}
