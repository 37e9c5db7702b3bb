package io.breachflow.engine.processing;

import io.breachflow.engine.model.EventDefinition.TimerDefinition;
import io.breachflow.engine.model.Expression;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import org.springframework.scheduling.support.CronExpression;

/**
 * Timer definitions as Zeebe reads them: ISO 8601 dates, durations ({@code PnYnMnDTnHnMnS},
 * {@code PnW}) and repeating intervals ({@code R[n]/[start/]duration}), or Spring-style six-field
 * cron expressions; each may also come from a FEEL temporal value.
 */
final class Timers {

    /** When a timer fires first, how many more times a cycle repeats (-1 = forever), and the cycle to re-arm. */
    record Schedule(long dueAt, int remaining, String cycle) {
    }

    private Timers() {
    }

    static Schedule first(TimerDefinition definition, Object value, long now) {
        return switch (definition.type()) {
            case DATE -> new Schedule(date(value, definition), 0, null);
            case DURATION -> new Schedule(plus(now, amount(value, definition)), 0, null);
            case CYCLE -> firstOfCycle(cycleText(value, definition), now);
        };
    }

    /** The next firing of a cycle after one that was due at {@code lastDue}, or null when used up. */
    static Schedule next(String cycle, int remaining, long lastDue, long now) {
        if (remaining == 0) {
            return null;
        }
        if (cycle.startsWith("cron:")) {
            return new Schedule(nextCron(cycle.substring(5), Math.max(lastDue, now)), -1, cycle);
        }
        TemporalAmount interval = amount(cycle.substring(cycle.lastIndexOf('/') + 1), null);
        long due = plus(lastDue, interval);
        if (remaining < 0 && due <= now) {
            due = plus(now, interval);
        }
        return new Schedule(due, remaining < 0 ? -1 : remaining - 1, cycle);
    }

    private static Schedule firstOfCycle(String text, long now) {
        String cycle = text.strip();
        if (!cycle.startsWith("R")) {
            try {
                CronExpression.parse(cycle);
            } catch (IllegalArgumentException e) {
                throw new Expression.EvaluationFailure("Expected a timer cycle (R[n]/[start/]duration or a cron "
                        + "expression), but got '" + cycle + "'");
            }
            return new Schedule(nextCron(cycle, now), -1, "cron:" + cycle);
        }
        String[] parts = cycle.split("/");
        if (parts.length < 2 || parts.length > 3) {
            throw new Expression.EvaluationFailure("Expected a repeating interval R[n]/[start/]duration, but got '"
                    + cycle + "'");
        }
        int repetitions;
        try {
            repetitions = parts[0].length() == 1 ? -1 : Integer.parseInt(parts[0].substring(1));
        } catch (NumberFormatException e) {
            throw new Expression.EvaluationFailure("Expected a repetition count in '" + cycle + "', but got '"
                    + parts[0] + "'");
        }
        TemporalAmount interval = amount(parts[parts.length - 1], null);
        long due = parts.length == 3 ? date(parts[1], null) : plus(now, interval);
        int remaining = repetitions < 0 ? -1 : Math.max(0, repetitions - 1);
        return new Schedule(due, remaining, "R" + (repetitions < 0 ? "" : repetitions) + "/" + parts[parts.length - 1]);
    }

    private static long nextCron(String expression, long after) {
        ZonedDateTime next = CronExpression.parse(expression)
                .next(ZonedDateTime.ofInstant(Instant.ofEpochMilli(after), ZoneOffset.UTC));
        if (next == null) {
            throw new Expression.EvaluationFailure("Expected the cron expression '" + expression
                    + "' to have a next execution, but it has none");
        }
        return next.toInstant().toEpochMilli();
    }

    private static String cycleText(Object value, TimerDefinition definition) {
        if (value instanceof Duration || value instanceof Period) {
            return "R/" + value;
        }
        if (value instanceof String s) {
            return s;
        }
        throw failure(definition, value, "a timer cycle");
    }

    static long date(Object value, TimerDefinition definition) {
        if (value instanceof ZonedDateTime z) {
            return z.toInstant().toEpochMilli();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant().toEpochMilli();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        if (value instanceof String s) {
            String text = s.strip();
            try {
                return ZonedDateTime.parse(text).toInstant().toEpochMilli();
            } catch (DateTimeParseException notZoned) {
                try {
                    return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
                } catch (DateTimeParseException e) {
                    throw failure(definition, value, "an ISO 8601 date-time");
                }
            }
        }
        throw failure(definition, value, "an ISO 8601 date-time");
    }

    static TemporalAmount amount(Object value, TimerDefinition definition) {
        if (value instanceof Duration || value instanceof Period) {
            return (TemporalAmount) value;
        }
        if (value instanceof String s) {
            String text = s.strip();
            try {
                int t = text.indexOf('T');
                if (t < 0) {
                    return Period.parse(text);
                }
                Period period = t > 1 ? Period.parse(text.substring(0, t)) : Period.ZERO;
                Duration duration = Duration.parse("P" + text.substring(t));
                return period.isZero() ? duration : new Combined(period, duration);
            } catch (DateTimeParseException e) {
                throw failure(definition, value, "an ISO 8601 duration");
            }
        }
        throw failure(definition, value, "an ISO 8601 duration");
    }

    static long plus(long epochMilli, TemporalAmount amount) {
        ZonedDateTime start = ZonedDateTime.ofInstant(Instant.ofEpochMilli(epochMilli), ZoneOffset.UTC);
        if (amount instanceof Combined combined) {
            return start.plus(combined.period()).plus(combined.duration()).toInstant().toEpochMilli();
        }
        return start.plus(amount).toInstant().toEpochMilli();
    }

    private static Expression.EvaluationFailure failure(TimerDefinition definition, Object value, String expected) {
        String text = definition == null ? String.valueOf(value) : definition.expression().text();
        return new Expression.EvaluationFailure("Expected the timer definition '" + text + "' to be " + expected
                + ", but was '" + value + "'");
    }

    /** A duration with both calendar (years, months, days) and clock parts. */
    private record Combined(Period period, Duration duration) implements TemporalAmount {
        @Override
        public long get(java.time.temporal.TemporalUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.List<java.time.temporal.TemporalUnit> getUnits() {
            return java.util.List.of();
        }

        @Override
        public java.time.temporal.Temporal addTo(java.time.temporal.Temporal temporal) {
            return temporal.plus(period).plus(duration);
        }

        @Override
        public java.time.temporal.Temporal subtractFrom(java.time.temporal.Temporal temporal) {
            return temporal.minus(period).minus(duration);
        }
    }
}
