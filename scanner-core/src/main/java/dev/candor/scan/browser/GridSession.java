package dev.candor.scan.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.candor.core.settings.Setting;
import dev.candor.scan.ScanException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One WebDriver session on a Selenium Grid 4: a Chromium started by the Grid's node with the
 * capabilities asked for, reached through the Grid's CDP proxy ({@code se:cdp}). Ending it makes
 * the node quit that Chromium and delete its profile. Sessions still open when the JVM exits (a
 * Ctrl-C) are ended by a shutdown hook, so the node frees them at once rather than after its
 * session timeout.
 */
final class GridSession {

    /** Long enough for a Grid to queue the request while its slots are busy (its own default is 300 s). */
    static final Duration CREATE_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration END_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private static final Set<GridSession> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(GridSession::end), "candor-grid-sessions"));
    }

    /** The Grid's address as messages show it: without user and password. */
    private final URI grid;
    /** The {@code Authorization} header a Grid behind basic authentication needs, or null. */
    private final String authorization;
    private final String id;
    private final String cdpEndpoint;
    private final AtomicBoolean ended = new AtomicBoolean();

    private GridSession(URI grid, String authorization, String id, String cdpEndpoint) {
        this.grid = grid;
        this.authorization = authorization;
        this.id = id;
        this.cdpEndpoint = cdpEndpoint;
    }

    /**
     * Asks the Grid for a session with {@code capabilities} (W3C {@code alwaysMatch}).
     *
     * @throws ScanException of kind {@link ScanException.Kind#BROWSER_FAILED} when the Grid does not
     *     answer, refuses the session, or gives no CDP endpoint
     */
    static GridSession create(URI address, JsonObject capabilities) throws ScanException {
        URI grid = shown(address);
        String authorization = authorization(address);
        JsonObject body = new JsonObject();
        JsonObject caps = new JsonObject();
        caps.add("alwaysMatch", capabilities);
        body.add("capabilities", caps);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(grid, "session"))
                .timeout(CREATE_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "no Selenium Grid answers at " + grid + " (" + describe(e)
                    + "); start one, or check " + Setting.GRID.ref(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanException(ScanException.Kind.INTERRUPTED, "interrupted while waiting for a session from the Selenium Grid at " + grid, e);
        }
        JsonObject value = value(response.body());
        if (response.statusCode() != 200 || value == null || !value.has("sessionId")) {
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "the Selenium Grid at " + grid + " refused a Chromium session ("
                    + refusal(response.statusCode(), value) + "); check that it has a Chrome node with chromedriver free");
        }
        String id = value.get("sessionId").getAsString();
        JsonElement cdp = value.has("capabilities") ? value.getAsJsonObject("capabilities").get("se:cdp") : null;
        GridSession session = new GridSession(grid, authorization, id, cdp == null || cdp.isJsonNull() ? null : reachable(grid, cdp.getAsString()));
        OPEN.add(session);
        if (session.cdpEndpoint == null) {
            session.end();
            throw new ScanException(ScanException.Kind.BROWSER_FAILED, "the Selenium Grid at " + grid
                    + " gave no CDP endpoint (se:cdp) for its session; Candor records through CDP and needs Selenium Grid 4 with Chromium nodes");
        }
        return session;
    }

    /** The Grid's WebSocket proxy to this Chromium's DevTools. */
    String cdpEndpoint() {
        return cdpEndpoint;
    }

    /** The headers that proxy needs: the Grid's basic authentication, if it has one. */
    java.util.Map<String, String> cdpHeaders() {
        return authorization == null ? java.util.Map.of() : java.util.Map.of("Authorization", authorization);
    }

    /** {@code grid} without its user and password, as messages and the record show it. */
    static URI shown(URI grid) {
        return dev.candor.scan.WebAddress.withoutUserInfo(grid);
    }

    /** Basic authentication from the address's {@code user:password@}, or null without one. */
    static String authorization(URI grid) {
        String info = grid.getUserInfo();
        return info == null ? null
                : "Basic " + java.util.Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the session on the Grid; safe to call more than once and from any thread; never throws. */
    void end() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        OPEN.remove(this);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(grid, "session/" + id)).timeout(END_TIMEOUT).DELETE();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // the Grid ends it after its session timeout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code path} below the Grid's address, whether or not it ends in a slash. */
    static URI endpoint(URI grid, String path) {
        String base = grid.toString();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }

    /**
     * The CDP address as the Grid gives it, with a loopback host replaced by the Grid's own: a Grid
     * that does not know its public name announces itself as localhost.
     */
    static String reachable(URI grid, String cdp) {
        URI u = URI.create(cdp);
        String host = u.getHost();
        if (host == null || !(host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1"))) {
            return cdp;
        }
        return u.getScheme() + "://" + grid.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + u.getRawPath();
    }

    private static JsonObject value(String body) {
        try {
            JsonElement e = JsonParser.parseString(body == null ? "" : body);
            if (e.isJsonObject() && e.getAsJsonObject().get("value") instanceof JsonObject v) {
                return v;
            }
        } catch (JsonParseException | IllegalStateException notJson) {
            // a proxy's error page
        }
        return null;
    }

    /** The Grid's first line of why, or the HTTP status when it said nothing readable. */
    private static String refusal(int status, JsonObject value) {
        if (value != null && value.has("message") && value.get("message").isJsonPrimitive()) {
            return ProfileLauncher.firstLine(value.get("message").getAsString());
        }
        return "HTTP " + status;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return m == null || m.isBlank() ? kind : kind + ": " + ProfileLauncher.firstLine(m);
    }
}
