package dev.candor.core;

import dev.candor.model.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * How an audit is judged, the same for a live audit and for {@code candor evaluate}.
 *
 * @param knowledgeBase a knowledge-base file laid over the built-in one, or null
 * @param disabledRules rule ids not to run
 * @param failOn the least severity that fails the audit
 */
public record Judging(Path knowledgeBase, List<String> disabledRules, Severity failOn) {

    public Judging {
        disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
        failOn = failOn == null ? Severity.HIGH : failOn;
    }
}
