package dev.candor.model.finding;

import dev.candor.model.Severity;

/**
 * A catalogue rule as reports describe it (SARIF's rule descriptors, JUnit's test cases, the HTML
 * report's explanations), so renderers need not know the rules module.
 *
 * @param id stable kebab-case id
 * @param title one line saying what is wrong
 * @param severity its default severity
 * @param legalReference the provisions it rests on
 * @param rationale why it matters
 * @param remediation what to do
 * @param helpUri where it is documented
 */
public record RuleInfo(String id, String title, Severity severity, String legalReference, String rationale, String remediation,
        String helpUri) {}
