/**
 * Renders an {@link dev.candor.model.AuditResult}: {@code report.json} (the documented contract,
 * see {@link dev.candor.report.JsonReport#SCHEMA_RESOURCE}) and the console summary. Reports are
 * made from the typed result only, never from the browser.
 */
package dev.candor.report;
