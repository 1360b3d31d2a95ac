/**
 * The rule catalogue as data ({@code catalogue.json}): per rule a stable id, title, severity,
 * legal reference, rationale, remediation, what it must not flag, and the version that added it.
 * The checks bound to these ids live in {@code dev.candor.rules.checks}.
 */
package dev.candor.rules.catalogue;
