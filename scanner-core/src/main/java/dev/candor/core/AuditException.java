package dev.candor.core;

/**
 * The audit could not run or could not finish. The message is one line that names the problem and
 * the fix; {@link #exitCode()} is the documented CLI exit code.
 */
public final class AuditException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why, and the exit code each maps to. */
    public enum Kind {
        /** Bad request or configuration: exit 2. */
        USAGE(2),
        /** The audit could not be completed (no browser, site unreachable, interrupted): exit 3. */
        INCOMPLETE(3);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    private final Kind kind;
    private final transient AuditOutcome partial;

    public AuditException(Kind kind, String message, AuditOutcome partial, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.partial = partial;
    }

    public Kind kind() {
        return kind;
    }

    public int exitCode() {
        return kind.exitCode;
    }

    /** What was recorded and written before the audit stopped, or null when nothing was. */
    public AuditOutcome partial() {
        return partial;
    }
}
