/**
 * The policy reader: turns a published privacy policy (HTML, PDF, Markdown or plain text) into
 * claims that rules can check, each with the exact sentence that makes it.
 *
 * <p>Entry points: {@link dev.candor.rules.policy.PolicyReader#extract(PolicyInput)} (the text and
 * structure saved as {@code policy.json}) and {@link dev.candor.rules.policy.PolicyReader#analyse}
 * (the claims). Everything is static analysis with lexicons kept as data
 * ({@code policy-lexicon.json}, {@code policy-languages.json} beside these classes) and vendor
 * names from the knowledge base ({@code dev.candor.rules.kb}), plus third parties the policy itself
 * introduces as processors or providers ({@link dev.candor.rules.policy.VendorFinder}, which asks
 * {@code MentionContext} whether the words around a name make it an example, an ad place or a denial); no model is
 * downloaded. {@link dev.candor.rules.policy.ClaimExtractor} delegates legal bases, transfers,
 * retention and the consent model to readers of their own that write to one {@code ClaimLog};
 * {@code ControllerDesignation} finds a controller named in words and {@code RegisterNumbers} its register number; {@code RequiredLiteral} skips a
 * pattern cheaply when a sentence lacks its letters. Reading is linear in the input and bounded ({@code DocumentBuilder.MAX_CHARS}). {@link dev.candor.rules.policy.PolicyText} renders the result for humans.
 */
package dev.candor.rules.policy;
