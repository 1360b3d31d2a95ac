package dev.candor.maven;

import dev.candor.core.AuditListener;
import dev.candor.model.ConsentAttempt;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;
import org.apache.maven.plugin.logging.Log;

/** Audit progress as plain lines in the Maven log. */
final class LogListener implements AuditListener {

    private final Log log;

    LogListener(Log log) {
        this.log = log;
    }

    @Override
    public void phaseStarted(Phase phase, int plannedPages) {
        log.info("Candor: phase " + phase.id() + (plannedPages == 0 ? ", discovering pages" : ", " + plannedPages + " pages"));
    }

    @Override
    public void pageVisited(Phase phase, int index, PageVisit visit) {
        String status = visit.status() == null ? "" : " HTTP " + visit.status();
        String detail = visit.detail() == null ? "" : " (" + visit.detail() + ")";
        log.info("Candor:   " + index + ". " + visit.url() + " " + visit.outcome().id() + status + " in " + visit.loadMs()
                + " ms" + detail);
    }

    @Override
    public void consentDone(Phase phase, ConsentAttempt attempt) {
        String line = "Candor:   consent " + attempt.action().id() + ": "
                + (attempt.done() ? "done" : attempt.bannerDetected() ? "not done" : "no banner found")
                + " via " + attempt.method() + (attempt.cmp() == null ? "" : " (" + attempt.cmp() + ")")
                + (attempt.detail() == null ? "" : "; " + attempt.detail());
        if (attempt.done()) {
            log.info(line);
        } else {
            log.warn(line);
        }
    }

    @Override
    public void note(String message) {
        log.info("Candor: " + message);
    }
}
