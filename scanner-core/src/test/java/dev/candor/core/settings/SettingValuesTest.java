package dev.candor.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SettingValuesTest {

    @Test
    void whiteSpaceIsStrippedButControlCharactersAreKeptForTheCoreToRefuse() {
        SettingValues v = SettingValues.builder().put(Setting.USER_AGENT, " Candor\u0001 ").build();
        assertThat(v.text(Setting.USER_AGENT)).isEqualTo("Candor\u0001");
    }

    @Test
    void blankEntriesAreDroppedAndNumbersAreChecked() {
        SettingValues v = SettingValues.builder().put(Setting.BROWSER_ARGS, Arrays.asList("--a", " ", null, " --b "))
                .put(Setting.MAX_PAGES, "x").put(Setting.TIMEOUT, "0").build();
        assertThat(v.list(Setting.BROWSER_ARGS)).containsExactly("--a", "--b");
        assertThatThrownBy(() -> v.integer(Setting.MAX_PAGES, 1, 5)).hasMessage(Setting.MAX_PAGES.ref() + " must be a whole number, got 'x'");
        assertThatThrownBy(() -> v.integer(Setting.TIMEOUT, 1, 30)).hasMessage(Setting.TIMEOUT.ref() + " must be at least 1, got 0");
        assertThat(Wording.MAVEN.render(Setting.TIMEOUT.ref() + " must be at least 1")).isEqualTo("candor.timeoutSeconds must be at least 1");
    }
}
