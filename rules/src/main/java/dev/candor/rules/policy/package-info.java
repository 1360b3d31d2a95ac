/**
 * The policy reader: turns a published privacy policy (HTML, PDF, Markdown or plain text) into
 * claims that rules can check, each with the exact sentence that makes it.
 *
 * <p>Entry point: {@link dev.candor.rules.policy.PolicyReader#read(PolicyInput)}. Everything is
 * static analysis with lexicons kept as data ({@code policy-lexicon.json},
 * {@code policy-vendors.json}, {@code policy-languages.json} beside these classes); no model is
 * downloaded. {@link dev.candor.rules.policy.PolicyText} renders the result for humans.
 */
package dev.candor.rules.policy;
