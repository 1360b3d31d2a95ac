package dev.candor.cli;

import dev.candor.core.AuditListener;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.PageOutcome;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import dev.candor.report.ConsoleSummary;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows progress: one line rewritten in place on a terminal, plain log lines elsewhere (CI logs,
 * pipes), so long audits are never silent and logs stay readable. The accept and reject phases
 * report at the same time: each line names its phase, and every call is synchronised (the Auditor
 * serialises them too), so the live line is rewritten whole, never garbled.
 */
final class TerminalProgress implements AuditListener {

    private final PrintStream out;
    private final boolean live;
    private final long started = System.nanoTime();
    private int planned;

    TerminalProgress(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
    }

    @Override
    public synchronized void phaseStarted(Phase phase, int plannedPages) {
        planned = plannedPages;
        endLiveLine();
        out.printf(Locale.ROOT, "%s phase %s%s%n", stamp(), phase.id(),
                plannedPages == 0 ? " (finding pages)" : " (" + (plannedPages + 1) + " visits)");
    }

    @Override
    public synchronized void pageVisited(Phase phase, int index, PageVisit visit) {
        String status = visit.outcome() == PageOutcome.LOADED ? "" : " " + visit.outcome().id().toUpperCase(Locale.ROOT);
        String total = planned == 0 ? "" : "/" + (planned + 1);
        String line = String.format(Locale.ROOT, "%s   %s page %d%s %s (%d ms)%s", stamp(), phase.id(), index, total,
                ConsoleSummary.clean(visit.url()), visit.loadMs(), status);
        if (live && visit.outcome() == PageOutcome.LOADED) {
            out.print("\r\033[2K" + line);
            out.flush();
        } else {
            endLiveLine();
            out.println(line);
        }
    }

    @Override
    public synchronized void consentDone(Phase phase, ConsentAttempt a) {
        endLiveLine();
        out.printf(Locale.ROOT, "%s   %s: %s %s via %s (%s)%s%n", stamp(), phase.id(), a.action().id(),
                a.done() ? "done" : "NOT done", a.method(), a.cmp() == null ? "no banner" : ConsoleSummary.clean(a.cmp()),
                a.detail() == null ? "" : ": " + ConsoleSummary.clean(a.detail()));
    }

    @Override
    public synchronized void note(String message) {
        endLiveLine();
        out.println(stamp() + " " + ConsoleSummary.safe(message));
    }

    private void endLiveLine() {
        if (live) {
            out.print("\r\033[2K");
            out.flush();
        }
    }

    private String stamp() {
        long ms = (System.nanoTime() - started) / 1_000_000;
        return String.format(Locale.ROOT, "[%5.1fs]", ms / 1000.0);
    }
}
