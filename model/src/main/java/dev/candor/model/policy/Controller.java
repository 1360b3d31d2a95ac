package dev.candor.model.policy;

/**
 * The controller as the policy names it (GDPR Art. 13(1)(a)).
 *
 * @param name          legal name, e.g. "Example GmbH"; null when none was found
 * @param postalAddress whether a postal address is given
 * @param email         a contact e-mail address, or null
 * @param phone         a contact phone number as written, or null
 * @param registration  a company or association register number as the policy writes it, such as
 *                      "CVR-nr. 12345678", "HRB 12345", "KvK-nummer 40123456" or "P.IVA 01234567890"
 *                      (the register's short name and the number where words stand between them), or null
 */
public record Controller(String name, boolean postalAddress, String email, String phone, String registration) {
    /** A controller about whom nothing was found. */
    public static Controller unknown() {
        return new Controller(null, false, null, null, null);
    }
}
