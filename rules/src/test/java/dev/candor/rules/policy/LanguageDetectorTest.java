package dev.candor.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language of a policy, also of one published in two languages one after the other. */
class LanguageDetectorTest {
    private static final String DE = "Die folgenden Hinweise geben einen einfachen Überblick darüber, was mit Ihren "
            + "personenbezogenen Daten passiert, wenn Sie unsere Website besuchen. Die Datenverarbeitung auf dieser Website "
            + "erfolgt durch den Websitebetreiber. Sie haben jederzeit das Recht, unentgeltlich Auskunft über Herkunft, "
            + "Empfänger und Zweck Ihrer gespeicherten Daten zu erhalten. ";
    private static final String EN = "The following gives a simple overview of what happens to your personal information "
            + "when you visit our website. Data processing on this website is carried out by the website operator. You have "
            + "the right at any time to receive information about the source, recipients and purpose of your data. ";

    @Test
    void aPolicyInOneLanguage() {
        assertThat(LanguageDetector.detect(DE.repeat(20))).contains("de");
        assertThat(LanguageDetector.detect(EN.repeat(20))).contains("en");
    }

    @Test
    void aPolicyInTwoLanguagesIsReadInTheOneItOpensWith() {
        // the whole has no clear winner (each half is one language); the opening has
        assertThat(LanguageDetector.detect(DE.repeat(20) + "# Privacy Policy\n\n" + EN.repeat(20))).contains("de");
        assertThat(LanguageDetector.detect(EN.repeat(20) + "# Datenschutzerklärung\n\n" + DE.repeat(20))).contains("en");
    }

    @Test
    void aShortOrMixedOpeningStillHasNoLanguage() {
        assertThat(LanguageDetector.detect("Hallo Welt, hello world.")).isEmpty();
    }
}
