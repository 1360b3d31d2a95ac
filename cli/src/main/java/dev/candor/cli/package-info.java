/**
 * The {@code candor} command line: picocli commands that map flags to an
 * {@link dev.candor.core.AuditRequest} and the outcome to a documented {@link dev.candor.cli.ExitCode}.
 * No audit logic lives here.
 */
package dev.candor.cli;
