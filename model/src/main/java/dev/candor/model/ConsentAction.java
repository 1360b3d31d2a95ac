package dev.candor.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What Candor asks of a consent banner. */
public enum ConsentAction {
    ACCEPT("accept"),
    REJECT("reject");

    private final String id;

    ConsentAction(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
