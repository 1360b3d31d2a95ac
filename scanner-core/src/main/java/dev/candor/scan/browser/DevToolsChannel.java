package dev.candor.scan.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The CDP session of one page, turned into recorder calls: requests and their raw
 * {@code Set-Cookie} headers (with the cookies Chromium blocked), the init script's batched writes
 * through the binding, and the reads at the end of a visit (the jar as stored, small image bodies).
 * A page that crashed gets a new channel with its new page.
 */
final class DevToolsChannel {

    /** What one phase records into; shared by the channels of its successive pages. */
    record Recorders(CookieRecorder cookies, RequestRecorder requests, StorageRecorder storage, TcfRecorder tcf,
            NetworkQuiet network) {}

    private final CDPSession cdp;
    private final Recorders to;
    private final String binding;
    private final Consumer<String> events;
    private final Clock clock;
    /** Extra info can arrive before its request: kept until the request is known. */
    private final Map<String, JsonObject> earlyExtraInfo = new LinkedHashMap<>();

    private DevToolsChannel(CDPSession cdp, Recorders to, String binding, Consumer<String> events, Clock clock) {
        this.cdp = cdp;
        this.to = to;
        this.binding = binding;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens the channel of {@code page} and starts listening. {@code binding} is the name the init
     * script calls; {@code events} takes lines for the visit's event log.
     */
    static DevToolsChannel open(BrowserContext context, Page page, Recorders to, String binding, Consumer<String> events,
            Clock clock) {
        DevToolsChannel c = new DevToolsChannel(context.newCDPSession(page), to, binding, events, clock);
        c.listen();
        return c;
    }

    private void listen() {
        cdp.on("Network.requestWillBeSent", p -> {
            to.network().started(p.get("requestId").getAsString());
            to.requests().onRequestWillBeSent(p, clock.millis());
            JsonObject early = earlyExtraInfo.remove(p.get("requestId").getAsString());
            if (early != null) {
                onExtraInfo(early);
            }
        });
        cdp.on("Network.responseReceived", to.requests()::onResponseReceived);
        cdp.on("Network.loadingFinished", p -> {
            to.network().ended(p.get("requestId").getAsString(), clock.millis());
            to.requests().onLoadingFinished(p);
        });
        cdp.on("Network.loadingFailed", p -> {
            to.network().ended(p.get("requestId").getAsString(), clock.millis());
            to.requests().onLoadingFailed(p);
        });
        cdp.on("Network.responseReceivedExtraInfo", this::onExtraInfo);
        cdp.on("Runtime.bindingCalled", this::onBindingCalled);
        cdp.send("Network.enable");
        // the binding's calls arrive on this session as Runtime.bindingCalled events
        cdp.send("Runtime.enable");
        JsonObject name = new JsonObject();
        name.addProperty("name", binding);
        cdp.send("Runtime.addBinding", name);
    }

    /** A new visit: extra info still waiting for its request belonged to the last one. */
    void beginVisit() {
        earlyExtraInfo.clear();
    }

    private void onBindingCalled(JsonObject event) {
        if (!binding.equals(event.get("name").getAsString())) {
            return;
        }
        try {
            for (JsonElement e : JsonParser.parseString(event.get("payload").getAsString()).getAsJsonArray()) {
                onScriptWrite(e.getAsJsonObject());
            }
        } catch (RuntimeException malformed) {
            // only the hooks hold the binding; a batch that is not theirs is not evidence
        }
    }

    private void onScriptWrite(JsonObject m) {
        String type = m.get("type").getAsString();
        String url = m.get("url").getAsString();
        String script = m.has("script") && !m.get("script").isJsonNull() ? m.get("script").getAsString() : null;
        long at = m.get("at").getAsLong();
        if (type.equals("cookie")) {
            to.cookies().onScriptWrite(m.get("text").getAsString(), url, script, at);
        } else if (type.equals("storage")) {
            to.storage().onWrite(m.get("area").getAsString(), url, m.get("key").getAsString(), script, at);
        } else if (type.equals("overflow")) {
            events.accept("recording: more than " + m.get("limit").getAsInt() + " script writes in " + url
                    + "; later writes were not recorded one by one (the jar and storage read at the end still were)");
        }
    }

    private void onExtraInfo(JsonObject p) {
        String requestId = p.get("requestId").getAsString();
        String url = to.requests().urlOf(requestId);
        if (url == null) {
            earlyExtraInfo.put(requestId, p);
            return;
        }
        JsonObject headers = p.has("headers") ? p.getAsJsonObject("headers") : new JsonObject();
        List<String> lines = new ArrayList<>();
        String date = null;
        for (String name : headers.keySet()) {
            if (name.equalsIgnoreCase("set-cookie")) {
                for (String line : headers.get(name).getAsString().split("\n")) {
                    if (!line.isBlank()) {
                        lines.add(line.trim());
                    }
                }
            } else if (name.equalsIgnoreCase("date")) {
                date = headers.get(name).getAsString();
            }
        }
        Map<String, List<String>> blocked = new LinkedHashMap<>();
        if (p.has("blockedCookies")) {
            for (JsonElement e : p.getAsJsonArray("blockedCookies")) {
                JsonObject b = e.getAsJsonObject();
                List<String> reasons = new ArrayList<>();
                for (JsonElement r : b.getAsJsonArray("blockedReasons")) {
                    reasons.add(r.getAsString());
                }
                blocked.put(b.get("cookieLine").getAsString().trim(), reasons);
            }
        }
        if (lines.isEmpty() && blocked.isEmpty()) {
            return;
        }
        long now = clock.millis();
        Instant received = date == null ? Instant.ofEpochMilli(now)
                : SetCookieHeader.parseCookieDate(date).orElse(Instant.ofEpochMilli(now));
        to.cookies().onResponse(url, lines, blocked, received, now);
    }

    /** Reads the size of small images from their bodies, for pixel detection; each read within {@code limitMs}. */
    void measureImages(Watchdog watchdog, long limitMs) {
        for (String id : to.requests().imagesToMeasure()) {
            int[] size = null;
            try {
                JsonObject params = new JsonObject();
                params.addProperty("requestId", id);
                JsonObject body = watchdog.bound(limitMs, () -> cdp.send("Network.getResponseBody", params));
                if (body.get("base64Encoded").getAsBoolean()) {
                    size = BeaconClassifier.imageSize(Base64.getDecoder().decode(body.get("body").getAsString()));
                }
            } catch (PlaywrightException | IllegalArgumentException e) {
                // evicted or never kept: the size heuristics decide without it
            }
            to.requests().onImageSize(id, size);
        }
    }

    /** The jar as stored, through CDP (Playwright's own cookie list turns a missing SameSite into Lax). */
    void readJar(Watchdog watchdog, long limitMs, String url, int visitIndex, long visitStartMs) {
        try {
            JsonObject all = watchdog.bound(limitMs, () -> cdp.send("Storage.getCookies"));
            List<CookieRecorder.JarCookie> jar = new ArrayList<>();
            for (JsonElement e : all.getAsJsonArray("cookies")) {
                JsonObject c = e.getAsJsonObject();
                double expires = c.get("expires").getAsDouble();
                boolean session = c.has("session") && c.get("session").getAsBoolean();
                jar.add(new CookieRecorder.JarCookie(c.get("name").getAsString(), c.get("value").getAsString(),
                        c.get("domain").getAsString(), c.get("path").getAsString(),
                        session || expires <= 0 ? null : Instant.ofEpochMilli(Math.round(expires * 1000)),
                        c.get("secure").getAsBoolean(), c.get("httpOnly").getAsBoolean(),
                        c.has("sameSite") ? c.get("sameSite").getAsString() : null, c.has("partitionKey")));
            }
            to.cookies().onJar(jar);
            to.tcf().onJar(jar, url, visitIndex, visitStartMs, clock.millis());
        } catch (PlaywrightException e) {
            // the page's session died with its renderer; the next visit reads the jar again
        }
    }
}
