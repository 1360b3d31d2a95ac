package dev.candor.model;

/** A saved record cannot be read; the message is one line that names the file, the problem and the fix. */
public final class CorruptRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CorruptRecordException(String message) {
        super(message);
    }
}
