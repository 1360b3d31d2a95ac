package dev.candor.rules.checks;

import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Subject;

/** Where a check reports what it found; the sink groups reports into one finding per rule and subject. */
public interface FindingSink {

    /**
     * Reports one occurrence.
     *
     * @param subject what it is about
     * @param message what is wrong, naming the subject (the first message for a subject is kept)
     * @param evidence the observations and quotes that show it; each counts as an occurrence
     *     unless it is a policy quote or consent state
     */
    void report(Subject subject, String message, Evidence... evidence);
}
