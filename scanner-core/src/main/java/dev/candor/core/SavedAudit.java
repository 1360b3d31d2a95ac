package dev.candor.core;

import dev.candor.model.CandorJson;
import dev.candor.model.CorruptRecordException;
import dev.candor.model.ScanRecord;
import dev.candor.model.policy.PolicyEvidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Judges an audit folder again, offline: the saved {@code record.json} and {@code policy.json}
 * (or another policy), with this build's catalogue and the knowledge base asked for. Every input
 * is read and checked before anything is written, so bad input never overwrites a report.
 */
final class SavedAudit {

    /** Where a policy given to {@code candor evaluate} is saved, beside the original {@code policy.json}. */
    static final String EVALUATED_POLICY = "policy.evaluated.json";

    private SavedAudit() {}

    /**
     * @param dir the audit folder
     * @param out where to write the report (the audit folder unless told otherwise)
     * @param policy another policy (file or URL) to judge against, or null for the saved one
     * @param browser the browser to render a policy URL with
     * @param today the day that decides whether a suppression has expired
     * @param policies reads a policy given by file or URL
     */
    static AuditOutcome judge(Path dir, Path out, String policy, Judging judging, AuditRequest browser,
            java.time.LocalDate today, PolicySource policies) throws AuditException {
        if (!Files.isDirectory(dir)) {
            throw new AuditException(AuditException.Kind.USAGE, dir + ": no such audit folder; give the output folder of a 'candor audit'",
                    null, null);
        }
        ScanRecord record;
        PolicyEvidence evidence = null;
        String policyFile = null;
        try {
            record = CandorJson.readRecord(dir.resolve(AuditFolder.RECORD));
            if (policy == null && Files.exists(dir.resolve(AuditFolder.POLICY))) {
                evidence = CandorJson.readPolicy(dir.resolve(AuditFolder.POLICY));
                policyFile = AuditFolder.POLICY;
            }
        } catch (CorruptRecordException e) {
            throw new AuditException(AuditException.Kind.USAGE, e.getMessage(), null, e);
        }
        Judge judge = Judge.prepare(judging);
        if (policy != null) {
            evidence = policies.read(policy, browser);
        }
        try {
            Files.createDirectories(out);
            if (policy != null) {
                CandorJson.write(evidence, out.resolve(EVALUATED_POLICY));
                policyFile = out.equals(dir) ? EVALUATED_POLICY : out.resolve(EVALUATED_POLICY).toString();
            }
        } catch (IOException e) {
            throw new AuditException(AuditException.Kind.USAGE, "cannot write to " + out + " (" + Auditor.oneLine(e)
                    + "); give a writable output folder", null, e);
        }
        return AuditFolder.judge(out, record, evidence, policyFile, judge, today);
    }

    /**
     * The baseline of a judged folder: the fingerprints of the findings its {@code report.json} holds.
     *
     * @throws AuditException USAGE when the folder has no readable report
     */
    static String baseline(Path dir) throws AuditException {
        Path report = dir.resolve(AuditFolder.REPORT);
        if (!Files.isRegularFile(report)) {
            throw new AuditException(AuditException.Kind.USAGE, report + ": no report to make a baseline from; run an audit"
                    + " or a source scan into " + dir + " first", null, null);
        }
        try {
            com.fasterxml.jackson.databind.JsonNode root = CandorJson.mapper().readTree(report.toFile());
            if (root == null || !root.path("findings").isArray()) {
                throw new AuditException(AuditException.Kind.USAGE, report + ": not a Candor report (no findings list)", null, null);
            }
            java.util.List<dev.candor.model.finding.Finding> findings = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode f : root.path("findings")) {
                findings.add(CandorJson.mapper().treeToValue(f, dev.candor.model.finding.Finding.class));
            }
            return dev.candor.rules.gate.Baseline.render(dir.getFileName() == null ? dir.toString() : dir.getFileName().toString(),
                    findings);
        } catch (IOException e) {
            throw new AuditException(AuditException.Kind.USAGE, report + ": corrupt report (" + Auditor.oneLine(e)
                    + "); judge the folder again with 'candor evaluate " + dir + "'", null, e);
        }
    }

    /** Reads a policy given by file or URL into evidence. */
    @FunctionalInterface
    interface PolicySource {
        PolicyEvidence read(String policy, AuditRequest browser) throws AuditException;
    }
}
