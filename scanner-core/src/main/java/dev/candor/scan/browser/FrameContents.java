package dev.candor.scan.browser;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a visit reads from a loaded page's frames: the links to plan further pages with, each
 * frame's Web Storage and IndexedDB names, and the frames and embeds themselves. Every read goes
 * through {@code bounded}, so a frame that stopped answering costs one read limit, not the phase.
 */
final class FrameContents {

    private static final String SNAPSHOT_JS = BrowserScripts.load("snapshot.js");
    private static final String LINKS_JS = "() => Array.from(document.querySelectorAll('a[href]'), a => a.href)";

    private final StorageRecorder storage;
    private final FrameRecorder frames;
    private final BoundedCall bounded;

    FrameContents(StorageRecorder storage, FrameRecorder frames, BoundedCall bounded) {
        this.storage = storage;
        this.frames = frames;
        this.bounded = bounded;
    }

    /** The page's http(s) links, without fragments, in document order and once each. */
    List<String> links(Page page) {
        Object raw = bounded.call(() -> page.evaluate(LINKS_JS), null);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (raw instanceof List<?> list) {
            for (Object o : list) {
                String href = String.valueOf(o);
                if (href.startsWith("http://") || href.startsWith("https://")) {
                    int hash = href.indexOf('#');
                    out.add(hash < 0 ? href : href.substring(0, hash));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Storage, IndexedDB names and embeds of every frame, and the frames themselves. */
    void read(Page page, String pageUrl) {
        for (Frame frame : bounded.call(page::frames, List.<Frame>of())) {
            String frameUrl = bounded.call(frame::url, "");
            if (frame != page.mainFrame()) {
                frames.onFrame("iframe", frameUrl, pageUrl);
            }
            if (!(frameUrl.startsWith("http://") || frameUrl.startsWith("https://"))) {
                continue;
            }
            Object json = bounded.call(() -> frame.evaluate(SNAPSHOT_JS), null);
            if (!(json instanceof String text)) {
                continue;
            }
            JsonObject s = JsonParser.parseString(text).getAsJsonObject();
            storage.onSnapshot(new StorageRecorder.Snapshot(s.get("origin").getAsString(), strings(s.getAsJsonObject("local")),
                    strings(s.getAsJsonObject("session")), names(s.getAsJsonArray("indexedDb"))));
            for (JsonElement e : s.getAsJsonArray("embeds")) {
                JsonArray pair = e.getAsJsonArray();
                frames.onFrame(pair.get(0).getAsString(), pair.get(1).getAsString(), pageUrl);
            }
        }
    }

    private static Map<String, String> strings(JsonObject o) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : o.keySet()) {
            out.put(k, o.get(k).isJsonNull() ? null : o.get(k).getAsString());
        }
        return out;
    }

    private static List<String> names(JsonArray a) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : a) {
            if (!e.isJsonNull()) {
                out.add(e.getAsString());
            }
        }
        return out;
    }
}
