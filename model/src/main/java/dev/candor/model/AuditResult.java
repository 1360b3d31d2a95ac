package dev.candor.model;

import dev.candor.model.finding.Attributions;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.Provenance;
import dev.candor.model.policy.PolicyAnalysis;
import java.util.List;

/**
 * An audit's result: the evidence, what the policy says, and the findings that join them. Reports
 * are rendered from this, never from the browser.
 *
 * @param record the evidence
 * @param policy what Candor read in the policy (its {@code status} says when it could not be read), or null when no policy was found
 * @param findings the discrepancies found, most severe first
 * @param attributions the vendor and category of each observation, as the knowledge base gave them
 * @param provenance which evidence files, catalogue and knowledge base gave the findings; null before judging
 */
public record AuditResult(ScanRecord record, PolicyAnalysis policy, List<Finding> findings, Attributions attributions,
        Provenance provenance) {

    public AuditResult {
        findings = List.copyOf(findings);
        attributions = attributions == null ? Attributions.none() : attributions;
    }
}
