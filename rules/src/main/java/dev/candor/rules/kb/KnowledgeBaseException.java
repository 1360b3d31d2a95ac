package dev.candor.rules.kb;

/** A knowledge-base file cannot be used; the message names the file, the problem and the fix in one line. */
public final class KnowledgeBaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KnowledgeBaseException(String message) {
        super(message);
    }
}
