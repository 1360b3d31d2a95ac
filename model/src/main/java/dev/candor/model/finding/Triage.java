package dev.candor.model.finding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * What the gate made of a finding: accepted by a suppression, and whether it is new since the
 * baseline. The finding itself stays in every report either way.
 *
 * @param suppression the suppression that accepted it, or null when none did
 * @param isNew whether it is absent from the baseline; null when no baseline was given
 */
public record Triage(Suppressed suppression, @JsonProperty("new") Boolean isNew) {

    /**
     * What the gate set aside among {@code findings}: "2 suppressed, 5 in the baseline", or empty
     * when it set nothing aside. A finding both suppressed and in the baseline counts as suppressed.
     */
    public static String setAside(java.util.List<Finding> findings) {
        long suppressed = findings.stream().filter(Finding::suppressed).count();
        long known = findings.stream().filter(f -> !f.suppressed() && f.inBaseline()).count();
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (suppressed > 0) {
            parts.add(suppressed + " suppressed");
        }
        if (known > 0) {
            parts.add(known + " in the baseline");
        }
        return String.join(", ", parts);
    }

    /** Whether a suppression accepts the finding. */
    public boolean suppressed() {
        return suppression != null;
    }

    /**
     * The suppression entry that accepted a finding.
     *
     * @param file the suppressions file as given
     * @param entry the entry's position in the file, from 1
     * @param line the line the entry starts on
     * @param reason why the risk is accepted, as written
     * @param expires the last day it applies, or null when it does not expire
     */
    public record Suppressed(String file, int entry, int line, String reason, LocalDate expires) {}
}
