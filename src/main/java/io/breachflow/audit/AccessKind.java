package io.breachflow.audit;

/**
 * What kind of personal data a read or export touched. The mass-access alarm gates by kind: after an alarm
 * for a user's register exports, that user's further exports wait for a second person, while the alarm for
 * another kind is raised separately (and at once, since the window's count is already above the threshold).
 */
public enum AccessKind {
    REGISTER_EXPORT,
    EVIDENCE,
    COHORT_ROWS,
    COHORT_REJECTS,
    PERSON_LOOKUP,
    MAILBOX,
    OUTBOX,
    LETTER
}
