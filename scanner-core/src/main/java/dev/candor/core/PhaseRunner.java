package dev.candor.core;

import dev.candor.model.Phase;
import dev.candor.scan.Browser;
import dev.candor.scan.PagePlan;
import dev.candor.scan.PhaseSession;
import dev.candor.scan.ScanException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the three phases of one audit. Before-consent comes first on the calling thread: it fixes
 * the page plan the other two visit, and its profile reads the policy. Then, unless the request is
 * {@linkplain AuditRequest#sequential() sequential}, after-accept and after-reject run at the same
 * time, each with its own Chromium process and profile: after-accept starts at once on a thread of
 * its own, while the calling thread reads the policy and then runs after-reject; they share nothing but the plan (fixed by then), the listener (serialised by
 * the {@link Auditor}) and the {@link AuditProgress} (synchronised), so each phase records what it
 * would have recorded alone.
 *
 * <p>With {@linkplain AuditRequest#gpc() Global Privacy Control} a fourth phase, {@link Phase#GPC},
 * visits the same pages clicking nothing; it runs after after-accept on that phase's thread (or last,
 * when sequential), so there are still at most two browsers at a time.
 */
final class PhaseRunner {

    private static final List<Phase> AFTER_CONSENT = List.of(Phase.AFTER_ACCEPT, Phase.AFTER_REJECT);

    private final AuditListener listener;
    private final PolicyStep policyStep;

    PhaseRunner(AuditListener listener, PolicyStep policyStep) {
        this.listener = listener;
        this.policyStep = policyStep;
    }

    void runAll(Browser browser, AuditProgress progress, Path out) throws ScanException {
        try {
            runPhases(browser, progress, out);
        } finally {
            // the Ctrl-C hook removes the profiles only once no phase can start a browser any more
            progress.phasesEnded = true;
        }
    }

    private void runPhases(Browser browser, AuditProgress progress, Path out) throws ScanException {
        AuditRequest request = progress.request;
        boolean sequential = request.sequential() || !MemoryBudget.roomForConcurrentPhases();
        if (sequential && !request.sequential()) {
            listener.note("little memory available: the after-consent phases run one after another");
        }
        if (sequential) {
            try (PhaseSession before = runBefore(browser, progress, out)) {
                readPolicy(before, progress);
            }
            for (Phase phase : AFTER_CONSENT) {
                runAfter(browser, phase, progress, out);
            }
            if (request.gpc()) {
                runGpc(browser, progress, out);
            }
            return;
        }
        if (request.allPhasesAtOnce()) {
            runAllAtOnce(browser, progress, out);
            return;
        }
        ExecutorService pool = phaseThreads(1);
        try {
            Future<?> accept = null;
            List<Throwable> failures = new ArrayList<>();
            try {
                try (PhaseSession before = runBefore(browser, progress, out)) {
                    accept = pool.submit(() -> {
                        runAcceptThenGpc(browser, progress, out);
                        return null;
                    });
                    readPolicy(before, progress);
                }
                // reject on this thread once the before-consent Chromium is closed: two Chromium
                // processes and two Playwright drivers at a time, not three of each
                runAfter(browser, Phase.AFTER_REJECT, progress, out);
            } catch (ScanException | RuntimeException | Error e) {
                failures.add(e);
            }
            // every phase ends before the audit does, even when another failed: each is evidence
            if (accept != null) {
                await(accept, failures);
            }
            if (!failures.isEmpty()) {
                throw rethrow(failures.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * All three phases at once: after-accept (then gpc) and after-reject start with before-consent,
     * each on a thread and Chromium of its own, and walk the page plan as before-consent chooses it.
     * Three browsers and drivers at a time: fastest, and the most memory.
     */
    private void runAllAtOnce(Browser browser, AuditProgress progress, Path out) throws ScanException {
        ExecutorService pool = phaseThreads(2);
        List<Future<?>> others = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        try {
            others.add(pool.submit(() -> {
                runAcceptThenGpc(browser, progress, out);
                return null;
            }));
            others.add(pool.submit(() -> {
                runAfter(browser, Phase.AFTER_REJECT, progress, out);
                return null;
            }));
            try (PhaseSession before = runBefore(browser, progress, out)) {
                readPolicy(before, progress);
            } catch (ScanException | RuntimeException | Error e) {
                failures.add(e);
            }
            for (Future<?> other : others) {
                await(other, failures);
            }
            if (!failures.isEmpty()) {
                throw rethrow(failures.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** After-accept, then (with Global Privacy Control) the gpc phase on the same thread and driver. */
    private void runAcceptThenGpc(Browser browser, AuditProgress progress, Path out) throws ScanException {
        try {
            runAfter(browser, Phase.AFTER_ACCEPT, progress, out);
        } finally {
            // after a failed accept too: each phase is evidence of its own
            if (progress.request.gpc()) {
                runGpc(browser, progress, out);
            }
        }
    }

    /** Threads for phases besides the calling thread's. */
    private static ExecutorService phaseThreads(int count) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "candor-phase-" + n.incrementAndGet());
            // a stuck phase must not keep the JVM alive once the audit has given up on it
            t.setDaemon(true);
            return t;
        });
    }

    /** Waits for a phase on another thread; every phase ends before the audit does, even when another failed. */
    private static void await(Future<?> phase, List<Throwable> failures) {
        try {
            phase.get();
        } catch (ExecutionException e) {
            failures.add(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(new IllegalStateException("interrupted while the phases ran", e));
        }
    }

    private static ScanException rethrow(Throwable t) throws ScanException {
        if (t instanceof ScanException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    /** Runs before-consent and returns its session, stopped recording but open for reading the policy. */
    private PhaseSession runBefore(Browser browser, AuditProgress progress, Path out) throws ScanException {
        Phase phase = Phase.BEFORE_CONSENT;
        listener.phaseStarted(phase, 0);
        PhaseSession session;
        try {
            session = browser.open(phase);
        } catch (ScanException | RuntimeException | Error e) {
            progress.plan.abandon();
            throw e;
        }
        try {
            try {
                discover(session, progress, phase, out);
            } catch (ScanException | RuntimeException failed) {
                // the failed visit is evidence too: its requests and cookies go into the record, also when
                // the driver failed mid-page (a timeout under load) rather than the site
                keepWhatWasRecorded(session, progress, failed);
                throw failed;
            }
            progress.plan.end();
            progress.add(session.finish());
            // a record killed mid-audit must not claim to be complete
            progress.writeInProgress(out);
            return session;
        } catch (ScanException | RuntimeException | Error e) {
            progress.plan.abandon();
            session.close();
            throw e;
        }
    }

    private static void keepWhatWasRecorded(PhaseSession session, AuditProgress progress, Exception cause) {
        try {
            progress.add(session.finish());
        } catch (RuntimeException browserGone) {
            // the browser died with the page: nothing more can be read from it
            cause.addSuppressed(browserGone);
        }
    }

    private void readPolicy(PhaseSession before, AuditProgress progress) {
        if (progress.policy == null) {
            // read with the before-consent profile after recording stopped, so the policy page is not evidence
            listener.note("reading the privacy policy");
            progress.policy = policyStep.fetchAndRead(before, progress.request.policy(), progress.target);
            progress.policy.problems().forEach(p -> listener.note("policy: " + p));
        }
    }

    private void runAfter(Browser browser, Phase phase, AuditProgress progress, Path out) throws ScanException {
        if (progress.interrupted) {
            return; // Ctrl-C: the hook is writing the record and removing the profiles; start no browser
        }
        listener.phaseStarted(phase, planned(progress));
        try (PhaseSession session = browser.open(phase)) {
            PhaseSession.PageResult first = session.visit(progress.target);
            listener.pageVisited(phase, 1, first.visit());
            listener.consentDone(phase, session.consent(phase.action(), out));
            // after consent, every planned page again, the start page included, each as soon as
            // before-consent has chosen it when the phases run at once
            int index = 1;
            for (String page = nextPage(progress, 0); page != null; page = nextPage(progress, index - 1)) {
                listener.pageVisited(phase, ++index, session.visit(page).visit());
            }
            if (progress.plan.abandoned() || progress.interrupted) {
                // before-consent failed with the start page (one after the other, this phase would not
                // have run), or Ctrl-C: the hook has written what was complete
                return;
            }
            progress.add(session.finish());
        }
        progress.writeInProgress(out);
    }

    /** The gpc phase: a new visitor sending Global Privacy Control visits the planned pages and clicks nothing. */
    private void runGpc(Browser browser, AuditProgress progress, Path out) throws ScanException {
        if (progress.interrupted) {
            return;
        }
        listener.phaseStarted(Phase.GPC, planned(progress));
        try (PhaseSession session = browser.open(Phase.GPC)) {
            int index = 0;
            for (String page = nextPage(progress, 0); page != null; page = nextPage(progress, index)) {
                listener.pageVisited(Phase.GPC, ++index, session.visit(page).visit());
                if (index == 1) {
                    // whether a banner shows with GPC on, recorded as before-consent records it
                    session.bannerVisible();
                }
            }
            if (progress.plan.abandoned() || progress.interrupted) {
                return;
            }
            progress.add(session.finish());
        }
        progress.writeInProgress(out);
    }

    /** The pages a later phase will visit, or 0 while before-consent is still choosing them. */
    private static int planned(AuditProgress progress) {
        return progress.plan.ended() ? progress.plan.size() : 0;
    }

    /** The plan's {@code index}-th page, once chosen; null after the last one, or when the audit is stopping. */
    private static String nextPage(AuditProgress progress, int index) {
        if (progress.interrupted) {
            return null;
        }
        try {
            return progress.plan.await(index);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void discover(PhaseSession session, AuditProgress progress, Phase phase, Path out) throws ScanException {
        AuditRequest request = progress.request;
        PagePlan plan = new PagePlan(progress.target, progress.party, request.maxPages());
        String first = plan.next().orElseThrow();
        PhaseSession.PageResult start = session.visit(first);
        listener.pageVisited(phase, 1, start.visit());
        progress.plan.add(first);
        StartPage.requireReachable(start.visit());
        // what a new visitor is shown before doing anything: recorded in the phase as bannerSeen
        if (session.bannerVisible()) {
            session.measureBanner(out);
        }
        plan.landedOn(start.visit().finalUrl());
        plan.offer(start.links());
        if (request.maxPages() > 1) {
            session.fetchText(PagePlan.normalise(request.target().resolve("/sitemap.xml").toString()).orElseThrow())
                    .ifPresent(plan::offerSitemap);
        }
        int index = 1;
        for (String url = plan.next().orElse(null); url != null; url = plan.next().orElse(null)) {
            PhaseSession.PageResult result = session.visit(url);
            listener.pageVisited(phase, ++index, result.visit());
            progress.plan.add(url);
            plan.landedOn(result.visit().finalUrl());
            plan.offer(result.links());
        }
    }
}
