package dev.candor.scan.browser;

import com.microsoft.playwright.BrowserContext;
import java.util.Map;

/**
 * Global Privacy Control as a browser that implements it sends it: the {@code Sec-GPC: 1} header on
 * every request of the profile (pages, frames, subresources, beacons) and
 * {@code navigator.globalPrivacyControl === true} in every frame, set before any page script runs.
 */
final class GpcSignal {

    /** Defined on the prototype, as browsers do, so {@code 'globalPrivacyControl' in navigator} holds as well. */
    static final String SCRIPT = "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', "
            + "{ get: function () { return true; }, configurable: true, enumerable: true });";

    private GpcSignal() {}

    static void install(BrowserContext context) {
        context.setExtraHTTPHeaders(Map.of("Sec-GPC", "1"));
        context.addInitScript(SCRIPT);
    }
}
