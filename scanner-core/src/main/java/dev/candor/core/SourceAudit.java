package dev.candor.core;

import dev.candor.core.settings.Setting;
import dev.candor.model.AuditResult;
import dev.candor.model.CandorJson;
import dev.candor.model.Completion;
import dev.candor.model.ScanRecord;
import dev.candor.model.ScanSettings;
import dev.candor.model.ToolInfo;
import dev.candor.model.finding.Provenance;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.model.source.SourceRecord;
import dev.candor.rules.Evaluation;
import dev.candor.rules.EvaluationSettings;
import dev.candor.rules.gate.Gate;
import dev.candor.sources.SourceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a static scan of a project's sources and judges it with the catalogue's source rules: the
 * evidence is written to {@code sources.json}, the findings to {@code report.json} and the other
 * formats asked for, exactly as an audit's.
 */
final class SourceAudit {

    /** The evidence file of a source scan. */
    static final String SOURCES = "sources.json";

    private SourceAudit() {}

    static AuditOutcome run(SourceScanRequest request, Clock clock, SavedAudit.PolicySource policies) throws AuditException {
        Judge judge = Judge.prepare(request.judging());
        Path project = request.project().toAbsolutePath().normalize();
        if (request.rootsGiven()) {
            for (Path root : request.roots()) {
                if (!Files.isDirectory(project.resolve(root))) {
                    throw new AuditException(AuditException.Kind.USAGE, Setting.SOURCES.ref() + ": no such folder "
                            + project.resolve(root).normalize() + "; give folders of HTML or template files", null, null);
                }
            }
        }
        Path out = request.outputDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new AuditException(AuditException.Kind.USAGE, "cannot write to output directory " + out + " ("
                    + Auditor.oneLine(e) + "); pass a writable " + Setting.SOURCES_OUT.ref(), null, e);
        }
        Instant now = clock.instant();
        SourceRecord record;
        try {
            record = new SourceScanner(judge.evaluator().knowledgeBase()).scan(project, request.roots(), now);
        } catch (UncheckedIOException e) {
            throw new AuditException(AuditException.Kind.INCOMPLETE, e.getMessage(), null, e);
        }
        PolicyEvidence policy = request.policy() == null ? null : policies.read(request.policy(), request.browser());
        try {
            CandorJson.write(record, out.resolve(SOURCES));
            if (policy != null) {
                CandorJson.write(policy, out.resolve(AuditFolder.POLICY));
            }
        } catch (IOException e) {
            throw new AuditException(AuditException.Kind.USAGE, "cannot write " + out.resolve(SOURCES) + " (" + Auditor.oneLine(e) + ")",
                    null, e);
        }
        return judge(out, record, policy, judge, LocalDate.ofInstant(now, java.time.ZoneOffset.UTC));
    }

    private static AuditOutcome judge(Path out, SourceRecord sources, PolicyEvidence policy, Judge judge, LocalDate today) {
        Judging judging = judge.judging();
        Evaluation e = judge.evaluator().evaluateSources(sources, policy, new EvaluationSettings(Set.copyOf(judging.disabledRules())));
        Gate.Result gated = judge.gate().apply(e.findings(), today);
        Provenance provenance = judge.provenance(SOURCES, policy == null ? null : AuditFolder.POLICY, gated.warnings());
        AuditResult result = new AuditResult(asRecord(sources), e.policy(), gated.findings(), null, provenance);
        List<Path> written = judge.writeReports(result, out, true);
        return new AuditOutcome(result, out.resolve(SOURCES), out.resolve(AuditFolder.REPORT), judging.failOn(), null, written,
                gated.warnings());
    }

    /**
     * The scan in the shape every report renders: a record with no browser phases, whose target is
     * the project folder and whose warnings say what was scanned.
     */
    private static ScanRecord asRecord(SourceRecord s) {
        List<String> warnings = new ArrayList<>();
        warnings.add("static scan of the sources: " + s.filesScanned() + " file(s) in "
                + (s.roots().isEmpty() ? "no existing folder" : String.join(", ", s.roots())) + "; no browser was run");
        warnings.addAll(s.warnings());
        return new ScanRecord(ScanRecord.CURRENT_SCHEMA_VERSION, Path.of(s.project()).toUri().toString(), null, s.scannedAt(),
                s.scannedAt(), new ToolInfo("candor", Auditor.VERSION, null),
                new ScanSettings(0, 0, false, false, null, null, List.of(), List.of()), s.roots(), List.of(), null,
                new Completion(true, null), warnings);
    }
}
