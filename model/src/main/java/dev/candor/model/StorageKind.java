package dev.candor.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** A kind of client-side storage other than cookies. */
public enum StorageKind {
    LOCAL_STORAGE("localStorage"),
    SESSION_STORAGE("sessionStorage"),
    INDEXED_DB("indexedDB");

    private final String id;

    StorageKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
