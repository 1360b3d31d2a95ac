package dev.candor.model.policy;

/**
 * A vendor (third party) the policy names.
 *
 * @param name     the vendor's display name from the knowledge base ("Google Analytics"), or the
 *                 legal entity as written ("Google Ireland Limited") when only the entity is named
 * @param quote    the first sentence that names it
 * @param vendorId the knowledge-base id of the vendor, or null when the name is a legal entity that
 *                 several vendors share, or a third party the knowledge base does not know
 * @param entity   whether the policy named a legal entity rather than a product
 * @param known    whether the knowledge base knows the name (as a vendor alias or a legal entity)
 * @param section  heading path of the quote
 * @param offset   char offset of the quote in the document's text
 */
public record VendorMention(String name, String quote, String vendorId, boolean entity, boolean known,
                            String section, int offset) {
}
