package dev.candor.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a policy says consent to cookies and tracking is obtained. */
public enum ConsentModelKind {
    /** Consent is asked before non-necessary cookies are set. */
    @JsonProperty("prior-consent") PRIOR_CONSENT("prior-consent"),
    /** Only strictly necessary cookies are used, so no consent is asked. */
    @JsonProperty("necessary-only") NECESSARY_ONLY("necessary-only"),
    /** Consent is assumed unless the browser is set to refuse cookies. */
    @JsonProperty("implied-browser-settings") IMPLIED_BROWSER_SETTINGS("implied-browser-settings"),
    /** Consent is assumed from continued use of the site. */
    @JsonProperty("implied-continued-use") IMPLIED_CONTINUED_USE("implied-continued-use"),
    /** The policy says nothing about how consent is obtained. */
    @JsonProperty("none-stated") NONE_STATED("none-stated");

    private final String id;

    ConsentModelKind(String id) {
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
