package io.breachflow.notices;

/** Where a re-notice stands, read from its letter version and its later run. */
public enum RenoticeState {
    /** The corrected letter waits for legal. */
    AWAITING_APPROVAL,
    /** Legal rejected the corrected letter; a new re-notice may be asked for. */
    NOT_APPROVED,
    /** Approved; the later run is being created. */
    STARTING,
    /** The later run is sending. */
    SENDING,
    /** The later run finished (or was cancelled). */
    FINISHED
}
