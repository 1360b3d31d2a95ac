package dev.candor.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The policy's date as policies write it, in wordings written for these tests: cue words in each language, ordinal
 * days, Spanish "de" between day, month and year, month-only dates, and a letter's dateline without any cue.
 */
class DateSnippetTest {
    /** A snippet and the date it gives (ISO, or "yyyy-MM" for a month), or null when it gives none. */
    record DateCase(String lang, String snippet, String date) {
    }

    static final List<DateCase> DATES = List.of(
            new DateCase("en", "_Last updated on Tuesday 3rd March, 2025_", "2025-03-03"),
            new DateCase("en", "This notice takes effect 2nd May 2024. It is valid as of June 2024.", "2024-06"),
            new DateCase("en", "Effective from 21st June 2023", "2023-06-21"),
            new DateCase("nl", "**Laatste update:** 7 oktober 2023", "2023-10-07"),
            new DateCase("nl", "Laatste wijziging: januari 2025", "2025-01"),
            new DateCase("es", "Última actualización: 3 de marzo de 2021", "2021-03-03"),
            new DateCase("es", "Sevilla, 12 de enero de 2022\n\n## Responsable\n\nTexto.", "2022-01-12"),
            new DateCase("de", "Hamburg, den 5. Mai 2023\n\n## Verantwortlicher\n\nText.", "2023-05-05"),
            new DateCase("de", "Stand: März 2024", "2024-03"),
            new DateCase("it", "Ultimo aggiornamento: 9 settembre 2022", "2022-09-09"),
            // a place and a year in prose is no dateline
            new DateCase("es", "Madrid, ciudad en la que trabajamos desde 2015, es nuestra sede.", null));

    @TestFactory
    Stream<DynamicTest> dates() {
        return DATES.stream().map(c -> DynamicTest.dynamicTest(c.lang() + " date: " + c.snippet(),
                () -> assertThat(SnippetPolicies.read(c.lang(), c.snippet()).lastUpdated()).isEqualTo(c.date())));
    }
}
