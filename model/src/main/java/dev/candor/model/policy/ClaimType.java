package dev.candor.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of statement a {@link Claim} records. */
public enum ClaimType {
    @JsonProperty("last-updated") LAST_UPDATED("last-updated"),
    @JsonProperty("controller") CONTROLLER("controller"),
    @JsonProperty("dpo") DPO("dpo"),
    @JsonProperty("purpose") PURPOSE("purpose"),
    @JsonProperty("legal-basis") LEGAL_BASIS("legal-basis"),
    @JsonProperty("recipient") RECIPIENT("recipient"),
    @JsonProperty("vendor") VENDOR("vendor"),
    @JsonProperty("cookie-category") COOKIE_CATEGORY("cookie-category"),
    @JsonProperty("technology") TECHNOLOGY("technology"),
    @JsonProperty("declared-cookie") DECLARED_COOKIE("declared-cookie"),
    @JsonProperty("retention") RETENTION("retention"),
    @JsonProperty("transfer") TRANSFER("transfer"),
    @JsonProperty("right") RIGHT("right"),
    @JsonProperty("withdraw-consent") WITHDRAW_CONSENT("withdraw-consent"),
    @JsonProperty("complaint-authority") COMPLAINT_AUTHORITY("complaint-authority"),
    @JsonProperty("consent") CONSENT("consent"),
    /** A statement that something is not done ("we do not use analytics cookies"). */
    @JsonProperty("negated") NEGATED("negated");

    private final String id;

    ClaimType(String id) {
        this.id = id;
    }

    /** The kebab-case name used in JSON. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
