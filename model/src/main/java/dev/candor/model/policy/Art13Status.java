package dev.candor.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How completely a policy gives one {@link Art13Element}.
 * <ul>
 *   <li>{@code present}: stated with the detail the article asks for;</li>
 *   <li>{@code partial}: some of it (e.g. three of the six rights);</li>
 *   <li>{@code vague}: mentioned without the detail (transfers without a safeguard, retention
 *       without a period, recipients only as "partners");</li>
 *   <li>{@code missing}: nothing found.</li>
 * </ul>
 */
public enum Art13Status {
    @JsonProperty("present") PRESENT,
    @JsonProperty("partial") PARTIAL,
    @JsonProperty("vague") VAGUE,
    @JsonProperty("missing") MISSING;

    /** The lower-case name used in JSON and in label files. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
