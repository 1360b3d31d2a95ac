package dev.candor.model.finding;

/**
 * The knowledge base's view of an observation, derived at evaluation time (never stored as evidence).
 *
 * @param vendorId the vendor's stable id ({@code google-analytics}), or null when only the category is known
 * @param vendor the vendor's display name, or null
 * @param category the purpose category ({@code necessary}, {@code functional}, {@code analytics},
 *     {@code marketing}, {@code personalisation}, {@code social})
 * @param matchedBy why it matched, for a person to check ({@code cookie name _ga_* (knowledge base)},
 *     {@code host www.google-analytics.com under google-analytics.com})
 */
public record Attribution(String vendorId, String vendor, String category, String matchedBy) {}
