package dev.candor.core;

import dev.candor.model.ConsentAttempt;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;

/**
 * Progress of an audit, for a terminal or a log; keep it quick. The accept and reject phases run
 * on their own threads, so their calls interleave; the {@link Auditor} passes them through
 * {@link #serialised}, so an implementation never sees two calls at once.
 */
public interface AuditListener {

    /** {@code listener} with its calls made one at a time, whichever thread they come from. */
    static AuditListener serialised(AuditListener listener) {
        Object lock = new Object();
        return new AuditListener() {
            @Override
            public void phaseStarted(Phase phase, int plannedPages) {
                synchronized (lock) {
                    listener.phaseStarted(phase, plannedPages);
                }
            }

            @Override
            public void pageVisited(Phase phase, int index, PageVisit visit) {
                synchronized (lock) {
                    listener.pageVisited(phase, index, visit);
                }
            }

            @Override
            public void consentDone(Phase phase, ConsentAttempt attempt) {
                synchronized (lock) {
                    listener.consentDone(phase, attempt);
                }
            }

            @Override
            public void note(String message) {
                synchronized (lock) {
                    listener.note(message);
                }
            }
        };
    }

    /** Nothing is reported. */
    AuditListener SILENT = new AuditListener() {};

    /** A phase starts; {@code plannedPages} is 0 while the plan is still being discovered. */
    default void phaseStarted(Phase phase, int plannedPages) {}

    /** A page visit ended. {@code index} counts from 1. */
    default void pageVisited(Phase phase, int index, PageVisit visit) {}

    /** A consent action ended. */
    default void consentDone(Phase phase, ConsentAttempt attempt) {}

    /** Something worth a line: a warning or a step. */
    default void note(String message) {}
}
