package dev.candor.rules.checks;

import dev.candor.model.ScanRecord;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Subject;

/** The audit's own completeness, so a short record is never read as a clean one. */
final class AuditChecks {

    private AuditChecks() {}

    /** {@code audit-incomplete}. */
    static void incomplete(Facts f, FindingSink sink) {
        ScanRecord r = f.record();
        if (r.completion().complete()) {
            return;
        }
        sink.report(Subject.site(r.siteDomain()), "The audit stopped early (" + r.completion().reason()
                + "); what was not visited is not judged.",
                new Evidence.AuditState(false, r.completion().reason(), r.phases().size(), r.pagesPlanned().size()));
    }
}
