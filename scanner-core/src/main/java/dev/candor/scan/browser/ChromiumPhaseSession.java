package dev.candor.scan.browser;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import dev.candor.model.ConsentAction;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import dev.candor.model.PhaseRecord;
import dev.candor.scan.BrowserOptions;
import dev.candor.scan.PhaseSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One phase in its own fresh Chromium profile, with one page that every visit reuses. Records
 * through a CDP session on that page (requests, raw {@code Set-Cookie} headers with blocked cookies),
 * an init script in every frame (script cookie and storage writes, reported through a binding) and,
 * at the end of each visit, the jar, each frame's storage and the embedded frames.
 *
 * <p>The consent moment: {@link #consent} marks it when the attempt is done; a caller driving consent
 * another way calls {@link #markConsent()}. Requests from then on carry {@code sinceConsentMs}.
 */
public final class ChromiumPhaseSession implements PhaseSession {

    /** How long a loaded page may take to go network-idle before it is recorded anyway. */
    static final long SETTLE_MS = 2_500;

    /** How long an aborted navigation may take to turn out to be a crash. */
    static final long CRASH_GRACE_MS = 1_000;

    private static final String BINDING = "__candorRecord";
    private static final String RECORDER_JS = resource("recorder.js");
    private static final String SNAPSHOT_JS = resource("snapshot.js").replaceAll("(?m)^//.*\n", "");
    private static final String LINKS_JS = "() => Array.from(document.querySelectorAll('a[href]'), a => a.href)";

    private final Phase phase;
    private final BrowserContext context;
    private final Path profileDir;
    private final BrowserOptions options;
    private final ConsentHook consentHook;
    private final Clock clock = Clock.systemUTC();
    private final CookieRecorder cookies;
    private final RequestRecorder requests;
    private final StorageRecorder storage;
    private final FrameRecorder frames;
    private final List<PageVisit> visits = new ArrayList<>();
    private final Map<String, JsonObject> earlyExtraInfo = new LinkedHashMap<>();
    private Page page;
    private CDPSession cdp;
    private boolean crashed;
    private List<String> events = new ArrayList<>();
    private Instant startedAt;
    private long visitStartMs;
    private ConsentAttempt consentAttempt;
    private boolean bannerSeen;
    private PhaseRecord record;
    private boolean closed;

    private ChromiumPhaseSession(Phase phase, BrowserContext context, Path profileDir, BrowserOptions options,
            ConsentHook consentHook) {
        this.phase = phase;
        this.context = context;
        this.profileDir = profileDir;
        this.options = options;
        this.consentHook = consentHook;
        this.cookies = new CookieRecorder(options.party(), options.redactValues());
        this.requests = new RequestRecorder(options.party());
        this.storage = new StorageRecorder(options.party());
        this.frames = new FrameRecorder(options.party());
    }

    static ChromiumPhaseSession start(Phase phase, BrowserContext context, Path profileDir, BrowserOptions options,
            ConsentHook consentHook) {
        ChromiumPhaseSession s = new ChromiumPhaseSession(phase, context, profileDir, options, consentHook);
        try {
            context.exposeBinding(BINDING, (source, args) -> {
                if (source.page() == s.page && args.length == 1 && args[0] instanceof String json) {
                    s.onBinding(json);
                }
                return null;
            });
            context.addInitScript(RECORDER_JS);
            // the seam for consent driving: its init scripts and bindings go in before any navigation
            consentHook.install(context);
            s.attach(context.pages().isEmpty() ? context.newPage() : context.pages().get(0));
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** The page every visit uses (for consent driving in this package). */
    Page page() {
        return page;
    }

    /** Marks now as the consent moment of this phase. */
    public void markConsent() {
        markConsent(Instant.now(clock));
    }

    /** Marks {@code at} as the consent moment: requests, cookies and storage writes from then on carry {@code sinceConsentMs}. */
    public void markConsent(Instant at) {
        requests.markConsent(at.toEpochMilli());
        cookies.markConsent(at.toEpochMilli());
        storage.markConsent(at.toEpochMilli());
    }

    @Override
    public PageResult visit(String url) {
        if (record != null) {
            throw new IllegalStateException("the phase is finished");
        }
        if (crashed) {
            recoverPage();
        }
        visitStartMs = clock.millis();
        if (startedAt == null) {
            startedAt = Instant.ofEpochMilli(visitStartMs);
        }
        events = new ArrayList<>();
        earlyExtraInfo.clear();
        // the index this visit will have in the phase's pages, so observations name their visit
        int visitIndex = visits.size();
        cookies.beginVisit(url, visitStartMs, visitIndex);
        requests.beginVisit(url, visitStartMs, visitIndex);
        storage.beginVisit(url, visitStartMs, visitIndex);

        PageOutcome outcome = PageOutcome.LOADED;
        String detail = null;
        Integer status = null;
        try {
            Response response = page.navigate(url, new Page.NavigateOptions()
                    .setTimeout(options.pageTimeout().toMillis()).setWaitUntil(WaitUntilState.LOAD));
            if (response != null) {
                status = response.status();
                String type = Optional.ofNullable(response.headerValue("content-type")).orElse("");
                if (!type.toLowerCase(Locale.ROOT).contains("html")) {
                    outcome = PageOutcome.FAILED;
                    detail = "not an HTML document: " + (type.isEmpty() ? "no content type" : type);
                }
            }
            if (outcome == PageOutcome.LOADED) {
                settle();
            }
        } catch (TimeoutError e) {
            outcome = PageOutcome.TIMEOUT;
            detail = "no load event within " + options.pageTimeout().toMillis() + " ms";
        } catch (PlaywrightException e) {
            if (!crashed && String.valueOf(e.getMessage()).contains("ERR_ABORTED")) {
                // a renderer crash can surface first as an aborted navigation; its crash event follows
                awaitCrash();
            }
            outcome = crashed ? PageOutcome.CRASHED : PageOutcome.FAILED;
            detail = crashed ? "the renderer crashed" : ProfileLauncher.firstLine(e.getMessage());
        }
        if (crashed) {
            outcome = PageOutcome.CRASHED;
            detail = "the renderer crashed";
        }

        String finalUrl = null;
        String title = null;
        List<String> links = List.of();
        if (!crashed) {
            finalUrl = quietly(() -> page.url(), null);
            title = quietly(() -> page.title(), null);
            links = quietly(this::links, List.of());
            readDocuments(url);
            measureImages();
        }
        if (crashed) {
            // a new page in the same profile, so the next visit works and keeps recording
            recoverPage();
        }
        readJar();
        if (finalUrl != null && (finalUrl.isEmpty() || finalUrl.startsWith("about:") || finalUrl.startsWith("chrome-error:"))) {
            finalUrl = null;
        }
        long loadMs = clock.millis() - visitStartMs;
        PageVisit visit = new PageVisit(url, finalUrl, title == null || title.isEmpty() ? null : title, status,
                outcome, detail, loadMs, events);
        visits.add(visit);
        return new PageResult(visit, links);
    }

    @Override
    public boolean bannerVisible() {
        boolean visible = quietly(() -> consentHook.bannerVisible(page), false)
                || consentHook != ConsentHook.NONE && NoticeProbe.find(page).isPresent();
        if (visible && consentAttempt == null) {
            bannerSeen = true;
        }
        return visible;
    }

    @Override
    public ConsentAttempt consent(ConsentAction action, Path screenshotDir) {
        ConsentAttempt attempt = withNotice(consentHook.drive(page, action, screenshotDir));
        consentAttempt = attempt;
        if (attempt.bannerDetected()) {
            bannerSeen = true;
        }
        if (attempt.done()) {
            markConsent(attempt.atMs() != null
                    ? Instant.ofEpochMilli(visitStartMs + attempt.atMs()) : Instant.now(clock));
        }
        return attempt;
    }

    /**
     * When no consent control was recognised, a notice found by what it says still counts as a
     * banner. With at most one control it cannot offer both choices, so the missing one is missing
     * ({@code no-control}); with more, Candor only failed to read them ({@code error}).
     */
    private ConsentAttempt withNotice(ConsentAttempt a) {
        if (a.bannerDetected() || a.done() || consentHook == ConsentHook.NONE) {
            return a;
        }
        Optional<NoticeProbe.Notice> notice = NoticeProbe.find(page);
        if (notice.isEmpty()) {
            return a;
        }
        NoticeProbe.Notice n = notice.get();
        String detail = "a cookie notice was found (\"" + n.text() + "\") with controls " + n.controls() + "; none is a "
                + a.action().id() + " control Candor recognises";
        return new ConsentAttempt(a.action(), "custom", "text-match", true, false, 0, null, "notice found by its text",
                a.screenshot(), a.atMs(), detail,
                n.controls().size() <= 1 ? dev.candor.model.ConsentFailure.NO_CONTROL : dev.candor.model.ConsentFailure.ERROR);
    }

    @Override
    public Optional<String> fetchText(String url) {
        return fetchDocument(url).filter(d -> d.status() < 400)
                .map(d -> new String(d.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public Optional<FetchedDocument> fetchDocument(String url) {
        // a scratch page, so the request goes through the browser's network stack (host mapping,
        // TLS settings, the profile's cookies) without being recorded as the site's own traffic;
        // cookies it sets are removed again, since no visitor fetches sitemap.xml
        java.util.Set<String> jarBefore = cookieKeys();
        Page scratch = null;
        try {
            scratch = context.newPage();
            Response response;
            try {
                response = scratch.navigate(url, new Page.NavigateOptions()
                        .setTimeout(options.pageTimeout().toMillis()).setWaitUntil(WaitUntilState.LOAD));
            } catch (PlaywrightException e) {
                if (String.valueOf(e.getMessage()).contains("Download is starting")) {
                    // headless Chromium downloads PDFs instead of showing them; fetch the bytes instead
                    // (through Playwright's request API, which does not apply --host-resolver-rules)
                    return fetchBytes(url);
                }
                return Optional.empty();
            }
            if (response == null) {
                return Optional.empty();
            }
            String type = mediaType(response.headerValue("content-type"));
            String rendered = null;
            if (FetchedDocument.isHtml(type)) {
                Page p = scratch;
                quietlyRun(() -> p.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(2500)));
                rendered = scratch.content();
            }
            byte[] body = quietly(response::body, new byte[0]);
            return Optional.of(new FetchedDocument(url, scratch.url(), response.status(), type, body, rendered));
        } catch (PlaywrightException e) {
            return Optional.empty();
        } finally {
            if (scratch != null) {
                Page p = scratch;
                quietlyRun(() -> p.close());
            }
            forgetCookiesSince(jarBefore);
        }
    }

    private java.util.Set<String> cookieKeys() {
        return quietly(() -> context.cookies().stream().map(ChromiumPhaseSession::jarKey)
                .collect(java.util.stream.Collectors.toSet()), java.util.Set.of());
    }

    private static String jarKey(com.microsoft.playwright.options.Cookie c) {
        return c.name + "|" + c.domain + "|" + c.path;
    }

    private void forgetCookiesSince(java.util.Set<String> before) {
        for (com.microsoft.playwright.options.Cookie c : quietly(context::cookies, List.<com.microsoft.playwright.options.Cookie>of())) {
            if (!before.contains(jarKey(c))) {
                quietlyRun(() -> context.clearCookies(new BrowserContext.ClearCookiesOptions()
                        .setName(c.name).setDomain(c.domain).setPath(c.path)));
            }
        }
    }

    private Optional<FetchedDocument> fetchBytes(String url) {
        try {
            com.microsoft.playwright.APIResponse r = context.request().get(url,
                    com.microsoft.playwright.options.RequestOptions.create().setTimeout(options.pageTimeout().toMillis()));
            return Optional.of(new FetchedDocument(url, r.url(), r.status(), mediaType(r.headers().get("content-type")), r.body(), null));
        } catch (PlaywrightException e) {
            return Optional.empty();
        }
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi >= 0 ? contentType.substring(0, semi) : contentType).trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public PhaseRecord finish() {
        if (record == null) {
            record = new PhaseRecord(phase, startedAt == null ? Instant.now(clock) : startedAt, consentAttempt,
                    bannerSeen, visits, cookies.observations(), requests.observations(), storage.observations(),
                    frames.observations());
        }
        return record;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            context.close();
        } catch (PlaywrightException ignored) {
            // the browser is gone already
        }
        deleteTree(profileDir);
    }

    private void attach(Page fresh) {
        page = fresh;
        crashed = false;
        page.onCrash(p -> crashed = true);
        page.onDialog(d -> {
            events.add("dialog: " + d.type() + ": " + d.message());
            quietlyRun(() -> d.dismiss());
        });
        page.onPopup(p -> {
            events.add("popup: " + p.url());
            quietlyRun(() -> p.close());
        });
        page.onDownload(d -> {
            events.add("download: " + d.url());
            quietlyRun(() -> d.cancel());
        });
        cdp = context.newCDPSession(page);
        cdp.on("Network.requestWillBeSent", p -> {
            requests.onRequestWillBeSent(p, clock.millis());
            JsonObject early = earlyExtraInfo.remove(p.get("requestId").getAsString());
            if (early != null) {
                onExtraInfo(early);
            }
        });
        cdp.on("Network.responseReceived", requests::onResponseReceived);
        cdp.on("Network.loadingFinished", requests::onLoadingFinished);
        cdp.on("Network.loadingFailed", requests::onLoadingFailed);
        cdp.on("Network.responseReceivedExtraInfo", this::onExtraInfo);
        cdp.send("Network.enable");
    }

    private void recoverPage() {
        Page old = page;
        // no CDPSession.detach(): on a crashed target it never answers; closing the page drops it
        quietlyRun(() -> old.close());
        attach(context.newPage());
    }

    private void awaitCrash() {
        try {
            page.waitForCondition(() -> crashed, new Page.WaitForConditionOptions().setTimeout(CRASH_GRACE_MS));
        } catch (PlaywrightException notCrashed) {
            // an ordinary abort (a download, a 204): FAILED stands
        }
    }

    private void settle() {
        try {
            page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(SETTLE_MS));
        } catch (TimeoutError e) {
            // a page that never goes quiet (analytics polling, long-poll) is recorded as it is
        }
    }

    private void onBinding(String json) {
        JsonObject m = JsonParser.parseString(json).getAsJsonObject();
        String type = m.get("type").getAsString();
        String url = m.get("url").getAsString();
        String script = m.has("script") && !m.get("script").isJsonNull() ? m.get("script").getAsString() : null;
        long at = m.get("at").getAsLong();
        if (type.equals("cookie")) {
            cookies.onScriptWrite(m.get("text").getAsString(), url, script, at);
        } else if (type.equals("storage")) {
            storage.onWrite(m.get("area").getAsString(), url, m.get("key").getAsString(), script, at);
        }
    }

    private void onExtraInfo(JsonObject p) {
        String requestId = p.get("requestId").getAsString();
        String url = requests.urlOf(requestId);
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
        cookies.onResponse(url, lines, blocked, received, now);
    }

    private List<String> links() {
        Object raw = page.evaluate(LINKS_JS);
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
    private void readDocuments(String pageUrl) {
        for (Frame frame : quietly(() -> page.frames(), List.<Frame>of())) {
            String frameUrl = quietly(frame::url, "");
            if (frame != page.mainFrame()) {
                frames.onFrame("iframe", frameUrl, pageUrl);
            }
            if (!(frameUrl.startsWith("http://") || frameUrl.startsWith("https://"))) {
                continue;
            }
            Object json = quietly(() -> frame.evaluate(SNAPSHOT_JS), null);
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

    /** Reads the size of small images from their bodies, for pixel detection. */
    private void measureImages() {
        for (String id : requests.imagesToMeasure()) {
            int[] size = null;
            try {
                JsonObject params = new JsonObject();
                params.addProperty("requestId", id);
                JsonObject body = cdp.send("Network.getResponseBody", params);
                if (body.get("base64Encoded").getAsBoolean()) {
                    size = BeaconClassifier.imageSize(Base64.getDecoder().decode(body.get("body").getAsString()));
                }
            } catch (PlaywrightException | IllegalArgumentException e) {
                // evicted or never kept: the size heuristics decide without it
            }
            requests.onImageSize(id, size);
        }
    }

    /** The jar as stored, through CDP (Playwright's own cookie list turns a missing SameSite into Lax). */
    private void readJar() {
        try {
            JsonObject all = cdp.send("Storage.getCookies");
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
            cookies.onJar(jar);
        } catch (PlaywrightException e) {
            // the page's session died with its renderer; the next visit reads the jar again
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

    /** Runs {@code call}, ignoring Playwright's complaint when the page or browser is already gone. */
    private static void quietlyRun(Runnable call) {
        quietly(() -> {
            call.run();
            return null;
        }, null);
    }

    private static <T> T quietly(java.util.function.Supplier<T> call, T fallback) {
        try {
            return call.get();
        } catch (PlaywrightException e) {
            return fallback;
        }
    }

    private static String resource(String name) {
        try (InputStream in = ChromiumPhaseSession.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + ChromiumPhaseSession.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a profile directory; best effort, the caller deletes the whole work directory afterwards. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Chromium may still be writing; the work directory is deleted later
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // same
        }
    }
}
