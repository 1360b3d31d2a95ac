package dev.candor.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePatternTest {

    @ParameterizedTest
    @CsvSource({
        "_ga, _ga, true",
        "_ga, _gat, false",
        "_ga_*, _ga_ABC, true",
        "_ga_*, _ga_, true",
        "_ga_*, _ga, false",
        "_hjSession_*_x, _hjSession_12_x, true",
        "_hjSession_*_x, _hjSession_12_y, false",
        "*_consent, site_consent, true",
    })
    void wildcardsStandForAnyText(String pattern, String name, boolean matches) {
        assertThat(NamePattern.of(pattern).matches(name)).isEqualTo(matches);
    }
}
