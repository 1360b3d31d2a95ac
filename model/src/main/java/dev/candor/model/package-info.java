/**
 * Candor's typed evidence and result model: immutable records that the scanner writes, rules read
 * and reports render. Nothing here knows about browsers, files or the command line.
 *
 * <p>{@link dev.candor.model.ScanRecord} is the evidence (saved as {@code record.json});
 * {@link dev.candor.model.AuditResult} joins it with the policy reading and the findings. Both are
 * versioned through {@link dev.candor.model.ScanRecord#CURRENT_SCHEMA_VERSION} and serialised by
 * {@link dev.candor.model.CandorJson}.
 */
package dev.candor.model;
