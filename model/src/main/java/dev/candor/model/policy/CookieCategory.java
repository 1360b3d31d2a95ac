package dev.candor.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A purpose category of cookies (or similar technologies) that a policy declares it uses. */
public enum CookieCategory {
    /** Strictly necessary, essential or technical. */
    @JsonProperty("necessary") NECESSARY,
    /** Functional or preference cookies. */
    @JsonProperty("functional") FUNCTIONAL,
    /** Statistics, analytics, performance or audience measurement. */
    @JsonProperty("analytics") ANALYTICS,
    /** Marketing, advertising, targeting or retargeting. */
    @JsonProperty("marketing") MARKETING,
    /** Personalisation of content. */
    @JsonProperty("personalisation") PERSONALISATION,
    /** Social media plug-ins and sharing. */
    @JsonProperty("social") SOCIAL;

    /** The lower-case name used in JSON and in label files. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
