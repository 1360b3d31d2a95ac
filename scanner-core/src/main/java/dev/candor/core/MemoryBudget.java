package dev.candor.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether the machine has room for concurrent phases: two Chromium processes with their Playwright
 * drivers at a time, about {@value #CONCURRENT_PHASES_MIB} MiB at peak (proportional set size of the
 * whole tree, measured by {@code bench/speed-bench.sh}). When the memory the kernel says is available
 * at the start of an audit is less, the phases run one after another; they record the same either way.
 */
final class MemoryBudget {

    static final long CONCURRENT_PHASES_MIB = 1_000;

    private MemoryBudget() {}

    /** True when {@code /proc/meminfo} reports enough available memory, or cannot be read (not Linux). */
    static boolean roomForConcurrentPhases() {
        return roomForConcurrentPhases(Path.of("/proc/meminfo"));
    }

    static boolean roomForConcurrentPhases(Path meminfo) {
        try {
            List<String> lines = Files.readAllLines(meminfo);
            for (String line : lines) {
                if (line.startsWith("MemAvailable:")) {
                    long kib = Long.parseLong(line.substring("MemAvailable:".length()).trim().split("\\s+")[0]);
                    return kib / 1024 >= CONCURRENT_PHASES_MIB;
                }
            }
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }
}
