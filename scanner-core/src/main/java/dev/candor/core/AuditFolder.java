package dev.candor.core;

import dev.candor.model.AuditResult;
import dev.candor.model.CandorJson;
import dev.candor.model.ScanRecord;
import dev.candor.model.finding.Provenance;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.model.finding.RuleInfo;
import dev.candor.report.ReportContext;
import dev.candor.report.Reports;
import dev.candor.rules.Evaluation;
import dev.candor.rules.EvaluationSettings;
import dev.candor.rules.Evaluator;
import dev.candor.rules.catalogue.Catalogue;
import dev.candor.rules.catalogue.UnknownRuleException;
import dev.candor.rules.kb.KnowledgeBase;
import dev.candor.rules.kb.KnowledgeBaseException;
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
     * The evaluator a judging asks for: the built-in catalogue, the built-in knowledge base with the
     * user's file over it, and every disabled rule id known.
     *
     * @throws AuditException USAGE (exit 2) for a broken knowledge-base file or an unknown rule id
     */
    static Evaluator evaluator(Judging judging) throws AuditException {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        try {
            if (judging.knowledgeBase() != null) {
                kb = kb.withOverrides(judging.knowledgeBase());
            }
            Catalogue.builtIn().requireKnown(judging.disabledRules(), "--disable-rule");
        } catch (KnowledgeBaseException | UnknownRuleException e) {
            throw new AuditException(AuditException.Kind.USAGE, e.getMessage(), null, e);
        }
        return new Evaluator(Catalogue.builtIn(), kb);
    }

    /**
     * Judges the evidence and writes {@code report.json}. A failure inside the rules never loses the
     * evidence: the report is then written without findings and the outcome says judging failed.
     *
     * @param policyFile the policy evidence's file name in {@code dir}, or null when there is none
     */
    static AuditOutcome judge(Path dir, ScanRecord record, PolicyEvidence policy, String policyFile, Evaluator evaluator,
            Judging judging) {
        Path recordFile = dir.resolve(RECORD);
        Path reportFile = dir.resolve(REPORT);
        Provenance provenance = new Provenance(RECORD, policyFile, evaluator.catalogue().version(),
                evaluator.knowledgeBase().version(), judging.disabledRules());
        AuditResult result;
        String problem = null;
        try {
            Evaluation e = evaluator.evaluate(record, policy, new EvaluationSettings(Set.copyOf(judging.disabledRules())));
            result = new AuditResult(record, e.policy(), e.findings(), e.attributions(), provenance);
        } catch (RuntimeException e) {
            problem = "judging failed (" + Auditor.oneLine(e) + "); the evidence is kept in " + dir
                    + ": report this, then run 'candor evaluate " + dir + "'";
            result = new AuditResult(record, null, List.of(), null, null);
        }
        List<RuleInfo> rules = evaluator.catalogue().rules().stream().map(r -> new RuleInfo(r.id(), r.title(), r.severity(),
                r.legalReference(), r.rationale(), r.remediation(), RULE_DOCS + r.id())).toList();
        List<Path> written;
        try {
            written = Reports.write(new ReportContext(result, rules, judging.failOn(), dir), judging.formats(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports in " + dir + ": " + e.getMessage(), e);
        }
        return new AuditOutcome(result, recordFile, reportFile, judging.failOn(), problem, written);
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
