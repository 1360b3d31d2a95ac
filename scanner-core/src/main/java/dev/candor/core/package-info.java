/**
 * Candor's one programmatic API: build an {@link dev.candor.core.AuditRequest}, run it with
 * {@link dev.candor.core.Auditor#run}, read the {@link dev.candor.core.AuditOutcome}. The CLI and
 * the Maven plugin are thin adapters over this package; it never prints, it reports progress to an
 * {@link dev.candor.core.AuditListener}.
 */
package dev.candor.core;
