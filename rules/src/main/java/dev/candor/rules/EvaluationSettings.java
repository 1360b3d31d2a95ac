package dev.candor.rules;

import java.util.Set;

/**
 * How to judge.
 *
 * @param disabledRules rule ids not to run (each must be a catalogue id)
 */
public record EvaluationSettings(Set<String> disabledRules) {

    public EvaluationSettings {
        disabledRules = Set.copyOf(disabledRules);
    }

    /** Every rule on. */
    public static EvaluationSettings defaults() {
        return new EvaluationSettings(Set.of());
    }
}
