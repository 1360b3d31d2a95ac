package dev.candor.core;

import dev.candor.rules.Evaluator;
import dev.candor.rules.catalogue.Catalogue;
import dev.candor.rules.catalogue.UnknownRuleException;
import dev.candor.rules.gate.Baseline;
import dev.candor.rules.gate.Gate;
import dev.candor.rules.gate.GateFileException;
import dev.candor.rules.gate.SuppressionFile;
import dev.candor.rules.kb.KnowledgeBase;
import dev.candor.rules.kb.KnowledgeBaseException;
import dev.candor.model.AuditResult;
import dev.candor.model.finding.Provenance;
import dev.candor.model.finding.RuleInfo;
import dev.candor.report.ReportContext;
import dev.candor.report.Reports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a judging needs, loaded and checked before any browser starts: the evaluator (the
 * catalogue and the knowledge base with the user's file over it) and the gate (suppressions and
 * baseline).
 *
 * @param evaluator runs the rules
 * @param gate applies suppressions and the baseline
 * @param judging what was asked for
 */
record Judge(Evaluator evaluator, Gate gate, Judging judging) {

    /**
     * What judged the evidence: the files judged, the catalogue and knowledge base, and the gate.
     *
     * @param evidenceFile the evidence judged ({@code record.json} or {@code sources.json})
     * @param policyFile the policy evidence judged, or null
     * @param gateWarnings what the gate warned about
     */
    Provenance provenance(String evidenceFile, String policyFile, List<String> gateWarnings) {
        return new Provenance(evidenceFile, policyFile, evaluator.catalogue().version(), evaluator.knowledgeBase().version(),
                judging.disabledRules(), pathText(judging.suppressions()), pathText(judging.baseline()), gateWarnings);
    }

    /**
     * Writes the reports asked for into {@code dir}, with the catalogue's rules of the kind judged.
     *
     * @param sources whether the result is a source scan's (its rules) rather than an audit's
     * @return every report written, {@code report.json} first
     */
    List<Path> writeReports(AuditResult result, Path dir, boolean sources) {
        List<RuleInfo> rules = evaluator.catalogue().rules().stream().filter(r -> r.sources() == sources)
                .map(r -> new RuleInfo(r.id(), r.title(), r.severity(), r.legalReference(), r.rationale(), r.remediation(),
                        AuditFolder.RULE_DOCS + r.id())).toList();
        try {
            return Reports.write(new ReportContext(result, rules, judging.failOn(), dir), judging.formats(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String pathText(Path p) {
        return p == null ? null : p.toString();
    }

    /**
     * Loads what a judging names.
     *
     * @throws AuditException USAGE (exit 2) for a broken knowledge-base, suppressions or baseline
     *     file, or an unknown rule id
     */
    static Judge prepare(Judging judging) throws AuditException {
        KnowledgeBase kb = KnowledgeBase.builtIn();
        Catalogue catalogue = Catalogue.builtIn();
        try {
            if (judging.knowledgeBase() != null) {
                kb = kb.withOverrides(judging.knowledgeBase());
            }
            catalogue.requireKnown(judging.disabledRules(), dev.candor.core.settings.Setting.DISABLED_RULES.ref());
            Gate gate = new Gate(judging.suppressions(),
                    judging.suppressions() == null ? List.of() : SuppressionFile.read(judging.suppressions(), catalogue.ids()),
                    judging.baseline() == null ? null : Baseline.read(judging.baseline()));
            return new Judge(new Evaluator(catalogue, kb), gate, judging);
        } catch (KnowledgeBaseException | UnknownRuleException | GateFileException e) {
            throw new AuditException(AuditException.Kind.USAGE, e.getMessage(), null, e);
        }
    }
}
