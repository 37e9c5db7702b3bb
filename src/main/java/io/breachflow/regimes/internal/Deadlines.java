package io.breachflow.regimes.internal;

import io.breachflow.regimes.BusinessCalendars;
import io.breachflow.regimes.internal.rules.ClockSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Turns a clock and its anchor instant into the latest on-time instant (design.md §6): hours on the
 * UTC timeline, so a daylight-saving change inside the window neither adds nor removes an hour; days
 * on the local calendar of the regime's zone, ending 23:59:59 (or the clock's cutoff) on the last day.
 */
final class Deadlines {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final BusinessCalendars calendars;

    Deadlines(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    /**
     * The deadline of a counted clock, or null for one without a number.
     *
     * @throws IllegalArgumentException when a business-day calendar cannot answer (unknown or uncovered year)
     */
    OffsetDateTime due(ClockSpec clock, Instant anchor, ZoneId zone) {
        LocalDate start = anchor.atZone(zone).toLocalDate();
        return switch (clock.unit()) {
            case HOURS -> anchor.plus(clock.amount(), ChronoUnit.HOURS).atZone(zone).toOffsetDateTime();
            case CALENDAR_DAYS -> endOf(start.plusDays(clock.anchorDayCounts() ? clock.amount() - 1 : clock.amount()),
                    clock, zone);
            case MONTHS -> endOf(start.plusMonths(clock.amount()), clock, zone);
            case BUSINESS_DAYS -> endOf(businessDays(clock, start), clock, zone);
            case AT_ANCHOR -> anchor.atZone(zone).toOffsetDateTime();
            case WITHOUT_UNDUE_DELAY -> null;
        };
    }

    /** An internal target: a fixed duration after the anchor, shown in the regime's zone. */
    static OffsetDateTime after(Instant anchor, Duration target, ZoneId zone) {
        return anchor.plus(target).atZone(zone).toOffsetDateTime();
    }

    private LocalDate businessDays(ClockSpec clock, LocalDate start) {
        int days = clock.amount();
        if (clock.anchorDayCounts() && calendars.isBusinessDay(clock.calendar(), start)) {
            days--;
        }
        return days == 0 ? start : calendars.plusBusinessDays(clock.calendar(), start, days);
    }

    private static OffsetDateTime endOf(LocalDate day, ClockSpec clock, ZoneId zone) {
        LocalTime time = clock.cutoff() != null ? LocalTime.parse(clock.cutoff()) : END_OF_DAY;
        return ZonedDateTime.of(day, time, zone).toOffsetDateTime();
    }
}
