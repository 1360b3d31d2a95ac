package dev.candor.scan.browser;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a request is a tracking beacon, and which kind. Pure, so the heuristics are tested
 * without a browser.
 *
 * <ul>
 *   <li>{@code sendBeacon}: Chromium reports {@code navigator.sendBeacon} as resource type {@code Ping};
 *   <li>{@code ping}: the same type with a {@code Ping-To} header is an {@code <a ping>} hyperlink audit;
 *   <li>{@code pixel}: an image of at most 2x2 pixels, or, when its size is unknown, a tiny or empty
 *       image answer to a tracking-shaped URL (a query string, or a path such as {@code /tr},
 *       {@code /collect}, {@code /pixel.gif}).
 * </ul>
 */
final class BeaconClassifier {

    /** Image answers at most this many bytes count as tiny (a 1x1 GIF is 35-43 bytes, a 1x1 PNG about 70). */
    static final long TINY_IMAGE_BYTES = 200;

    private static final Pattern TRACKING_PATH = Pattern.compile(
            "(?i).*/(tr|collect|pixel|px|beacon|track|tracking|event|events|ping|impression|imp|b|p|t|i|"
                    + "__utm\\.gif|(pixel|spacer|blank|1x1|clear|transparent|p|t|b|i)\\.(gif|png|jpe?g|webp))/?$");

    private BeaconClassifier() {}

    /**
     * What one request tells about itself.
     *
     * @param url the request URL
     * @param resourceType the browser's resource type, lower case ({@code ping}, {@code image}, ...)
     * @param pingTo whether the request carried a {@code Ping-To} header
     * @param status the response status, or null
     * @param bodyBytes the response body size, or null when unknown
     * @param width the decoded image width, or null when unknown
     * @param height the decoded image height, or null when unknown
     */
    record Facts(String url, String resourceType, boolean pingTo, Integer status, Long bodyBytes, Integer width, Integer height) {}

    /** {@code sendBeacon}, {@code ping}, {@code pixel}, or null when not a beacon. */
    static String classify(Facts f) {
        String type = f.resourceType() == null ? "" : f.resourceType().toLowerCase(Locale.ROOT);
        if (type.equals("ping")) {
            return f.pingTo() ? "ping" : "sendBeacon";
        }
        if (!type.equals("image")) {
            return null;
        }
        if (f.width() != null && f.height() != null) {
            return f.width() <= 2 && f.height() <= 2 ? "pixel" : null;
        }
        boolean tiny = (f.status() != null && f.status() == 204)
                || (f.bodyBytes() != null && f.bodyBytes() <= TINY_IMAGE_BYTES);
        return tiny && trackingShaped(f.url()) ? "pixel" : null;
    }

    /** Whether a URL looks like it reports something: a query string, or a beacon-like path. */
    static boolean trackingShaped(String url) {
        try {
            URI uri = dev.candor.scan.WebAddress.parse(url).orElseThrow(() -> new IllegalArgumentException(url));
            String query = uri.getRawQuery();
            if (query != null && query.contains("=")) {
                return true;
            }
            String path = uri.getRawPath();
            return path != null && TRACKING_PATH.matcher(path).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Width and height of a GIF or PNG from its first bytes; null when the format is not recognised.
     */
    static int[] imageSize(byte[] body) {
        if (body == null) {
            return null;
        }
        if (body.length >= 10 && body[0] == 'G' && body[1] == 'I' && body[2] == 'F') {
            int w = (body[6] & 0xff) | (body[7] & 0xff) << 8;
            int h = (body[8] & 0xff) | (body[9] & 0xff) << 8;
            return new int[] {w, h};
        }
        if (body.length >= 24 && (body[0] & 0xff) == 0x89 && body[1] == 'P' && body[2] == 'N' && body[3] == 'G'
                && body[12] == 'I' && body[13] == 'H' && body[14] == 'D' && body[15] == 'R') {
            int w = readInt(body, 16);
            int h = readInt(body, 20);
            return new int[] {w, h};
        }
        return null;
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
