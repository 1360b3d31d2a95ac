/**
 * Renders an {@link dev.candor.model.AuditResult} from a {@link dev.candor.report.ReportContext}:
 * {@code report.json} (the documented contract, see {@link dev.candor.report.JsonReport#SCHEMA_RESOURCE}),
 * SARIF 2.1.0 ({@link dev.candor.report.SarifReport}), JUnit XML ({@link dev.candor.report.JUnitReport}),
 * a Markdown summary ({@link dev.candor.report.MarkdownReport}), the cookie inventory as CSV
 * ({@link dev.candor.report.CookieCsv}) and the console summary. Reports are made from the typed
 * result only, never from the browser. Everything the scanned site controls is treated as hostile:
 * each writer escapes it for its format with that format's own machinery (Jackson, a StAX writer)
 * or a small escaper, on top of {@code SiteText}, and writes its file atomically.
 */
package dev.candor.report;
