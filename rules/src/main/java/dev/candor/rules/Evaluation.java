package dev.candor.rules;

import dev.candor.model.finding.Attributions;
import dev.candor.model.finding.Finding;
import dev.candor.model.policy.PolicyAnalysis;
import java.util.List;

/**
 * What judging one audit gave.
 *
 * @param policy the policy's claims as read from the saved policy evidence, or null when there was none
 * @param findings one per rule and subject, most severe first
 * @param attributions vendor and category of each observation
 * @param catalogueVersion the catalogue that judged
 * @param knowledgeBaseVersion the knowledge base that attributed
 */
public record Evaluation(PolicyAnalysis policy, List<Finding> findings, Attributions attributions, String catalogueVersion,
        String knowledgeBaseVersion) {

    public Evaluation {
        findings = List.copyOf(findings);
    }
}
