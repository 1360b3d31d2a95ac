package dev.candor.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A device-access or tracking technology that a policy declares it uses. */
public enum Technology {
    @JsonProperty("cookies") COOKIES("cookies"),
    /** Web beacons, pixels, pixel tags, clear GIFs. */
    @JsonProperty("web-beacons") WEB_BEACONS("web-beacons"),
    /** localStorage, sessionStorage, IndexedDB. */
    @JsonProperty("local-storage") LOCAL_STORAGE("local-storage"),
    /** Device or browser fingerprinting. */
    @JsonProperty("fingerprinting") FINGERPRINTING("fingerprinting"),
    /** Server log files. */
    @JsonProperty("server-logs") SERVER_LOGS("server-logs");

    private final String id;

    Technology(String id) {
        this.id = id;
    }

    /** The kebab-case name used in JSON and in label files. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
