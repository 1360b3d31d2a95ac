package dev.candor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBudgetTest {

    @TempDir
    Path dir;

    @Test
    void concurrentPhasesOnlyWithTheMemoryForTwoBrowsers() throws Exception {
        assertThat(MemoryBudget.roomForConcurrentPhases(meminfo(2_000_000))).isTrue();
        assertThat(MemoryBudget.roomForConcurrentPhases(meminfo(1_024_000))).isTrue();
        assertThat(MemoryBudget.roomForConcurrentPhases(meminfo(1_023_000))).isFalse();
        assertThat(MemoryBudget.roomForConcurrentPhases(meminfo(300_000))).isFalse();
    }

    @Test
    void unknownMemoryDoesNotHoldTheAuditBack() throws Exception {
        assertThat(MemoryBudget.roomForConcurrentPhases(dir.resolve("missing"))).isTrue();
        Path old = Files.writeString(dir.resolve("old"), "MemTotal:        8000000 kB\nMemFree:  100 kB\n");
        assertThat(MemoryBudget.roomForConcurrentPhases(old)).isTrue();
    }

    private Path meminfo(long availableKib) throws Exception {
        return Files.writeString(dir.resolve("meminfo-" + availableKib),
                "MemTotal:        8000000 kB\nMemFree:          100000 kB\nMemAvailable:   " + availableKib + " kB\nBuffers: 1 kB\n");
    }
}
