package io.breachflow.audit;

import java.time.Instant;

/**
 * The mass-access alarm went off for {@code actor}: too many people's records in the window
 * ({@link Reason#THRESHOLD}, which gates further reads of {@code kind}), access outside working hours, or
 * from an address the user was never seen at. Carries counts and codes, never the data read.
 */
public record AccessAlarmRaised(long alarmId, String actor, Reason reason, AccessKind kind, long peopleInWindow,
        Long threshold, Instant raisedAt) {

    /** Why the alarm went off. */
    public enum Reason {
        THRESHOLD,
        UNUSUAL_HOUR,
        NEW_ADDRESS
    }
}
