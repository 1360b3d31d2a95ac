package dev.candor.model.policy;

/**
 * Contact details of a person or office named in a policy, e.g. the data protection officer.
 *
 * @param name  the name as written, or null
 * @param email an e-mail address, or null
 * @param phone a phone number as written, or null
 * @param quote the sentence naming the contact
 */
public record Contact(String name, String email, String phone, String quote) {
}
