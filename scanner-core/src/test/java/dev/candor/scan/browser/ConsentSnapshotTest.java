package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsentSnapshotTest {

    @Test
    void snapshotsReportAddedAndChangedEntries() {
        ConsentSnapshot before = new ConsentSnapshot(Map.of("klaro@www.shop.de/", "{}", "sid@www.shop.de/", "1"), Map.of());
        ConsentSnapshot after = new ConsentSnapshot(
                Map.of("klaro@www.shop.de/", "{\"ga\":true}", "sid@www.shop.de/", "1"),
                Map.of("https://www.shop.de samtykke", "{}"));
        assertThat(after.changesSince(before)).containsExactly("cookie klaro changed", "localStorage samtykke added");
        assertThat(before.changesSince(before)).isEmpty();
    }
}
