package io.breachflow.regimes;

import java.time.OffsetDateTime;

/**
 * When an obligation is due. {@code dueAt} is the latest on-time instant the law fixes; it is null
 * where the law names no time ("without undue delay") or where the anchor has not happened yet, and
 * then {@code targetAt} carries the organisation's internal target and {@code awaiting} names the
 * missing anchor, so a missing date is never silently read as "no hurry".
 */
public record Deadline(OffsetDateTime dueAt, OffsetDateTime targetAt, String awaiting) {

    /**
     * How {@code awaiting} starts when a business-day calendar does not cover a year the clock needs: an
     * error to show, never a deadline silently dropped.
     */
    public static final String CALENDAR_MISSING = "a business-day calendar that covers the date";

    /** How {@code awaiting} starts for a clock that runs from the sending of the individual notice. */
    public static final String AFTER_INDIVIDUAL_NOTICE = "the individual notice being sent";

    /** Whether the deadline cannot be computed because a holiday calendar does not cover the year it needs. */
    public static boolean calendarMissing(String awaiting) {
        return awaiting != null && awaiting.startsWith(CALENDAR_MISSING);
    }

    /** Whether the deadline waits for the individual notice to be sent. */
    public static boolean afterIndividualNotice(String awaiting) {
        return awaiting != null && awaiting.startsWith(AFTER_INDIVIDUAL_NOTICE);
    }

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
