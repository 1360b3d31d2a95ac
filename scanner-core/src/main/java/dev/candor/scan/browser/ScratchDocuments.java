package dev.candor.scan.browser;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import dev.candor.scan.BrowserOptions;
import dev.candor.scan.PhaseSession.FetchedDocument;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads documents outside the record (the policy, the start page again, {@code sitemap.xml}) in a
 * scratch page of the phase's profile. Everything goes through the browser's own network stack (its
 * host mapping, proxy, TLS settings and cookies), never through Playwright's request API, which has a
 * network stack of its own: a PDF that the browser downloads, or shows in its viewer, is fetched with
 * CDP {@code Network.loadNetworkResource} from the scratch page's frame. Cookies the fetch sets are
 * removed again, since no visitor fetches these documents.
 */
final class ScratchDocuments {

    /** A policy document larger than this is not a policy; the rest is not read. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final BrowserContext context;
    private final BrowserOptions options;
    private final Watchdog watchdog;
    private final BoundedCall bounded;


    ScratchDocuments(BrowserContext context, BrowserOptions options, Watchdog watchdog, BoundedCall bounded) {
        this.context = context;
        this.options = options;
        this.watchdog = watchdog;
        this.bounded = bounded;
    }

    Optional<FetchedDocument> fetch(String url) {
        Set<String> jarBefore = cookieKeys();
        Page scratch = bounded.call(context::newPage, null);
        if (scratch == null) {
            return Optional.empty();
        }
        try {
            Response response;
            try {
                response = watchdog.bound(options.pageTimeout().toMillis() + Watchdog.GRACE_MS, () -> scratch.navigate(url,
                        new Page.NavigateOptions().setTimeout(options.pageTimeout().toMillis()).setWaitUntil(WaitUntilState.LOAD)));
            } catch (PlaywrightException e) {
                // headless Chromium downloads a PDF served as an attachment instead of showing it
                return String.valueOf(e.getMessage()).contains("Download is starting") ? load(scratch, url) : Optional.empty();
            }
            if (response == null) {
                return Optional.empty();
            }
            String type = mediaType(bounded.call(() -> response.headerValue("content-type"), null));
            if (!FetchedDocument.isHtml(type)) {
                // the bytes of a document the browser hands to a viewer are not in the response; load them
                return load(scratch, url);
            }
            bounded.call(() -> {
                scratch.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(2500));
                return null;
            }, null);
            String rendered = bounded.call(scratch::content, null);
            if (rendered == null) {
                return Optional.empty();
            }
            byte[] body = bounded.call(response::body, new byte[0]);
            String finalUrl = bounded.call(scratch::url, url);
            return Optional.of(new FetchedDocument(url, finalUrl, response.status(), type, body, rendered));
        } finally {
            bounded.call(() -> {
                scratch.close();
                return null;
            }, null);
            forgetCookiesSince(jarBefore);
        }
    }

    /** The bytes of {@code url}, loaded by the browser for the scratch page's frame. */
    private Optional<FetchedDocument> load(Page scratch, String url) {
        return bounded.call(() -> {
            CDPSession cdp = context.newCDPSession(scratch);
            try {
                JsonObject tree = cdp.send("Page.getFrameTree");
                String frameId = tree.getAsJsonObject("frameTree").getAsJsonObject("frame").get("id").getAsString();
                JsonObject params = new JsonObject();
                params.addProperty("frameId", frameId);
                params.addProperty("url", url);
                JsonObject loadOptions = new JsonObject();
                loadOptions.addProperty("disableCache", false);
                loadOptions.addProperty("includeCredentials", true);
                params.add("options", loadOptions);
                JsonObject resource = cdp.send("Network.loadNetworkResource", params).getAsJsonObject("resource");
                if (!resource.get("success").getAsBoolean()) {
                    return Optional.<FetchedDocument>empty();
                }
                int status = resource.has("httpStatusCode") ? resource.get("httpStatusCode").getAsInt() : 200;
                String type = "";
                if (resource.has("headers")) {
                    JsonObject headers = resource.getAsJsonObject("headers");
                    for (String name : headers.keySet()) {
                        if (name.equalsIgnoreCase("content-type")) {
                            type = mediaType(headers.get(name).getAsString());
                        }
                    }
                }
                byte[] body = resource.has("stream") ? read(cdp, resource.get("stream").getAsString()) : new byte[0];
                return Optional.of(new FetchedDocument(url, url, status, type, body, null));
            } finally {
                cdp.detach();
            }
        }, Optional.empty());
    }

    private static byte[] read(CDPSession cdp, String handle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonObject params = new JsonObject();
        params.addProperty("handle", handle);
        params.addProperty("size", 1 << 20);
        try {
            while (out.size() < MAX_BYTES) {
                JsonObject chunk = cdp.send("IO.read", params);
                String data = chunk.get("data").getAsString();
                byte[] bytes = chunk.has("base64Encoded") && chunk.get("base64Encoded").getAsBoolean()
                        ? Base64.getDecoder().decode(data) : data.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                out.write(bytes, 0, bytes.length);
                if (chunk.has("eof") && chunk.get("eof").getAsBoolean()) {
                    break;
                }
            }
        } finally {
            JsonObject close = new JsonObject();
            close.addProperty("handle", handle);
            cdp.send("IO.close", close);
        }
        return out.toByteArray();
    }

    private Set<String> cookieKeys() {
        return bounded.call(() -> context.cookies().stream().map(ScratchDocuments::jarKey).collect(Collectors.toSet()), Set.of());
    }

    private static String jarKey(Cookie c) {
        return c.name + "|" + c.domain + "|" + c.path;
    }

    private void forgetCookiesSince(Set<String> before) {
        for (Cookie c : bounded.call(context::cookies, List.<Cookie>of())) {
            if (!before.contains(jarKey(c))) {
                bounded.call(() -> {
                    context.clearCookies(new BrowserContext.ClearCookiesOptions().setName(c.name).setDomain(c.domain).setPath(c.path));
                    return null;
                }, null);
            }
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi >= 0 ? contentType.substring(0, semi) : contentType).trim().toLowerCase(Locale.ROOT);
    }
}
