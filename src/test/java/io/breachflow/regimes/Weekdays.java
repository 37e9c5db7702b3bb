package io.breachflow.regimes;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday in every calendar, no holidays: for tests and benchmarks that need no holiday data. */
public final class Weekdays implements BusinessCalendars {

    @Override
    public boolean isHoliday(String calendar, LocalDate date) {
        return false;
    }

    @Override
    public boolean isBusinessDay(String calendar, LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate plusBusinessDays(String calendar, LocalDate date, int days) {
        LocalDate day = date;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            counted += isBusinessDay(calendar, day) ? 1 : 0;
        }
        return day;
    }
}
