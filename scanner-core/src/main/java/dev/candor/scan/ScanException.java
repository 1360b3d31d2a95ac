package dev.candor.scan;

/**
 * A scan could not go on. The message is one line for the user: the problem and the fix.
 */
public final class ScanException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the scan stopped; each maps to a documented exit code in the adapters. */
    public enum Kind {
        /** No usable browser was found. */
        BROWSER_MISSING,
        /** The browser would not start or died. */
        BROWSER_FAILED,
        /** The start page could not be loaded: DNS, connection, TLS, HTTP error, redirect loop, not HTML. */
        SITE_UNREACHABLE,
        /** The user stopped it. */
        INTERRUPTED
    }

    private final Kind kind;

    public ScanException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ScanException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
