package dev.candor.maven;

import dev.candor.core.AuditOutcome;
import dev.candor.model.AuditResult;
import dev.candor.model.Completion;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.Subject;
import dev.candor.model.ScanRecord;
import dev.candor.model.Severity;
import dev.candor.model.ToolInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Audit outcomes for tests: only what the verdict reads is filled in. */
final class Outcomes {

    static final Path OUT = Path.of("/tmp/candor-test");

    private Outcomes() {}

    static AuditOutcome outcome(Completion completion, Severity failOn, Finding... findings) {
        Instant t = Instant.parse("2025-03-01T10:00:00Z");
        ScanRecord record = new ScanRecord(ScanRecord.CURRENT_SCHEMA_VERSION, "https://www.example.com/", "example.com", t, t,
                new ToolInfo("candor", "test", null), null, List.of(), List.of(), null, completion, List.of());
        return new AuditOutcome(new AuditResult(record, null, List.of(findings), null, null), OUT.resolve("record.json"),
                OUT.resolve("report.json"), failOn, null, null);
    }

    static Finding finding(String id, Severity severity, String title) {
        return new Finding(id, severity, title, title + " here", "ePrivacy Art. 5(3)", null,
                new Subject(Subject.Kind.VENDOR, id, title), null, 1,
                List.of(new Evidence.RequestSeen(null, "https://www.example.com/", 0, "https://in.hotjar.com/x", "in.hotjar.com", "ping",
                        "sendBeacon", null, 10, null, null)));
    }
}
