package io.breachflow.regimes.internal;

import io.breachflow.regimes.BusinessCalendars;
import java.time.LocalDate;

/** Stands in until calendars are installed: refuses every question, so no business day is guessed. */
final class MissingCalendars implements BusinessCalendars {

    @Override
    public boolean isHoliday(String calendar, LocalDate date) {
        throw missing(calendar);
    }

    @Override
    public boolean isBusinessDay(String calendar, LocalDate date) {
        throw missing(calendar);
    }

    @Override
    public LocalDate plusBusinessDays(String calendar, LocalDate date, int days) {
        throw missing(calendar);
    }

    private static IllegalArgumentException missing(String calendar) {
        return new IllegalArgumentException("Expected business-day calendar " + calendar + ", but none is installed");
    }
}
