package dev.candor.core;

import dev.candor.model.CandorJson;
import dev.candor.model.CorruptRecordException;
import dev.candor.model.ScanRecord;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.rules.Evaluator;
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
     * @param policies reads a policy given by file or URL
     */
    static AuditOutcome judge(Path dir, Path out, String policy, Judging judging, AuditRequest browser, PolicySource policies)
            throws AuditException {
        if (!Files.isDirectory(dir)) {
            throw new AuditException(AuditException.Kind.USAGE, dir + ": no such audit folder; pass the --out folder of a 'candor audit'",
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
        Evaluator evaluator = AuditFolder.evaluator(judging);
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
                    + "); pass a writable --out", null, e);
        }
        return AuditFolder.judge(out, record, evidence, policyFile, evaluator, judging);
    }

    /** Reads a policy given by file or URL into evidence. */
    @FunctionalInterface
    interface PolicySource {
        PolicyEvidence read(String policy, AuditRequest browser) throws AuditException;
    }
}
