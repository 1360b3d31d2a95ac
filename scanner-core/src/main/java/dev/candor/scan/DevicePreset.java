package dev.candor.scan;

import dev.candor.model.Device;
import dev.candor.model.Viewport;
import java.util.Locale;
import java.util.Optional;

/**
 * The named windows {@code --viewport} takes beside {@code WxH}. Banners differ by device: many
 * consent managers show a bottom sheet on phones with the reject control one tap further away. The
 * sizes are those of common devices in CSS pixels, portrait; phone and tablet also get touch, their
 * pixel density and a mobile Chrome user agent (built from the browser's own version).
 */
public enum DevicePreset {
    /** A laptop screen, the default window. */
    DESKTOP(new Viewport(1366, 768), new Device("desktop", 1, false, false)),
    /** A 10-inch Android tablet, portrait. */
    TABLET(new Viewport(800, 1280), new Device("tablet", 2, true, true)),
    /** A 6-inch Android phone, portrait. */
    MOBILE(new Viewport(412, 915), new Device("mobile", 2.625, true, true));

    private final Viewport viewport;
    private final Device device;

    DevicePreset(Viewport viewport, Device device) {
        this.viewport = viewport;
        this.device = device;
    }

    public Viewport viewport() {
        return viewport;
    }

    public Device device() {
        return device;
    }

    /** The preset named {@code text} ({@code desktop}, {@code tablet}, {@code mobile}; any case). */
    public static Optional<DevicePreset> named(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (DevicePreset p : values()) {
            if (p.device.preset().equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
