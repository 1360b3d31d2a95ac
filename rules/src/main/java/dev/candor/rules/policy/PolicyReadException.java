package dev.candor.rules.policy;

/**
 * The policy file could not be read from disk (missing, not a regular file, permission denied,
 * I/O error). Content problems never throw: they come back as a {@code PolicyAnalysis} with a
 * status and a problem line. The message is one line in the user's terms.
 */
public final class PolicyReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public PolicyReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
