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
