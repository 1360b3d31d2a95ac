package dev.candor.core;

import dev.candor.model.ConsentAttempt;
import dev.candor.model.PageVisit;
import dev.candor.model.Phase;

/** Progress of an audit, for a terminal or a log. Called on the auditing thread; keep it quick. */
public interface AuditListener {

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
