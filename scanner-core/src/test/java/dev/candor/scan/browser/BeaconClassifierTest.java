package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class BeaconClassifierTest {

    private static final byte[] GIF_1X1 = Base64.getDecoder().decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
    private static final byte[] PNG_1X1 = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    void sendBeaconAndHyperlinkPing() {
        assertThat(classify("https://www.google-analytics.com/g/collect?v=2", "Ping", false, 204, 0L, null, null))
                .isEqualTo("sendBeacon");
        assertThat(classify("https://tracker.example/click", "ping", true, 200, 0L, null, null)).isEqualTo("ping");
    }

    @Test
    void imagesOfAtMostTwoByTwoArePixels() {
        assertThat(classify("https://www.facebook.com/tr?id=1", "Image", false, 200, 43L, 1, 1)).isEqualTo("pixel");
        assertThat(classify("https://cdn.example/spacer", "image", false, 200, 43L, 2, 2)).isEqualTo("pixel");
        assertThat(classify("https://cdn.example/logo.png?v=3", "image", false, 200, 150L, 16, 16)).isNull();
    }

    @Test
    void tinyImagesOfUnknownSizeNeedATrackingShapedUrl() {
        assertThat(classify("https://bat.bing.com/action/0?ti=1&evt=pageLoad", "image", false, 204, null, null, null))
                .isEqualTo("pixel");
        assertThat(classify("https://px.ads.example/pixel.gif", "image", false, 200, 40L, null, null)).isEqualTo("pixel");
        assertThat(classify("https://www.example-shop.de/img/star.svg", "image", false, 200, 90L, null, null)).isNull();
        assertThat(classify("https://www.facebook.com/tr?id=1", "image", false, 200, 9000L, null, null)).isNull();
    }

    @Test
    void otherTypesAreNoBeacons() {
        assertThat(classify("https://www.google-analytics.com/g/collect?v=2", "fetch", false, 204, 0L, null, null)).isNull();
        assertThat(classify("https://connect.facebook.net/en_US/fbevents.js", "script", false, 200, 90_000L, null, null))
                .isNull();
        assertThat(classify("https://x.example/tr?id=1", null, false, null, null, null, null)).isNull();
    }

    @Test
    void readsGifAndPngSizes() {
        assertThat(BeaconClassifier.imageSize(GIF_1X1)).containsExactly(1, 1);
        assertThat(BeaconClassifier.imageSize(PNG_1X1)).containsExactly(1, 1);
        assertThat(BeaconClassifier.imageSize("<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNull();
        assertThat(BeaconClassifier.imageSize(null)).isNull();
    }

    @Test
    void trackingShapedUrls() {
        assertThat(BeaconClassifier.trackingShaped("https://a.example/collect")).isTrue();
        assertThat(BeaconClassifier.trackingShaped("https://a.example/__utm.gif")).isTrue();
        assertThat(BeaconClassifier.trackingShaped("https://a.example/x?uid=42")).isTrue();
        assertThat(BeaconClassifier.trackingShaped("https://a.example/images/hero.jpg")).isFalse();
        assertThat(BeaconClassifier.trackingShaped("not a url")).isFalse();
    }

    private static String classify(String url, String type, boolean pingTo, Integer status, Long bytes, Integer w, Integer h) {
        return BeaconClassifier.classify(new BeaconClassifier.Facts(url, type, pingTo, status, bytes, w, h));
    }
}
