package dev.candor.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A consent scenario; each is recorded in a fresh browser profile. */
public enum Phase {
    /** The site as a new visitor finds it: loaded and settled, nothing clicked. */
    BEFORE_CONSENT("before-consent"),
    /** After "accept all" on the consent banner, the same pages visited again. */
    AFTER_ACCEPT("after-accept"),
    /** After "reject all" on the consent banner, the same pages visited again. */
    AFTER_REJECT("after-reject"),
    /**
     * Optional ({@code --gpc}): a new visitor whose browser sends Global Privacy Control
     * ({@code Sec-GPC: 1}, {@code navigator.globalPrivacyControl}); nothing clicked.
     */
    GPC("gpc");

    /** The three consent scenarios every audit runs; {@link #GPC} only when asked for. */
    public static final java.util.List<Phase> STANDARD = java.util.List.of(BEFORE_CONSENT, AFTER_ACCEPT, AFTER_REJECT);

    private final String id;

    Phase(String id) {
        this.id = id;
    }

    /** The stable name used in JSON and on the command line. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The phase named {@code id}, as written by {@link #id()}. */
    @JsonCreator
    public static Phase fromId(String id) {
        for (Phase p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown phase: " + id);
    }

    /** The consent action this phase performs, or null for {@link #BEFORE_CONSENT} and {@link #GPC}. */
    public ConsentAction action() {
        return switch (this) {
            case BEFORE_CONSENT, GPC -> null;
            case AFTER_ACCEPT -> ConsentAction.ACCEPT;
            case AFTER_REJECT -> ConsentAction.REJECT;
        };
    }
}
