package dev.candor.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The legal ground a policy names for a transfer outside the EEA (GDPR Arts. 45-46). */
public enum Safeguard {
    /** An adequacy decision (Art. 45). */
    @JsonProperty("adequacy") ADEQUACY("adequacy"),
    /** Standard contractual clauses (Art. 46(2)(c)). */
    @JsonProperty("scc") SCC("scc"),
    /** The EU-US Data Privacy Framework (an adequacy decision of 2023, named on its own). */
    @JsonProperty("dpf") DPF("dpf"),
    /** The EU-US Privacy Shield, invalidated by the CJEU in 2020 (C-311/18): named, but no valid ground. */
    @JsonProperty("privacy-shield") PRIVACY_SHIELD("privacy-shield"),
    /** The transfer is mentioned but no safeguard is named. */
    @JsonProperty("none-named") NONE_NAMED("none-named");

    private final String id;

    Safeguard(String id) {
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
