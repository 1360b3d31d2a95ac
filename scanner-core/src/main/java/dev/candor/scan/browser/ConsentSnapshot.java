package dev.candor.scan.browser;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The consent-relevant state of a profile at one moment: every cookie (by name, domain and path) and
 * every localStorage entry of the page's frames (by origin and key). A consent answer that took effect
 * leaves a trace in one of them; comparing two snapshots is how Candor checks a claimed answer.
 *
 * @param cookies {@code name@domain/path} to value
 * @param storage {@code origin key} to value
 */
record ConsentSnapshot(Map<String, String> cookies, Map<String, String> storage) {

    private static final String LOCAL_STORAGE = """
            () => { const o = {}; try { for (let i = 0; i < localStorage.length; i++) {
              const k = localStorage.key(i); o[k] = String(localStorage.getItem(k)).slice(0, 2000); } } catch (e) {}
              return o; }""";

    ConsentSnapshot {
        cookies = Map.copyOf(cookies);
        storage = Map.copyOf(storage);
    }

    /** Reads cookies from the page's context and localStorage from each of its frames. */
    static ConsentSnapshot take(Page page) {
        Map<String, String> cookies = new TreeMap<>();
        for (Cookie c : page.context().cookies()) {
            cookies.put(c.name + "@" + c.domain + c.path, c.value);
        }
        Map<String, String> storage = new TreeMap<>();
        for (Frame frame : page.frames()) {
            String url = frame.url();
            if (frame.isDetached() || !url.startsWith("http")) {
                continue;
            }
            try {
                Object result = frame.evaluate(LOCAL_STORAGE);
                if (result instanceof Map<?, ?> entries) {
                    String origin = origin(url);
                    entries.forEach((k, v) -> storage.put(origin + " " + k, String.valueOf(v)));
                }
            } catch (PlaywrightException e) {
                // a frame that navigates away mid-read has nothing to say about consent
            }
        }
        return new ConsentSnapshot(cookies, storage);
    }

    /** What was added or changed since {@code before}, one phrase each ("cookie klaro changed"). */
    List<String> changesSince(ConsentSnapshot before) {
        List<String> out = new ArrayList<>();
        diff("cookie", before.cookies(), cookies, out);
        diff("localStorage", before.storage(), storage, out);
        return out;
    }

    private static void diff(String kind, Map<String, String> before, Map<String, String> after, List<String> out) {
        Map<String, String> names = new LinkedHashMap<>();
        after.forEach((key, value) -> {
            String old = before.get(key);
            if (old == null) {
                names.put(shortName(kind, key), "added");
            } else if (!old.equals(value)) {
                names.put(shortName(kind, key), "changed");
            }
        });
        names.forEach((name, how) -> out.add(kind + " " + name + " " + how));
    }

    private static String shortName(String kind, String key) {
        if (kind.equals("cookie")) {
            int at = key.indexOf('@');
            return at > 0 ? key.substring(0, at) : key;
        }
        int space = key.indexOf(' ');
        return space > 0 ? key.substring(space + 1) : key;
    }

    private static String origin(String url) {
        int slash = url.indexOf('/', url.indexOf("//") + 2);
        return slash > 0 ? url.substring(0, slash) : url;
    }
}
