package dev.candor.rules;

import dev.candor.model.ScanRecord;
import dev.candor.model.finding.Evidence;
import dev.candor.model.finding.Finding;
import dev.candor.model.finding.Subject;
import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.rules.catalogue.Catalogue;
import dev.candor.rules.catalogue.RuleDefinition;
import dev.candor.model.source.SourceRecord;
import dev.candor.rules.checks.Checks;
import dev.candor.rules.checks.PolicyQuotes;
import dev.candor.rules.checks.SourceChecks;
import dev.candor.rules.checks.Facts;
import dev.candor.rules.checks.FindingSink;
import dev.candor.rules.kb.KnowledgeBase;
import dev.candor.rules.policy.PolicyReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges saved evidence: {@code evaluate(record, policy, settings)} with this evaluator's
 * catalogue and knowledge base. Pure and deterministic: the same inputs give the same findings in
 * the same order, live or offline. Thread-safe.
 */
public final class Evaluator {

    /** Evidence items kept per finding; {@link Finding#occurrences()} counts them all. */
    static final int EVIDENCE_CAP = 12;

    private final Catalogue catalogue;
    private final KnowledgeBase kb;
    private final PolicyReader reader;

    public Evaluator(Catalogue catalogue, KnowledgeBase kb) {
        this.catalogue = catalogue;
        this.kb = kb;
        this.reader = new PolicyReader(kb);
    }

    /** The built-in catalogue and knowledge base. */
    public static Evaluator builtIn() {
        return new Evaluator(Catalogue.builtIn(), KnowledgeBase.builtIn());
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** The policy reader that recognises this knowledge base's vendors. */
    public PolicyReader reader() {
        return reader;
    }

    /**
     * Judges one audit.
     *
     * @param record the recorded evidence
     * @param policy the policy as extracted, or null when no policy was looked for
     * @throws dev.candor.rules.catalogue.UnknownRuleException when the settings name an unknown rule
     */
    public Evaluation evaluate(ScanRecord record, PolicyEvidence policy, EvaluationSettings settings) {
        catalogue.requireKnown(settings.disabledRules(), "disabled rules");
        PolicyAnalysis analysis = policy == null ? null : reader.analyse(policy);
        Facts facts = new Facts(record, analysis, policy, kb);
        List<Finding> findings = new ArrayList<>();
        for (RuleDefinition rule : catalogue.rules()) {
            Checks.Check check = Checks.all().get(rule.id());
            if (check == null || rule.sources() || settings.disabledRules().contains(rule.id())) {
                continue;
            }
            Grouping sink = new Grouping();
            check.run(facts, sink);
            sink.addTo(rule, findings);
        }
        sort(findings);
        return new Evaluation(analysis, findings, facts.attributions(), catalogue.version(), kb.version());
    }

    /**
     * Judges a static scan of the site's sources with the catalogue's source rules.
     *
     * @param policy the policy as extracted, or null when none was given
     */
    public Evaluation evaluateSources(SourceRecord record, PolicyEvidence policy, EvaluationSettings settings) {
        catalogue.requireKnown(settings.disabledRules(), "disabled rules");
        PolicyAnalysis analysis = policy == null ? null : reader.analyse(policy);
        PolicyQuotes quotes = new PolicyQuotes(policy == null ? null : policy.document());
        List<Finding> findings = new ArrayList<>();
        for (RuleDefinition rule : catalogue.rules()) {
            SourceChecks.Check check = SourceChecks.all().get(rule.id());
            if (check == null || !rule.sources() || settings.disabledRules().contains(rule.id())) {
                continue;
            }
            Grouping sink = new Grouping();
            check.run(record, analysis, quotes, kb, sink);
            sink.addTo(rule, findings);
        }
        sort(findings);
        return new Evaluation(analysis, findings, null, catalogue.version(), kb.version());
    }

    private void sort(List<Finding> findings) {
        List<String> order = List.copyOf(catalogue.ids());
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> order.indexOf(f.ruleId()))
                .thenComparing(f -> f.subject().id()));
    }

    /** One finding per subject, evidence deduplicated and capped, in report order. */
    private static final class Grouping implements FindingSink {
        final Map<Subject, Group> groups = new LinkedHashMap<>();

        void addTo(RuleDefinition rule, List<Finding> findings) {
            groups.forEach((subject, g) -> findings.add(new Finding(rule.id(), rule.severity(), rule.title(), g.message,
                    rule.legalReference(), rule.phase(), subject, null, g.occurrences, List.copyOf(g.evidence))));
        }

        @Override
        public void report(Subject subject, String message, Evidence... evidence) {
            Group g = groups.computeIfAbsent(subject, s -> new Group(message));
            g.occurrences++;
            for (Evidence e : evidence) {
                if (g.evidence.size() < EVIDENCE_CAP) {
                    g.evidence.add(e);
                }
            }
        }
    }

    private static final class Group {
        final String message;
        final Set<Evidence> evidence = new LinkedHashSet<>();
        int occurrences;

        Group(String message) {
            this.message = message;
        }
    }
}
