package dev.candor.model;

import java.util.List;

/**
 * What one phase saw of the IAB Transparency and Consent Framework (TCF v2): whether a page offered
 * the CMP API, and every distinct TC string the phase met.
 *
 * @param apiFound whether a page had a {@code __tcfapi} function in its top frame
 * @param locatorFrameFound whether a page had the {@code __tcfapiLocator} frame that lets iframes find the API
 * @param strings each distinct TC string by where it was read, in the order first seen
 */
public record TcfSignals(boolean apiFound, boolean locatorFrameFound, List<TcString> strings) {

    /** Nothing of the TCF; what records written before TCF detection existed mean. */
    public static final TcfSignals NONE = new TcfSignals(false, false, List.of());

    public TcfSignals {
        strings = strings == null ? List.of() : List.copyOf(strings);
    }

    /** Whether the phase saw the framework at all. */
    public boolean present() {
        return apiFound || locatorFrameFound || !strings.isEmpty();
    }
}
