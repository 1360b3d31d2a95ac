package dev.candor.scan.browser;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.candor.model.TcString;
import dev.candor.model.TcfSignals;
import dev.candor.rules.tcf.TcStringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records a phase's IAB TCF v2 signals: after each visit, what the page's {@code __tcfapi} answered
 * to {@code getTCData} and the {@code euconsent-v2} cookie in the jar. A string is kept once per
 * source, the first time it is seen, decoded on the spot for the report (rules decode the raw
 * string again). With redacted values only the decoding is kept.
 */
final class TcfRecorder {

    /** The cookie IAB's CMPs write the TC string to (global and service-specific consent alike). */
    static final String COOKIE = "euconsent-v2";

    private final boolean redactValues;
    private final List<TcString> strings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private boolean api;
    private boolean locator;
    private Long consentAtMs;

    TcfRecorder(boolean redactValues) {
        this.redactValues = redactValues;
    }

    void markConsent(long atMs) {
        consentAtMs = atMs;
    }

    /** What {@code tcf-probe.js} returned after a visit, or null when it could not run. */
    void onProbe(Object json, String page, int visit, long visitStartMs, long nowMs) {
        if (!(json instanceof String text)) {
            return;
        }
        JsonObject o;
        try {
            o = JsonParser.parseString(text).getAsJsonObject();
        } catch (RuntimeException notOurs) {
            return;
        }
        api |= o.has("api") && o.get("api").getAsBoolean();
        locator |= o.has("locator") && o.get("locator").getAsBoolean();
        if (o.has("tcString") && o.get("tcString").isJsonPrimitive()) {
            add(TcString.API, o.get("tcString").getAsString(), page, visit, visitStartMs, nowMs);
        }
    }

    /** The jar at the end of a visit. */
    void onJar(List<CookieRecorder.JarCookie> jar, String page, int visit, long visitStartMs, long nowMs) {
        for (CookieRecorder.JarCookie c : jar) {
            if (COOKIE.equals(c.name())) {
                add(TcString.COOKIE, c.value(), page, visit, visitStartMs, nowMs);
            }
        }
    }

    private void add(String source, String raw, String page, int visit, long visitStartMs, long nowMs) {
        // an API with no string yet (the banner is still open) answers with an empty one
        if (raw == null || raw.isEmpty() || !seen.add(source + " " + raw)) {
            return;
        }
        String kept = raw.length() > TcString.MAX_LENGTH ? raw.substring(0, TcString.MAX_LENGTH) : raw;
        TcStringReader.Reading reading = TcStringReader.read(raw);
        strings.add(new TcString(source, page, visit, Math.max(0, nowMs - visitStartMs),
                consentAtMs == null ? null : Math.max(0, nowMs - consentAtMs), redactValues ? null : kept, reading.decoded(),
                reading.problem()));
    }

    TcfSignals signals() {
        return new TcfSignals(api, locator, strings);
    }
}
