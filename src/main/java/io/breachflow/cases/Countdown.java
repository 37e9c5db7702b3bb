package io.breachflow.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Time left until a deadline and how urgent it is: {@code overdue} once passed, {@code at-risk} within a
 * day, else {@code on-track}. {@code now} is the application's clock when it was taken: the page shows the
 * words for it ({@code templates/cases/countdown.html}) and the browser keeps counting from it, never from
 * its own clock.
 */
record Countdown(OffsetDateTime dueAt, Instant now, boolean overdue, long days, long hours, long minutes,
        String level) {

    static final Duration AT_RISK = Duration.ofHours(24);

    /** The countdown to {@code dueAt} as of {@code now}; null when there is no deadline. */
    static Countdown to(OffsetDateTime dueAt, Instant now) {
        if (dueAt == null) {
            return null;
        }
        Duration left = Duration.between(now, dueAt.toInstant());
        boolean overdue = left.isNegative();
        Duration abs = left.abs();
        String level = overdue ? "overdue" : left.compareTo(AT_RISK) <= 0 ? "at-risk" : "on-track";
        return new Countdown(dueAt, now, overdue, abs.toDays(), abs.toHoursPart(), abs.toMinutesPart(), level);
    }
}
