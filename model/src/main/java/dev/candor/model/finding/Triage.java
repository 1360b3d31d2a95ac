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
