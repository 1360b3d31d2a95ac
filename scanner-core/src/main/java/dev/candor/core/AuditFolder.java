package dev.candor.core;

import dev.candor.model.AuditResult;
import dev.candor.model.CandorJson;
import dev.candor.model.ScanRecord;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.rules.Evaluation;
import dev.candor.rules.EvaluationSettings;
import dev.candor.rules.Evaluator;
import dev.candor.rules.gate.Gate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * An audit folder: {@code record.json} and {@code policy.json} are the evidence, {@code report.json}
 * the judgement of it. A live audit and {@code candor evaluate} judge and write through here, so
 * both give the same report for the same evidence.
 */
public final class AuditFolder {

    /** The evidence of what the site did. */
    public static final String RECORD = "record.json";
    /** The policy exactly as read. */
    public static final String POLICY = "policy.json";
    /** The judgement. */
    public static final String REPORT = "report.json";
    /** Where each rule is documented; SARIF and the HTML report link there. */
    static final String RULE_DOCS = "https://candor.dev/docs/rules#";

    private AuditFolder() {}

    /**
     * Judges the evidence and writes {@code report.json}. A failure inside the rules never loses the
     * evidence: the report is then written without findings and the outcome says judging failed.
     *
     * @param policyFile the policy evidence's file name in {@code dir}, or null when there is none
     */
    static AuditOutcome judge(Path dir, ScanRecord record, PolicyEvidence policy, String policyFile, Judge judge,
            java.time.LocalDate today) {
        Evaluator evaluator = judge.evaluator();
        Judging judging = judge.judging();
        Path recordFile = dir.resolve(RECORD);
        Path reportFile = dir.resolve(REPORT);
        AuditResult result;
        String problem = null;
        List<String> warnings = List.of();
        try {
            Evaluation e = evaluator.evaluate(record, policy, new EvaluationSettings(Set.copyOf(judging.disabledRules())));
            Gate.Result gated = judge.gate().apply(e.findings(), today);
            warnings = gated.warnings();
            result = new AuditResult(record, e.policy(), gated.findings(), e.attributions(),
                    judge.provenance(RECORD, policyFile, warnings));
        } catch (RuntimeException e) {
            problem = "judging failed (" + Auditor.oneLine(e) + "); the evidence is kept in " + dir
                    + ": report this, then run 'candor evaluate " + dir + "'";
            result = new AuditResult(record, null, List.of(), null, null);
        }
        List<Path> written = judge.writeReports(result, dir, false);
        return new AuditOutcome(result, recordFile, reportFile, judging.failOn(), problem, written, warnings);
    }

    /** Writes the evidence files atomically; the policy only when there is one. */
    static void writeEvidence(Path dir, ScanRecord record, PolicyEvidence policy) {
        try {
            CandorJson.write(record, dir.resolve(RECORD));
            if (policy != null) {
                CandorJson.write(policy, dir.resolve(POLICY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(RECORD) + ": " + e.getMessage(), e);
        }
    }
}
