package dev.candor.maven;

import dev.candor.core.AuditOutcome;
import dev.candor.model.AuditResult;
import dev.candor.model.Completion;
import dev.candor.model.Finding;
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
        return new AuditOutcome(new AuditResult(record, null, List.of(findings)), OUT.resolve("record.json"),
                OUT.resolve("report.json"), failOn);
    }

    static Finding finding(String id, Severity severity, String title) {
        return new Finding(id, severity, title, "ePrivacy Art. 5(3)", List.of("evidence"));
    }
}
