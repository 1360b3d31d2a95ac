package dev.candor.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a policy could be read; anything but {@code read} comes with a problem saying why. */
public enum ReadStatus {
    /** Text was extracted and analysed. */
    @JsonProperty("read") READ,
    /** No text could be extracted (binary file, PDF without a text layer, broken file). */
    @JsonProperty("unreadable") UNREADABLE,
    /** Text was extracted but its language is not one the reader has lexicons for. */
    @JsonProperty("unsupported-language") UNSUPPORTED_LANGUAGE,
    /** The input holds no text at all. */
    @JsonProperty("empty") EMPTY,
    /** No policy could be fetched: none found on the site, HTTP error, or a login page instead of a policy. */
    @JsonProperty("not-found") NOT_FOUND;

    /** The kebab-case name used in JSON. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return id();
    }
}
