package io.breachflow.filings;

/** The evidence locker refused a request; {@link #reason()} says why, so the API can answer precisely. */
public class EvidenceRefusedException extends RuntimeException {

    /** Why a request was refused. */
    public enum Reason {
        NOT_FOUND,
        TOO_LARGE,
        INVALID,
        EMPTY_PACKAGE
    }

    private final Reason reason;
    private final String field;

    public EvidenceRefusedException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
