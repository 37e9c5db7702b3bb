package io.breachflow.notices;

/**
 * A run refused because its letter is not a version legal approved: it names no version, the version is
 * not approved, or the template, version or content hash it names is not the approved one (or the files
 * no longer hash to it). Nothing was created and nothing sent; the refusal is published as
 * {@link NoticeRunRefused} with the user who tried. The message names ids, states and hashes, never
 * personal data.
 */
public class LetterNotApprovedException extends IllegalStateException {

    /** Why the letter was refused; the audit trail records the code. */
    public enum Reason {
        NO_VERSION, UNKNOWN_VERSION, NOT_APPROVED, TEMPLATE_MISMATCH, VERSION_MISMATCH, HASH_MISMATCH, FILES_CHANGED,
        /** A scope revision changed the facts the approved version was written from before it was sent. */
        SUPERSEDED
    }

    private final Reason reason;

    LetterNotApprovedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
