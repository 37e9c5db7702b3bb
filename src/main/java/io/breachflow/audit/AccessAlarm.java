package io.breachflow.audit;

import io.breachflow.audit.AccessAlarmRaised.Reason;
import java.time.Instant;

/** One raised alarm as the DPO's dashboard lists it; open until {@code clearedAt} is set. */
public record AccessAlarm(long id, Instant raisedAt, String actor, Reason reason, AccessKind kind,
        long peopleInWindow, Long threshold, String clientAddress, String clearedBy, Instant clearedAt) {

    public boolean open() {
        return clearedAt == null;
    }

    /** Whether this alarm gates further reads (only threshold alarms do). */
    public boolean gates() {
        return reason == Reason.THRESHOLD;
    }
}
