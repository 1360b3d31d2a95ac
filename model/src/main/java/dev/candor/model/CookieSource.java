package dev.candor.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a cookie reached the browser. */
public enum CookieSource {
    /** A {@code Set-Cookie} response header. */
    HTTP("http"),
    /** A write to {@code document.cookie} (or the CookieStore API) by a script. */
    SCRIPT("script"),
    /** Found in the cookie jar without a recorded write (for example set before recording began). */
    UNKNOWN("unknown");

    private final String id;

    CookieSource(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
