/**
 * What a published privacy policy says, as immutable records: the extracted {@link
 * dev.candor.model.policy.PolicyDocument} (text, sections, sentences, tables) and the {@link
 * dev.candor.model.policy.PolicyAnalysis} (claims with the exact sentence that makes each,
 * GDPR Art. 13 completeness, vendors, cookies, retention, transfers, consent model).
 *
 * <p>The JSON form of these records is part of the versioned record format: field names are
 * the record component names unless a Jackson annotation says otherwise.
 */
package dev.candor.model.policy;
