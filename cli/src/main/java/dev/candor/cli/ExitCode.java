package dev.candor.cli;

/** The documented exit codes of {@code candor}. */
public enum ExitCode {
    /** The audit ran to its end and no finding reached {@code --fail-on}. */
    PASSED(0),
    /** At least one finding at or above {@code --fail-on}. */
    FINDINGS(1),
    /** Usage or configuration error: bad URL, unknown option, bad value, unwritable output. */
    USAGE(2),
    /** The audit could not be completed: no browser, site unreachable, policy unreadable when required, interrupted. */
    INCOMPLETE(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
