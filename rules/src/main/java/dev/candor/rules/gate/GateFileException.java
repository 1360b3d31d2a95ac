package dev.candor.rules.gate;

import java.nio.file.Path;

/**
 * A suppressions or baseline file cannot be used. The message names the file, the line and the
 * problem; adapters report it as a configuration error (exit 2, a Maven build error).
 */
public final class GateFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public GateFileException(Path file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** The line at fault, or 0 when the problem is the whole file. */
    public int line() {
        return line;
    }
}
