package dev.candor.scan.browser;

import com.microsoft.playwright.BrowserContext;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    private static final String RECORDER_JS = BrowserScripts.load("recorder.js");
    private static final String TCF_PROBE_JS = BrowserScripts.load("tcf-probe.js");

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
    private final DevToolsChannel.Recorders recorders;
    private final FrameContents contents;
    private Page page;
    private DevToolsChannel channel;
    private boolean crashed;
    private List<String> events = new ArrayList<>();
    private Instant startedAt;
    private long visitStartMs;
    private final ConsentObservations banner;
    private PhaseRecord record;
    private FetchedDocument startPage;
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
        this.recorders = new DevToolsChannel.Recorders(cookies, requests, storage, tcf, network);
        this.contents = new FrameContents(storage, frames, this::quietly);
        this.banner = new ConsentObservations(phase, consentHook, this::quietly);
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
        channel.beginVisit();
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
            links = contents.links(page);
            if (visitIndex == 0 && phase == Phase.BEFORE_CONSENT && outcome == PageOutcome.LOADED) {
                keepStartPage(url, finalUrl, status);
            }
            contents.read(page, url);
            channel.measureImages(watchdog, readLimitMs());
            tcf.onProbe(quietly(() -> page.evaluate(TCF_PROBE_JS), null), url, visitIndex, visitStartMs, clock.millis());
            banner.lookForWithdrawal(page, url);
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
        channel.readJar(watchdog, readLimitMs(), url, visitIndex, visitStartMs);
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
        return banner.bannerVisible(page);
    }

    @Override
    public void measureBanner(Path screenshotDir) {
        banner.measureBanner(page, screenshotDir);
    }

    @Override
    public ConsentAttempt consent(ConsentAction action, Path screenshotDir) {
        ConsentAttempt attempt;
        // the driver counts atMs from this call, not from the visit: the first page's load came before it
        long driveStartMs = clock.millis();
        try {
            attempt = banner.withNotice(watchdog.bound(consentLimitMs(), () -> consentHook.drive(page, action, screenshotDir)), page);
        } catch (PlaywrightException e) {
            attempt = new ConsentAttempt(action, null, "none", false, false, 0, null, null, null, null,
                    watchdog.fired() ? "the page stopped answering while Candor looked for its banner"
                            : "the page failed while Candor looked for its banner: " + ProfileLauncher.firstLine(e.getMessage()),
                    dev.candor.model.ConsentFailure.ERROR);
        }
        // the record counts atMs from the start of the visit, as the consent moment below does
        attempt = attempt.shiftedBy(driveStartMs - visitStartMs);
        if (crashed || watchdog.fired()) {
            watchdog.reset();
            recoverPage();
        }
        banner.attempted(attempt, page);
        if (attempt.done()) {
            markConsent(attempt.atMs() != null
                    ? Instant.ofEpochMilli(visitStartMs + attempt.atMs()) : Instant.now(clock));
        }
        return attempt;
    }

    @Override
    public Optional<String> fetchText(String url) {
        return fetchDocument(url).filter(d -> d.status() < 400)
                .map(d -> new String(d.body(), StandardCharsets.UTF_8));
    }

    @Override
    public Optional<FetchedDocument> fetchDocument(String url) {
        return new ScratchDocuments(context, options, watchdog, this::quietly).fetch(url);
    }

    @Override
    public Optional<FetchedDocument> startPage() {
        return Optional.ofNullable(startPage);
    }

    /** The start page's DOM as rendered (banner included), so the policy step need not load it again. */
    private void keepStartPage(String url, String finalUrl, Integer status) {
        String html = quietly(() -> page.content(), null);
        if (html != null) {
            startPage = new FetchedDocument(url, finalUrl == null ? url : finalUrl, status == null ? 200 : status, "text/html",
                    html.getBytes(StandardCharsets.UTF_8), html);
        }
    }

    @Override
    public PhaseRecord finish() {
        if (record == null) {
            record = new PhaseRecord(phase, startedAt == null ? Instant.now(clock) : startedAt, banner.attempt(),
                    banner.bannerSeen(), visits, cookies.observations(), requests.observations(), storage.observations(),
                    frames.observations(), tcf.signals(), banner.design(), banner.withdrawal());
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
        BrowserTempDir.deleteTree(profileDir);
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
        // each event is logged in the visit under way: the list is replaced per visit
        channel = DevToolsChannel.open(context, page, recorders, binding, line -> events.add(line), clock);
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
}
