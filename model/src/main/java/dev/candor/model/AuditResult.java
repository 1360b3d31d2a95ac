package dev.candor.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An audit's result: the evidence, what the policy says, and the findings that join them. Reports
 * are rendered from this, never from the browser.
 *
 * @param record the evidence
 * @param policy the policy reading as JSON, or null when no policy was read
 * @param findings the discrepancies found, most severe first
 */
public record AuditResult(ScanRecord record, JsonNode policy, List<Finding> findings) {

    public AuditResult {
        findings = List.copyOf(findings);
    }
}
