package dev.candor.scan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.candor.model.RequestObservation;
import dev.candor.scan.SiteParty;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestRecorderTest {

    private static final long START = 1_768_046_400_000L;
    private final RequestRecorder recorder = new RequestRecorder(new SiteParty("www.example-shop.de", List.of()));

    @Test
    void redirectHopsAreEachRecordedWithTheChain() {
        recorder.beginVisit("https://www.example-shop.de/", START, 0);
        recorder.onRequestWillBeSent(json("""
                {"requestId":"7","type":"Image","wallTime":%s,"request":{"url":"https://sync.tracker.example/a","method":"GET","headers":{}},
                 "initiator":{"type":"script","url":"https://www.example-shop.de/","stack":{"callFrames":[{"url":"https://cdn.tracker.example/t.js"}]}}}
                """.formatted((START + 100) / 1000.0)), START);
        recorder.onRequestWillBeSent(json("""
                {"requestId":"7","type":"Image","wallTime":%s,"request":{"url":"https://www.facebook.com/tr?id=1","method":"GET","headers":{}},
                 "redirectResponse":{"status":302},"initiator":{"type":"other"}}
                """.formatted((START + 200) / 1000.0)), START);
        recorder.onResponseReceived(json("{\"requestId\":\"7\",\"type\":\"Image\",\"response\":{\"status\":200,\"mimeType\":\"image/gif\"}}"));
        recorder.onLoadingFinished(json("{\"requestId\":\"7\",\"encodedDataLength\":43}"));
        assertThat(recorder.imagesToMeasure()).containsExactly("7");
        recorder.onImageSize("7", new int[] {1, 1});

        List<RequestObservation> out = recorder.observations();
        assertThat(out).hasSize(2);
        RequestObservation hop = out.get(0);
        assertThat(hop.status()).isEqualTo(302);
        assertThat(hop.initiator()).isEqualTo("https://cdn.tracker.example/t.js");
        assertThat(hop.atMs()).isEqualTo(100L);
        RequestObservation last = out.get(1);
        assertThat(last.redirects()).containsExactly("https://sync.tracker.example/a");
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.beaconKind()).isEqualTo("pixel");
        assertThat(last.thirdParty()).isTrue();
        assertThat(last.host()).isEqualTo("www.facebook.com");
        assertThat(last.sinceConsentMs()).isNull();
    }

    @Test
    void consentMomentAndFailures() {
        recorder.beginVisit("https://www.example-shop.de/", START, 0);
        recorder.markConsent(START + 1000);
        recorder.onRequestWillBeSent(json("""
                {"requestId":"9","type":"Ping","wallTime":%s,"request":{"url":"https://www.google-analytics.com/g/collect?v=2","method":"POST","headers":{}},
                 "initiator":{"type":"parser","url":"https://www.example-shop.de/"}}
                """.formatted((START + 1500) / 1000.0)), START);
        recorder.onLoadingFailed(json("{\"requestId\":\"9\",\"errorText\":\"net::ERR_FAILED\"}"));
        recorder.onRequestWillBeSent(json("""
                {"requestId":"10","type":"Other","request":{"url":"data:image/gif;base64,R0lG","method":"GET","headers":{}}}
                """), START);
        RequestObservation beacon = recorder.observations().get(0);
        assertThat(recorder.observations()).hasSize(1);
        assertThat(beacon.sinceConsentMs()).isEqualTo(500L);
        assertThat(beacon.beaconKind()).isEqualTo("sendBeacon");
        assertThat(beacon.failure()).isEqualTo("net::ERR_FAILED");
        assertThat(beacon.initiator()).isEqualTo("https://www.example-shop.de/");
        assertThat(recorder.urlOf("9")).isEqualTo("https://www.google-analytics.com/g/collect?v=2");
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }
}
