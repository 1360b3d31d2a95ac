/**
 * The HTML report: one self-contained file a person reads and a regulator can attach to a case
 * file. {@link dev.candor.report.html.HtmlView} turns the judged audit into display data;
 * typed jte templates ({@code src/main/jte}, compiled at build time with contextual HTML escaping)
 * render it, so text the site controls is escaped by the engine and never by hand. The file makes
 * no network request when opened: styles are inline, the banner screenshot is a data URI, and a
 * Content-Security-Policy forbids everything else; it has no JavaScript.
 */
package dev.candor.report.html;
