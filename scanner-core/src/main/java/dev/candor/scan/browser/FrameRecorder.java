package dev.candor.scan.browser;

import dev.candor.model.FrameObservation;
import dev.candor.scan.SiteParty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Iframes, embeds and objects per page, once each per page and URL. */
final class FrameRecorder {

    private final SiteParty party;
    private final Map<String, FrameObservation> seen = new LinkedHashMap<>();

    FrameRecorder(SiteParty party) {
        this.party = party;
    }

    /** {@code kind} is {@code iframe}, {@code embed} or {@code object}. */
    void onFrame(String kind, String url, String pageUrl) {
        if (url == null || url.isEmpty()) {
            return;
        }
        String origin = StorageRecorder.origin(url);
        seen.putIfAbsent(kind + "|" + url + "|" + pageUrl,
                new FrameObservation(kind, url, origin, origin != null && !party.isFirstPartyUrl(url), pageUrl));
    }

    List<FrameObservation> observations() {
        return new ArrayList<>(seen.values());
    }
}
