package dev.candor.scan.browser;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.candor.model.RequestObservation;
import dev.candor.scan.SiteParty;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the CDP {@code Network} events of one page target into request observations. Only a page's
 * target reports here, so the browser's own background traffic never does. Every redirect hop is an
 * observation of its own (its host was contacted), carrying the URLs that led to it.
 */
final class RequestRecorder {

    private final SiteParty party;
    private final Map<String, Pending> live = new LinkedHashMap<>();
    private final List<Pending> all = new ArrayList<>();
    private String pageUrl;
    private long visitStartMs;
    private int visit;
    private Long consentEpochMs;

    RequestRecorder(SiteParty party) {
        this.party = party;
    }

    void beginVisit(String pageUrl, long startEpochMs, int visit) {
        this.pageUrl = pageUrl;
        this.visitStartMs = startEpochMs;
        this.visit = visit;
    }

    /** Requests from now on get {@code sinceConsentMs}. */
    void markConsent(long epochMs) {
        this.consentEpochMs = epochMs;
    }

    /** {@code Network.requestWillBeSent}. */
    void onRequestWillBeSent(JsonObject p, long nowEpochMs) {
        JsonObject request = p.getAsJsonObject("request");
        String url = str(request, "url");
        if (url == null || !(url.startsWith("http:") || url.startsWith("https:"))) {
            return;
        }
        String id = str(p, "requestId");
        List<String> chain = new ArrayList<>();
        Pending previous = live.get(id);
        if (previous != null && p.has("redirectResponse")) {
            previous.status = p.getAsJsonObject("redirectResponse").get("status").getAsInt();
            chain.addAll(previous.redirects);
            chain.add(previous.url);
        }
        long at = p.has("wallTime") ? Math.round(p.get("wallTime").getAsDouble() * 1000) : nowEpochMs;
        Pending r = new Pending(url, str(request, "method"), lower(str(p, "type")), initiator(p), at, chain, pageUrl,
                at - visitStartMs, consentEpochMs != null && at >= consentEpochMs ? at - consentEpochMs : null);
        r.visit = visit;
        r.pingTo = hasHeader(request.getAsJsonObject("headers"), "ping-to");
        live.put(id, r);
        all.add(r);
    }

    /** {@code Network.responseReceived}. */
    void onResponseReceived(JsonObject p) {
        Pending r = live.get(str(p, "requestId"));
        if (r == null) {
            return;
        }
        JsonObject response = p.getAsJsonObject("response");
        r.status = response.get("status").getAsInt();
        r.mimeType = str(response, "mimeType");
        if (r.type == null || r.type.isEmpty()) {
            r.type = lower(str(p, "type"));
        }
    }

    /** {@code Network.loadingFinished}. */
    void onLoadingFinished(JsonObject p) {
        Pending r = live.get(str(p, "requestId"));
        if (r != null && p.has("encodedDataLength")) {
            r.bodyBytes = Math.round(p.get("encodedDataLength").getAsDouble());
            r.finished = true;
        }
    }

    /** {@code Network.loadingFailed}. */
    void onLoadingFailed(JsonObject p) {
        Pending r = live.get(str(p, "requestId"));
        if (r != null) {
            String reason = str(p, "blockedReason");
            r.failure = reason != null ? "blocked:" + reason : str(p, "errorText");
        }
    }

    /** The URL a request id stands for now (the last hop of its redirects), or null. */
    String urlOf(String requestId) {
        Pending r = live.get(requestId);
        return r == null ? null : r.url;
    }

    /** Small images of the current visit whose size should be read from their body; request ids. */
    List<String> imagesToMeasure() {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, Pending> e : live.entrySet()) {
            Pending r = e.getValue();
            if ("image".equals(r.type) && r.finished && r.width == null && r.measureTried == false
                    && r.bodyBytes != null && r.bodyBytes <= 4096 && r.bodyBytes > 0) {
                ids.add(e.getKey());
            }
        }
        return ids;
    }

    /** The decoded size of an image's body; null arguments when it could not be read. */
    void onImageSize(String requestId, int[] size) {
        Pending r = live.get(requestId);
        if (r != null) {
            r.measureTried = true;
            if (size != null) {
                r.width = size[0];
                r.height = size[1];
            }
        }
    }

    List<RequestObservation> observations() {
        List<RequestObservation> out = new ArrayList<>();
        for (Pending r : all) {
            String host = host(r.url);
            String kind = BeaconClassifier.classify(new BeaconClassifier.Facts(
                    r.url, r.type, r.pingTo, r.status, r.bodyBytes, r.width, r.height));
            out.add(new RequestObservation(r.url, r.method, r.type, r.status, r.initiator, host,
                    !party.isFirstParty(host), Math.max(0, r.atMs), sinceConsent(r), r.redirects, kind != null,
                    kind, r.pageUrl, r.failure, r.visit));
        }
        return out;
    }

    /**
     * Time since consent, judged when the record is read rather than when the request was seen: a
     * request the click itself set off is seen before the click returns and the moment is marked.
     */
    private Long sinceConsent(Pending r) {
        return consentEpochMs != null && r.epochMs >= consentEpochMs ? Long.valueOf(r.epochMs - consentEpochMs) : r.sinceConsentMs;
    }

    private static String initiator(JsonObject p) {
        JsonObject init = p.has("initiator") ? p.getAsJsonObject("initiator") : null;
        if (init == null) {
            return null;
        }
        String url = str(init, "url");
        // a script's request names the document in "url"; the stack names the script itself
        if (url != null && !url.isEmpty() && !"script".equals(str(init, "type"))) {
            return url;
        }
        JsonObject stack = init.has("stack") ? init.getAsJsonObject("stack") : null;
        while (stack != null) {
            JsonArray frames = stack.has("callFrames") ? stack.getAsJsonArray("callFrames") : new JsonArray();
            for (JsonElement f : frames) {
                String u = str(f.getAsJsonObject(), "url");
                if (u != null && !u.isEmpty()) {
                    return u;
                }
            }
            stack = stack.has("parent") ? stack.getAsJsonObject("parent") : null;
        }
        return url == null || url.isEmpty() ? null : url;
    }

    private static boolean hasHeader(JsonObject headers, String name) {
        if (headers == null) {
            return false;
        }
        return headers.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name));
    }

    static String host(String url) {
        try {
            String h = dev.candor.scan.WebAddress.parse(url).orElseThrow(() -> new IllegalArgumentException(url)).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String str(JsonObject o, String key) {
        if (o == null || !o.has(key) || o.get(key).isJsonNull()) {
            return null;
        }
        return o.get(key).getAsString();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** One request hop while it is in flight. */
    private static final class Pending {
        final String url;
        final String method;
        String type;
        final String initiator;
        final long epochMs;
        final List<String> redirects;
        final String pageUrl;
        final long atMs;
        final Long sinceConsentMs;
        int visit;
        Integer status;
        String mimeType;
        Long bodyBytes;
        boolean finished;
        boolean pingTo;
        boolean measureTried;
        Integer width;
        Integer height;
        String failure;

        Pending(String url, String method, String type, String initiator, long epochMs, List<String> redirects,
                String pageUrl, long atMs, Long sinceConsentMs) {
            this.url = url;
            this.method = method;
            this.type = type;
            this.initiator = initiator;
            this.epochMs = epochMs;
            this.redirects = List.copyOf(redirects);
            this.pageUrl = pageUrl;
            this.atMs = atMs;
            this.sinceConsentMs = sinceConsentMs;
        }
    }
}

