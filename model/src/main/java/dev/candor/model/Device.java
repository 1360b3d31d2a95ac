package dev.candor.model;

/**
 * How the browser presents itself beyond its window size: the emulated device.
 *
 * @param preset {@code desktop}, {@code tablet} or {@code mobile} when the window came from a preset;
 *     null for a window given as {@code WxH}
 * @param scaleFactor device pixels per CSS pixel ({@code window.devicePixelRatio})
 * @param mobile whether the page sees a mobile browser (meta viewport honoured, mobile user agent)
 * @param touch whether the page sees a touch screen ({@code navigator.maxTouchPoints > 0}, touch events)
 */
public record Device(String preset, double scaleFactor, boolean mobile, boolean touch) {

    /** A desktop window of any size: no touch, one device pixel per CSS pixel. */
    public static final Device DESKTOP = new Device(null, 1, false, false);

    public Device {
        if (!(scaleFactor > 0 && scaleFactor <= 8)) {
            throw new IllegalArgumentException("device scale factor must be above 0 and at most 8, got " + scaleFactor);
        }
    }
}
