package dev.candor.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a page visit ended. Anything but {@link #LOADED} keeps what was recorded up to that point. */
public enum PageOutcome {
    /** The page loaded and settled. */
    LOADED("loaded"),
    /** The page did not finish loading within the per-page timeout. */
    TIMEOUT("timeout"),
    /** The renderer crashed. */
    CRASHED("crashed"),
    /** Navigation failed (network error, TLS error, non-HTML answer, ...). */
    FAILED("failed"),
    /** Not visited because the audit ended early. */
    SKIPPED("skipped");

    private final String id;

    PageOutcome(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
