package dev.candor.report;

import dev.candor.model.AuditResult;
import dev.candor.model.Severity;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.RuleInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a report renders: the judged audit, the catalogue's rules, the gate's threshold and
 * the audit folder (where the banner screenshots are).
 *
 * @param result the evidence, the policy as read and the findings
 * @param rules every rule of the catalogue, in catalogue order
 * @param failOn the least severity that fails the gate
 * @param auditDir the audit folder
 */
public record ReportContext(AuditResult result, List<RuleInfo> rules, Severity failOn, Path auditDir) {

    public ReportContext {
        rules = List.copyOf(rules);
    }

    /** The findings that fail the gate: at or above the threshold, not suppressed, new when a baseline was given. */
    public List<Finding> failing() {
        return result.findings().stream().filter(f -> f.fails(failOn)).toList();
    }
}
