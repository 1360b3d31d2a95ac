package dev.candor.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A data-subject right of GDPR Arts. 15-18, 20 and 21 that a policy can name. */
public enum DataSubjectRight {
    /** Art. 15. */
    @JsonProperty("access") ACCESS,
    /** Art. 16. */
    @JsonProperty("rectification") RECTIFICATION,
    /** Art. 17. */
    @JsonProperty("erasure") ERASURE,
    /** Art. 18. */
    @JsonProperty("restriction") RESTRICTION,
    /** Art. 20. */
    @JsonProperty("portability") PORTABILITY,
    /** Art. 21. */
    @JsonProperty("objection") OBJECTION;

    /** The lower-case name used in JSON and in label files. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
