package dev.candor.rules.catalogue;

/** Configuration names a rule id the catalogue does not have; the message is one line with the known ids. */
public final class UnknownRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownRuleException(String message) {
        super(message);
    }
}
