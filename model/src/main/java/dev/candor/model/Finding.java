package dev.candor.model;

import java.util.List;

/**
 * A discrepancy between what the site did, what its policy says, and the law.
 *
 * @param ruleId the stable rule id (kebab-case, for example {@code tracking-before-consent})
 * @param severity how much it matters
 * @param title one line saying what is wrong
 * @param legalReference the provision it rests on (for example {@code ePrivacy Art. 5(3)})
 * @param evidence what was observed, and the policy sentence it contradicts, one line each
 */
public record Finding(String ruleId, Severity severity, String title, String legalReference, List<String> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
