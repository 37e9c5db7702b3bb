package io.breachflow.tasklist;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * How pressing a task is against its deadline. At risk: less than 12 hours left, or less than a quarter
 * of the window from the task's arrival to the deadline (whichever comes first), the same rule the
 * inbox counts use. The countdown is split into days, hours and minutes for the message bundles.
 */
record Urgency(Level level, long days, long hours, long minutes) {

    /** The colour the inbox gives a task. */
    enum Level { OVERDUE, AT_RISK, ON_TRACK, NO_DEADLINE }

    static Urgency of(String dueAt, Instant createdAt, Instant now) {
        Instant due = parse(dueAt);
        if (due == null) {
            return new Urgency(Level.NO_DEADLINE, 0, 0, 0);
        }
        Duration left = Duration.between(now, due);
        Duration window = createdAt == null ? Duration.ZERO : Duration.between(createdAt, due);
        Level level = left.isNegative() || left.isZero() ? Level.OVERDUE
                : left.getSeconds() <= InboxQueries.AT_RISK_SECONDS || left.multipliedBy(4).compareTo(window) < 0
                ? Level.AT_RISK : Level.ON_TRACK;
        Duration shown = left.abs();
        return new Urgency(level, shown.toDays(), shown.toHoursPart(), shown.toMinutesPart());
    }

    /** When a task that arrived at {@code createdAt} starts to count as at risk. */
    static Instant atRiskFrom(Instant due, Instant createdAt) {
        Duration quarter = Duration.between(createdAt, due).dividedBy(4);
        Duration twelveHours = Duration.ofSeconds(InboxQueries.AT_RISK_SECONDS);
        return due.minus(quarter.compareTo(twelveHours) > 0 ? quarter : twelveHours);
    }

    public boolean overdue() {
        return level == Level.OVERDUE;
    }

    /** CSS class of the row. */
    public String css() {
        return "urgency-" + level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static Instant parse(String dueAt) {
        try {
            return dueAt == null ? null : OffsetDateTime.parse(dueAt).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
