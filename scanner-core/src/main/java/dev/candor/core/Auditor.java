package dev.candor.core;

import dev.candor.core.settings.Wording;
import dev.candor.model.Completion;
import dev.candor.model.Phase;
import dev.candor.model.policy.PolicyAnalysis;
import dev.candor.model.policy.PolicyEvidence;
import dev.candor.rules.Evaluator;
import dev.candor.scan.Browser;
import dev.candor.scan.BrowserLauncher;
import dev.candor.scan.BrowserOptions;
import dev.candor.scan.ChromiumLocator;
import dev.candor.scan.PagePlan;
import dev.candor.scan.PhaseSession;
import dev.candor.scan.ScanException;
import dev.candor.scan.SiteParty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Runs an audit: visits the site in the three consent scenarios, each in a fresh profile, over
 * the same pages (after-accept and after-reject at the same time unless asked for one after the
 * other, see {@link PhaseRunner}), writes {@code record.json} after every phase (so an audit that
 * ends early still leaves its evidence) and {@code policy.json} once the policy is read, then judges that evidence
 * and writes {@code report.json} (see {@link AuditFolder}).
 *
 * <p>While {@link #run} is under way a JVM shutdown hook is registered, so Ctrl-C writes what was
 * recorded up to the last finished phase and marks the record incomplete.
 */
public final class Auditor {

    /** Candor's version, from the build. */
    public static final String VERSION = readVersion();

    private final BrowserLauncher launcher;
    private final ChromiumLocator locator;
    private final Clock clock;
    private final AuditListener listener;
    private final PolicyStep policyStep = new PolicyStep();

    /**
     * @param launcher starts the browser
     * @param locator finds the browser binary
     * @param clock the time source for the record
     * @param listener receives progress
     */
    public Auditor(BrowserLauncher launcher, ChromiumLocator locator, Clock clock, AuditListener listener) {
        this.launcher = launcher;
        this.locator = locator;
        this.clock = clock;
        // the accept and reject phases report from their own threads; listeners need not be thread-safe
        this.listener = AuditListener.serialised(listener);
    }

    /**
     * Runs the audit.
     *
     * @throws AuditException when the audit cannot start or cannot finish; its
     *     {@link AuditException#partial()} holds whatever was written
     */
    public AuditOutcome run(AuditRequest request) throws AuditException {
        // a broken knowledge base or an unknown rule id fails in a second, not after minutes of browsing
        Judge judge = Judge.prepare(request.judging());
        try (OutputFolder folder = OutputFolder.open(request.outputDir())) {
            return run(request, folder, judge);
        }
    }

    private AuditOutcome run(AuditRequest request, OutputFolder folder, Judge judge) throws AuditException {
        Path chromium = null;
        try {
            // a Grid's nodes bring their own Chromium
            if (request.grid() == null) {
                chromium = locator.locate(request.chromium());
            }
        } catch (ScanException e) {
            throw new AuditException(AuditException.Kind.INCOMPLETE, e.getMessage(), null, e);
        }
        String target = PagePlan.normalise(request.target().toString())
                .orElseThrow(() -> new AuditException(AuditException.Kind.USAGE, "not an http(s) URL: " + request.target(), null, null));
        SiteParty party = new SiteParty(request.target().getHost(), request.ownerDomains());
        AuditProgress progress = new AuditProgress(request, target, party, clock.instant(), judge, clock);
        if (request.policy() != null && !AuditRequest.isUrl(request.policy())) {
            progress.policy = policyStep.readFile(request.policy());
        }
        folder.removeOldScreenshots();
        return run(request, folder.dir(), folder.newWorkDir(), chromium, target, party, progress);
    }

    private AuditOutcome run(AuditRequest request, Path out, Path workDir, Path chromium, String target, SiteParty party,
            AuditProgress progress) throws AuditException {
        Thread hook = new Thread(() -> {
            progress.interrupted = true;
            progress.writeInterrupted(out);
            listener.note("interrupted: what was recorded is in " + out.resolve(AuditFolder.RECORD));
            // the main thread's finally never runs once the JVM halts: stop the browser (our own child
            // processes, which would otherwise write their session files on exit) and remove its profiles
            // phases run on two threads, so a browser may start after a first sweep: sweep until the
            // profiles are gone (or a few seconds have passed)
            for (int sweep = 0; sweep < 50 && (Files.exists(workDir) || !progress.phasesEnded); sweep++) {
                List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
                children.forEach(ProcessHandle::destroyForcibly);
                for (ProcessHandle child : children) {
                    try {
                        child.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception stillRunning) {
                        // best effort; the record is already written
                    }
                }
                deleteTree(workDir);
                if (Files.exists(workDir) || !progress.phasesEnded) {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }, "candor-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            BrowserOptions options = new BrowserOptions(chromium, request.browserArgs(), request.insecure(), request.userAgent(),
                    request.viewport(), request.pageTimeout(), request.redactValues(), party, workDir, request.locale(),
                    request.device(), request.grid());
            try (Browser browser = launcher.launch(options)) {
                progress.chromiumVersion = browser.version();
                new PhaseRunner(listener, policyStep).runAll(browser, progress, out);
            }
            // every phase ran; pages a phase could not record make the audit incomplete, and say so
            AuditOutcome outcome = progress.write(out, Coverage.of(progress.phases()), clock.instant(), true);
            listener.note("wrote " + outcome.recordFile() + " and " + outcome.reportFile());
            return outcome;
        } catch (ScanException e) {
            awaitShutdownIfInterrupted(progress);
            AuditOutcome partial = progress.write(out, Completion.stopped(Wording.BOTH.render(e.getMessage())), clock.instant(), true);
            throw new AuditException(AuditException.Kind.INCOMPLETE, e.getMessage(), partial, e);
        } catch (RuntimeException | Error e) {
            awaitShutdownIfInterrupted(progress);
            // the browser died under us, Ctrl-C killed it, or the site drove the driver into an Error
            // (a stack overflow): whatever it was, the evidence recorded so far is written
            String reason = "audit stopped: " + oneLine(e);
            AuditOutcome partial = progress.write(out, Completion.stopped(reason), clock.instant(), true);
            throw new AuditException(AuditException.Kind.INCOMPLETE, reason, partial, e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running; it writes the record
            }
            deleteTree(workDir);
        }
    }

    /**
     * Reads one policy without auditing a site: a file directly, a URL rendered in the browser
     * described by {@code browser} (whose target and output directory are not used for output;
     * the browser profile lives in a temporary directory that is deleted afterwards).
     *
     * @throws AuditException USAGE for a missing file; INCOMPLETE when no browser can be started
     */
    public PolicyAnalysis readPolicy(String source, AuditRequest browser) throws AuditException {
        Evaluator evaluator = Judge.prepare(browser == null ? Judging.defaults() : browser.judging()).evaluator();
        return evaluator.reader().analyse(readPolicyEvidence(source, browser));
    }

    /**
     * Judges a saved audit folder again, offline, and writes its {@code report.json}.
     *
     * @param dir the folder a {@code candor audit} wrote
     * @param out where to write the report (usually {@code dir})
     * @param policy another policy (file or URL) to judge against, or null for the saved {@code policy.json}
     * @param browser the browser a policy URL is rendered with; its target is not used
     * @throws AuditException USAGE for a missing folder, a corrupt record or bad judging options
     */
    public AuditOutcome evaluate(Path dir, Path out, String policy, Judging judging, AuditRequest browser) throws AuditException {
        return SavedAudit.judge(dir.toAbsolutePath().normalize(), out.toAbsolutePath().normalize(), policy, judging, browser,
                java.time.LocalDate.now(clock),
                this::readPolicyEvidence);
    }

    /**
     * The baseline file's text for a judged folder (audit or source scan): today's findings by fingerprint.
     *
     * @throws AuditException USAGE when the folder has no readable report.json
     */
    public String baseline(Path dir) throws AuditException {
        return SavedAudit.baseline(dir.toAbsolutePath().normalize());
    }

    /**
     * Scans a project's HTML and template files for tracking tags, without a browser (unless the
     * policy to compare with is a URL), and writes {@code sources.json} and the reports.
     *
     * @throws AuditException USAGE for a missing folder or bad judging files; INCOMPLETE when a
     *     folder cannot be read
     */
    public AuditOutcome scanSources(SourceScanRequest request) throws AuditException {
        return SourceAudit.run(request, clock, this::readPolicyEvidence);
    }

    /** Extracts one policy (a file, or a URL rendered in a browser as {@link #readPolicy} does) without analysing it. */
    PolicyEvidence readPolicyEvidence(String source, AuditRequest browser) throws AuditException {
        if (!AuditRequest.isUrl(source)) {
            return policyStep.readFile(source);
        }
        Path workDir;
        try {
            workDir = Files.createTempDirectory("candor-policy");
        } catch (IOException e) {
            throw new AuditException(AuditException.Kind.INCOMPLETE, "cannot create a temporary browser profile: " + oneLine(e), null, e);
        }
        try {
            Path chromium = locator.locate(browser.chromium());
            URI uri = dev.candor.scan.WebAddress.parse(source).orElseThrow(() -> new AuditException(AuditException.Kind.USAGE,
                    "'" + source + "' is not a valid URL; give one like https://www.example.com/privacy", null, null));
            BrowserOptions options = new BrowserOptions(chromium, browser.browserArgs(), browser.insecure(), browser.userAgent(),
                    browser.viewport(), browser.pageTimeout(), true, new SiteParty(uri.getHost(), List.of()), workDir,
                    browser.locale(), browser.device(), null); // a policy is read by a local Chromium, even for a Grid audit
            try (Browser b = launcher.launch(options); PhaseSession session = b.open(Phase.BEFORE_CONSENT)) {
                session.finish();
                return policyStep.fetchAndRead(session, source, source);
            }
        } catch (ScanException e) {
            throw new AuditException(AuditException.Kind.INCOMPLETE, e.getMessage(), null, e);
        } catch (RuntimeException | Error e) {
            // what the site served drove the browser or the reader into a failure: one line, not a trace
            throw new AuditException(AuditException.Kind.INCOMPLETE, "policy could not be read: " + oneLine(e), null, e);
        } finally {
            deleteTree(workDir);
        }
    }

    /**
     * Once Ctrl-C started the shutdown hook, the browser dies under the main thread, and what fails
     * then is a consequence, not news: the hook writes the record and the JVM exits, so this thread
     * waits for that instead of reporting a bogus failure.
     */
    private static void awaitShutdownIfInterrupted(AuditProgress progress) {
        while (progress.interrupted) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl >= 0 ? m.substring(0, nl) : m).trim();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a profile left behind is untidy, not wrong
        }
    }

    private static String readVersion() {
        try (InputStream in = Auditor.class.getResourceAsStream("/dev/candor/core/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
