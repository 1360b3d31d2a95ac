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

    /**
     * Network idle: nothing in flight for this long. A tracker that a page starts within this window
     * after load (a timer, an idle callback) is recorded; it is the window Playwright's own
     * {@code networkidle} used, so records stay what they were.
     */
    static final long QUIET_MS = 500;

    /** How long an aborted navigation may take to turn out to be a crash. */
    static final long CRASH_GRACE_MS = 1_000;

    private static final String RECORDER_JS = resource("recorder.js");
    private static final String SNAPSHOT_JS = resource("snapshot.js").replaceAll("(?m)^//.*\n", "");
    private static final String TCF_PROBE_JS = resource("tcf-probe.js").replaceAll("(?m)^//.*\n", "");
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
    private final TcfRecorder tcf;
    private final NetworkQuiet network = new NetworkQuiet();
    private final List<PageVisit> visits = new ArrayList<>();
    /** Random per phase, so a page cannot guess the binding before the hooks take it off window. */
    private final String binding = "b" + java.util.UUID.randomUUID().toString().replace("-", "");
    private final Map<String, JsonObject> earlyExtraInfo = new LinkedHashMap<>();
    private Page page;
    private CDPSession cdp;
    private boolean crashed;
    private List<String> events = new ArrayList<>();
    private Instant startedAt;
    private long visitStartMs;
    private ConsentAttempt consentAttempt;
    private boolean bannerSeen;
    private dev.candor.model.BannerDesign bannerDesign;
    private dev.candor.model.WithdrawalOption withdrawal;
    private WithdrawalProbe withdrawalProbe;
    private PhaseRecord record;
    private boolean closed;
    private boolean browserGone;
    private boolean closedCleanly;
    private final Watchdog watchdog;
    /** Frees the browser once its context is closed: a Grid session's end; nothing for a local one. */
    private final Runnable release;

    private ChromiumPhaseSession(Phase phase, BrowserContext context, Path profileDir, BrowserOptions options,
            ConsentHook consentHook, Runnable release) {
        this.phase = phase;
        this.context = context;
        this.profileDir = profileDir;
        this.options = options;
        this.consentHook = consentHook;
        this.cookies = new CookieRecorder(options.party(), options.redactValues());
        this.requests = new RequestRecorder(options.party());
        this.storage = new StorageRecorder(options.party());
        this.frames = new FrameRecorder(options.party());
        this.tcf = new TcfRecorder(options.redactValues());
        this.release = release;
        this.watchdog = new Watchdog(profileDir, release);
    }

    /**
     * Starts recording in a new context; {@code release} frees its browser once the context is
     * closed (and the watchdog stops): a Grid session's end, nothing for a local profile.
     */
    static ChromiumPhaseSession start(Phase phase, BrowserContext context, Path profileDir, BrowserOptions options,
            ConsentHook consentHook, Runnable release) {
        ChromiumPhaseSession s = new ChromiumPhaseSession(phase, context, profileDir, options, consentHook, release);
        try {
            // a CDP binding, not Playwright's exposeBinding: its calls arrive as events that need no
            // answer, so a page writing thousands of cookies cannot nest reply round-trips in the driver
            context.addInitScript(RECORDER_JS.replace("__BINDING__", s.binding));
            if (phase == Phase.GPC) {
                GpcSignal.install(context);
            }
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
        tcf.markConsent(at.toEpochMilli());
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
        network.reset(visitStartMs);
        watchdog.reset();
        // the index this visit will have in the phase's pages, so observations name their visit
        int visitIndex = visits.size();
        cookies.beginVisit(url, visitStartMs, visitIndex);
        requests.beginVisit(url, visitStartMs, visitIndex);
        storage.beginVisit(url, visitStartMs, visitIndex);
        if (browserGone) {
            return lost(url, PageOutcome.FAILED, "the browser of this phase stopped answering earlier", null);
        }

        PageOutcome outcome = PageOutcome.LOADED;
        String detail = null;
        Integer status = null;
        try {
            Response response = watchdog.bound(options.pageTimeout().toMillis() + Watchdog.GRACE_MS, () -> page.navigate(url,
                    new Page.NavigateOptions().setTimeout(options.pageTimeout().toMillis()).setWaitUntil(WaitUntilState.LOAD)));
            if (response != null) {
                status = response.status();
                String type = Optional.ofNullable(quietly(() -> response.headerValue("content-type"), null)).orElse("");
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
            if (!crashed && !watchdog.fired() && String.valueOf(e.getMessage()).contains("ERR_ABORTED")) {
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
        // a page that timed out is still loading or still running its script: reading it would block
        if (!crashed && outcome != PageOutcome.TIMEOUT && !watchdog.fired()) {
            finalUrl = quietly(() -> page.url(), null);
            title = quietly(() -> page.title(), null);
            links = quietly(this::links, List.of());
            readDocuments(url);
            measureImages();
            tcf.onProbe(quietly(() -> page.evaluate(TCF_PROBE_JS), null), url, visitIndex, visitStartMs, clock.millis());
            lookForWithdrawal(url);
        }
        if (watchdog.fired()) {
            outcome = PageOutcome.TIMEOUT;
            detail = "the page stopped answering (a script that never ends, or a server that never answers) within "
                    + readLimitMs() + " ms";
            finalUrl = null;
            title = null;
            links = List.of();
        }
        if (crashed || outcome == PageOutcome.TIMEOUT) {
            // a new page in the same profile, so the next visit works and keeps recording
            recoverPage();
        }
        readJar(url, visitIndex);
        return record(url, finalUrl, title, status, outcome, detail, links);
    }

    private PageResult lost(String url, PageOutcome outcome, String detail, Integer status) {
        return record(url, null, null, status, outcome, detail, List.of());
    }

    private PageResult record(String url, String finalUrl, String title, Integer status, PageOutcome outcome, String detail,
            List<String> links) {
        if (finalUrl != null && (finalUrl.isEmpty() || finalUrl.startsWith("about:") || finalUrl.startsWith("chrome-error:"))) {
            finalUrl = null;
        }
        long loadMs = clock.millis() - visitStartMs;
        PageVisit visit = new PageVisit(url, finalUrl, title == null || title.isEmpty() ? null : title, status,
                outcome, detail, loadMs, events);
        visits.add(visit);
        return new PageResult(visit, links);
    }

    /** The longest consent driving may take on one page: finding the banner, clicking, checking it took effect. */
    private long consentLimitMs() {
        return Math.max(60_000, 3 * options.pageTimeout().toMillis());
    }

    /** The longest any one read of a loaded page may take (a title, the links, a frame's storage). */
    private long readLimitMs() {
        return Math.max(5_000, options.pageTimeout().toMillis());
    }

    @Override
    public boolean bannerVisible() {
        boolean visible = quietly(() -> consentHook.bannerVisible(page), false)
                || consentHook != ConsentHook.NONE && quietly(() -> NoticeProbe.find(page), Optional.<NoticeProbe.Notice>empty()).isPresent();
        if (visible && consentAttempt == null) {
            bannerSeen = true;
        }
        return visible;
    }

    @Override
    public void measureBanner(Path screenshotDir) {
        if (bannerSeen && bannerDesign == null && consentAttempt == null) {
            bannerDesign = quietly(() -> consentHook.measureBanner(page, screenshotDir, "banner-view-" + phase.id()), null);
        }
    }

    /** After a verified accept, whether this page offers a way to reopen the choice; looked for until one is found. */
    private void lookForWithdrawal(String url) {
        if (phase != Phase.AFTER_ACCEPT || consentAttempt == null || !consentAttempt.done()
                || withdrawal != null && withdrawal.found() || consentHook == ConsentHook.NONE) {
            return;
        }
        if (withdrawalProbe == null) {
            withdrawalProbe = WithdrawalProbe.standard();
        }
        int checked = withdrawal == null ? 1 : withdrawal.pagesChecked() + 1;
        Optional<WithdrawalProbe.Found> found = quietly(() -> withdrawalProbe.find(page), Optional.<WithdrawalProbe.Found>empty());
        withdrawal = found.map(f -> new dev.candor.model.WithdrawalOption(true, f.kind(), f.text(), url, f.box(), checked))
                .orElseGet(() -> new dev.candor.model.WithdrawalOption(false, null, null, url, null, checked));
    }

    @Override
    public ConsentAttempt consent(ConsentAction action, Path screenshotDir) {
        ConsentAttempt attempt;
        try {
            attempt = withNotice(watchdog.bound(consentLimitMs(), () -> consentHook.drive(page, action, screenshotDir)));
        } catch (PlaywrightException e) {
            attempt = new ConsentAttempt(action, null, "none", false, false, 0, null, null, null, null,
                    watchdog.fired() ? "the page stopped answering while Candor looked for its banner"
                            : "the page failed while Candor looked for its banner: " + ProfileLauncher.firstLine(e.getMessage()),
                    dev.candor.model.ConsentFailure.ERROR);
        }
        if (crashed || watchdog.fired()) {
            watchdog.reset();
            recoverPage();
        }
        consentAttempt = attempt;
        dev.candor.model.BannerDesign measured = consentHook.measuredBanner(page);
        if (measured != null) {
            bannerDesign = measured;
        }
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
        Optional<NoticeProbe.Notice> notice = quietly(() -> NoticeProbe.find(page), Optional.empty());
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
        return new ScratchDocuments(context, options, watchdog, this::quietly).fetch(url);
    }

    @Override
    public PhaseRecord finish() {
        if (record == null) {
            record = new PhaseRecord(phase, startedAt == null ? Instant.now(clock) : startedAt, consentAttempt,
                    bannerSeen, visits, cookies.observations(), requests.observations(), storage.observations(),
                    frames.observations(), tcf.signals(), bannerDesign, withdrawal);
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
            watchdog.bound(readLimitMs(), () -> {
                context.close();
                return null;
            });
            closedCleanly = !browserGone && !watchdog.fired();
        } catch (PlaywrightException ignored) {
            // the browser is gone already
        }
        watchdog.close();
        release.run();
        deleteTree(profileDir);
    }

    /** Whether {@link #close()} closed the profile normally, so its Playwright driver holds nothing of it. */
    boolean closedCleanly() {
        return closedCleanly;
    }

    private void attach(Page fresh) {
        page = fresh;
        crashed = false;
        page.onCrash(p -> crashed = true);
        page.onDialog(d -> {
            events.add("dialog: " + d.type() + ": " + d.message());
            // dismissing "leave this page?" would cancel Candor's next navigation, and every later page with it
            quietlyRun("beforeunload".equals(d.type()) ? d::accept : d::dismiss);
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
            network.started(p.get("requestId").getAsString());
            requests.onRequestWillBeSent(p, clock.millis());
            JsonObject early = earlyExtraInfo.remove(p.get("requestId").getAsString());
            if (early != null) {
                onExtraInfo(early);
            }
        });
        cdp.on("Network.responseReceived", requests::onResponseReceived);
        cdp.on("Network.loadingFinished", p -> {
            network.ended(p.get("requestId").getAsString(), clock.millis());
            requests.onLoadingFinished(p);
        });
        cdp.on("Network.loadingFailed", p -> {
            network.ended(p.get("requestId").getAsString(), clock.millis());
            requests.onLoadingFailed(p);
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

    private void recoverPage() {
        Page old = page;
        // no CDPSession.detach(): on a crashed target it never answers; closing the page drops it
        quietlyRun(() -> old.close());
        try {
            attach(watchdog.bound(readLimitMs(), context::newPage));
        } catch (PlaywrightException e) {
            // the watchdog had to stop this phase's Chromium: the rest of the phase is lost, not the audit
            browserGone = true;
            crashed = false;
        }
    }

    private void awaitCrash() {
        try {
            page.waitForCondition(() -> crashed, new Page.WaitForConditionOptions().setTimeout(CRASH_GRACE_MS));
        } catch (PlaywrightException notCrashed) {
            // an ordinary abort (a download, a 204): FAILED stands
        }
    }

    /**
     * Waits for network idle as the page's CDP session measures it (see {@link #QUIET_MS}): it ends
     * as soon as the page is quiet, and at {@link #SETTLE_MS} for a page that never is (analytics
     * polling, a long poll), which is recorded as it is.
     */
    private void settle() {
        try {
            watchdog.bound(SETTLE_MS + Watchdog.GRACE_MS, () -> {
                page.waitForCondition(() -> network.quietFor(QUIET_MS, clock.millis()),
                        new Page.WaitForConditionOptions().setTimeout(SETTLE_MS));
                return null;
            });
        } catch (TimeoutError e) {
            // never quiet: recorded as it is
        }
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
            cookies.onScriptWrite(m.get("text").getAsString(), url, script, at);
        } else if (type.equals("storage")) {
            storage.onWrite(m.get("area").getAsString(), url, m.get("key").getAsString(), script, at);
        } else if (type.equals("overflow")) {
            events.add("recording: more than " + m.get("limit").getAsInt() + " script writes in " + url
                    + "; later writes were not recorded one by one (the jar and storage read at the end still were)");
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
                JsonObject body = watchdog.bound(readLimitMs(), () -> cdp.send("Network.getResponseBody", params));
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
    private void readJar(String url, int visitIndex) {
        try {
            JsonObject all = watchdog.bound(readLimitMs(), () -> cdp.send("Storage.getCookies"));
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
            tcf.onJar(jar, url, visitIndex, visitStartMs, clock.millis());
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
    private void quietlyRun(Runnable call) {
        quietly(() -> {
            call.run();
            return null;
        }, null);
    }

    /** Runs {@code call} within the read limit (see {@link Watchdog}); the fallback when it fails or had to be stopped. */
    private <T> T quietly(java.util.function.Supplier<T> call, T fallback) {
        try {
            return watchdog.bound(readLimitMs(), call);
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
