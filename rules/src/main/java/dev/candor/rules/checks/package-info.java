/**
 * The checks of the rule catalogue: small pure functions over {@link dev.candor.rules.checks.Facts}
 * (the record and the policy, with every observation attributed through the knowledge base), bound
 * to their rule ids in {@link dev.candor.rules.checks.Checks}. A check reports subjects and
 * evidence to a {@link dev.candor.rules.checks.FindingSink}; the sink makes one finding per rule
 * and subject.
 */
package dev.candor.rules.checks;
