package io.breachflow.regimes;

import java.time.OffsetDateTime;

/**
 * When an obligation is due. {@code dueAt} is the latest on-time instant the law fixes; it is null
 * where the law names no time ("without undue delay") or where the anchor has not happened yet, and
 * then {@code targetAt} carries the organisation's internal target and {@code awaiting} names the
 * missing anchor, so a missing date is never silently read as "no hurry".
 */
public record Deadline(OffsetDateTime dueAt, OffsetDateTime targetAt, String awaiting) {

    public static Deadline due(OffsetDateTime dueAt) {
        return new Deadline(dueAt, null, null);
    }

    public static Deadline target(OffsetDateTime targetAt) {
        return new Deadline(null, targetAt, null);
    }

    public static Deadline awaiting(String anchor, OffsetDateTime targetAt) {
        return new Deadline(null, targetAt, anchor);
    }

    /** The instant to sort and escalate by: the legal deadline, else the internal target. */
    public OffsetDateTime effective() {
        return dueAt != null ? dueAt : targetAt;
    }
}
