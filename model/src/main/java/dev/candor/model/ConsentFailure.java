package dev.candor.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a consent action was not done: rules tell "the site offers no reject" from "Candor could not click". */
public enum ConsentFailure {
    /** No banner or notice was found at all. */
    NO_BANNER("no-banner"),
    /**
     * A banner was found but it has no control for this action, neither on its first layer nor
     * behind its settings (an "OK"-only notice has no reject).
     */
    NO_CONTROL("no-control"),
    /** The control was clicked, but the banner stayed or the consent state did not change. */
    NOT_VERIFIED("not-verified"),
    /** Something went wrong on Candor's side (the page navigated away, a timeout). */
    ERROR("error");

    private final String id;

    ConsentFailure(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
