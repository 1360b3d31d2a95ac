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
 * @param known    whether the knowledge base knows the name (as a vendor alias or a legal entity);
 *                 false for a third party the policy introduces as a processor, provider or
 *                 recipient that the knowledge base does not know (no vendorId, so rules never
 *                 match it to observed traffic)
 * @param section  heading path of the quote
 * @param offset   char offset of the quote in the document's text
 * @param written  the name as the policy writes it ("Meta Pixel" for the knowledge base's
 *                 "Facebook Pixel"); null in analyses written before it was recorded
 */
public record VendorMention(String name, String quote, String vendorId, boolean entity, boolean known,
                            String section, int offset, String written) {
}
