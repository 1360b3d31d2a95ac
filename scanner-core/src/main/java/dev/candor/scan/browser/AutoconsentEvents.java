package dev.candor.scan.browser;

import com.microsoft.playwright.Frame;

/**
 * What autoconsent reported for the current document of one page. Reset whenever the main frame sends
 * {@code init}, that is on every new document. Written from binding callbacks, read by the thread
 * that drives the page; both are the same thread in Playwright for Java, the locking is for safety.
 */
final class AutoconsentEvents {

    private String documentUrl;
    private String detectedCmp;
    private String popupCmp;
    private Frame popupFrame;
    private String resultType;
    private Boolean result;
    private String doneCmp;
    private int doneClicks = -1;
    private boolean done;
    private String error;
    private boolean answered;
    /** Detection passes autoconsent has started on the main document, and on any frame the last time one started. */
    private int mainAttempts;
    private long lastAttemptNanos;
    private boolean mainNothingDetected;
    private final java.util.Map<String, Integer> attemptsByInstance = new java.util.HashMap<>();

    synchronized void newDocument(String url) {
        documentUrl = url;
        detectedCmp = null;
        popupCmp = null;
        popupFrame = null;
        result = null;
        resultType = null;
        doneCmp = null;
        doneClicks = -1;
        done = false;
        error = null;
        answered = false;
        mainAttempts = 0;
        mainNothingDetected = false;
        attemptsByInstance.clear();
    }

    /**
     * A {@code report} of one autoconsent instance (one per frame document): how many detection passes
     * it has started and where it is. A new pass starts 500 ms after the previous one and, from the
     * third on, only after the document changed, so passes that stop coming mean the document is still.
     */
    synchronized void report(String instance, boolean mainFrame, int attempts, String lifecycle, long nowNanos) {
        Integer before = attemptsByInstance.put(instance, attempts);
        if (before == null || attempts > before) {
            lastAttemptNanos = nowNanos;
        }
        if (mainFrame) {
            mainAttempts = Math.max(mainAttempts, attempts);
            mainNothingDetected |= "nothingDetected".equals(lifecycle);
        }
    }

    /**
     * Autoconsent has looked at the main document at least twice, recognised no consent manager in
     * any frame, and started no pass for {@code quietMs}: it knows no CMP on the document as it stands.
     */
    synchronized boolean nothingRecognised(long quietMs, long nowNanos) {
        if (detectedCmp != null || popupFrame != null) {
            return false;
        }
        return mainNothingDetected || mainAttempts >= 2 && nowNanos - lastAttemptNanos >= quietMs * 1_000_000L;
    }

    synchronized void cmpDetected(String cmp) {
        if (detectedCmp == null) {
            detectedCmp = cmp;
        }
    }

    synchronized void popupFound(String cmp, Frame frame) {
        if (popupFrame == null) {
            popupCmp = cmp;
            popupFrame = frame;
        }
    }

    /** Forgets earlier results before a new action is sent. */
    synchronized void expect(String type) {
        resultType = type;
        result = null;
        done = false;
        doneClicks = -1;
        doneCmp = null;
    }

    synchronized void result(String type, boolean value) {
        if (type.equals(resultType)) {
            result = value;
        }
    }

    synchronized void done(String cmp, int totalClicks) {
        done = true;
        doneCmp = cmp;
        doneClicks = totalClicks;
    }

    synchronized void error(String details) {
        error = details;
    }

    synchronized void answered() {
        answered = true;
    }

    synchronized String documentUrl() {
        return documentUrl;
    }

    synchronized String detectedCmp() {
        return detectedCmp;
    }

    synchronized String popupCmp() {
        return popupCmp;
    }

    synchronized Frame popupFrame() {
        return popupFrame;
    }

    /** A popup was found on this document and nobody has answered it yet. */
    synchronized boolean popupPending() {
        return popupFrame != null && !answered;
    }

    synchronized Boolean result() {
        return result;
    }

    synchronized boolean done() {
        return done;
    }

    synchronized int doneClicks() {
        return doneClicks;
    }

    synchronized String error() {
        return error;
    }
}
