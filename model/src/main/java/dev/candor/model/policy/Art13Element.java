package dev.candor.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The items of information GDPR Art. 13 requires a privacy policy to give, as checked by the
 * policy reader. The JSON name (see {@link #id()}) is the stable kebab-case key.
 */
public enum Art13Element {
    /** Art. 13(1)(a): identity and contact details of the controller. */
    @JsonProperty("controller-contact") CONTROLLER_CONTACT("controller-contact"),
    /** Art. 13(1)(b): contact details of the data protection officer. */
    @JsonProperty("dpo-contact") DPO_CONTACT("dpo-contact"),
    /** Art. 13(1)(c): purposes of the processing. */
    @JsonProperty("purposes") PURPOSES("purposes"),
    /** Art. 13(1)(c), Art. 6(1): legal basis of the processing. */
    @JsonProperty("legal-basis") LEGAL_BASIS("legal-basis"),
    /** Art. 13(1)(e): recipients or categories of recipients. */
    @JsonProperty("recipients") RECIPIENTS("recipients"),
    /** Art. 13(1)(f): transfers to third countries and the safeguard relied on. */
    @JsonProperty("transfers") TRANSFERS("transfers"),
    /** Art. 13(2)(a): storage period or the criteria used to determine it. */
    @JsonProperty("retention") RETENTION("retention"),
    /** Art. 13(2)(b): rights of access, rectification, erasure, restriction, portability, objection. */
    @JsonProperty("rights") RIGHTS("rights"),
    /** Art. 13(2)(c): right to withdraw consent at any time. */
    @JsonProperty("withdraw-consent") WITHDRAW_CONSENT("withdraw-consent"),
    /** Art. 13(2)(d): right to lodge a complaint with a supervisory authority. */
    @JsonProperty("complaint-authority") COMPLAINT_AUTHORITY("complaint-authority");

    private final String id;

    Art13Element(String id) {
        this.id = id;
    }

    /** The stable kebab-case name used in JSON and in label files. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
