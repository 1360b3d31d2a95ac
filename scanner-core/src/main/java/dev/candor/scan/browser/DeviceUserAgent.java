package dev.candor.scan.browser;

import dev.candor.model.Device;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user agent the emulated device sends when the user gave none: the browser's own for a desktop
 * window (without the {@code HeadlessChrome} token that sites treat as a bot), and for a phone or
 * tablet Chrome on Android with the same major version, so the user agent agrees with the engine
 * behind it. The version is reduced as Chrome itself reduces it ({@code 156.0.0.0}).
 */
final class DeviceUserAgent {

    private static final Pattern CHROME = Pattern.compile("(?:Headless)?Chrome/(\\d+)");

    private DeviceUserAgent() {}

    /** The user agent for {@code device}, given the browser's own {@code browserUserAgent}. */
    static String of(Device device, String browserUserAgent) {
        String desktop = browserUserAgent.replace("HeadlessChrome", "Chrome");
        if (!device.mobile()) {
            return desktop;
        }
        Matcher m = CHROME.matcher(browserUserAgent);
        String major = m.find() ? m.group(1) : "130";
        String chrome = "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major + ".0.0.0 ";
        // Android tablets leave out "Mobile", which is how sites tell them from phones
        return "tablet".equals(device.preset())
                ? "Mozilla/5.0 (Linux; Android 10; K) " + chrome + "Safari/537.36"
                : "Mozilla/5.0 (Linux; Android 10; K) " + chrome + "Mobile Safari/537.36";
    }
}
