package dev.candor.rules.catalogue;

import dev.candor.model.Phase;
import dev.candor.model.Severity;

/**
 * One rule of the catalogue.
 *
 * @param id stable kebab-case id, never renumbered ({@code tracking-before-consent})
 * @param title one line saying what is wrong
 * @param severity how much it matters by default
 * @param phase the phase its findings are about, or null
 * @param legalReference the provisions it rests on
 * @param rationale why it is a problem, for the report and the docs
 * @param remediation what to do about it
 * @param mustNotFlag what it deliberately does not flag (its false-positive guard, stated)
 * @param since the Candor version that added it
 * @param scope what it judges: {@code audit} (a browser record, the default) or {@code sources} (a static scan)
 */
public record RuleDefinition(String id, String title, Severity severity, Phase phase, String legalReference,
        String rationale, String remediation, String mustNotFlag, String since, String scope) {

    public RuleDefinition {
        scope = scope == null ? "audit" : scope;
    }

    /** Whether it judges a static scan of the sources rather than a browser record. */
    public boolean sources() {
        return "sources".equals(scope);
    }
}
