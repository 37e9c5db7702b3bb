package io.breachflow.regimes;

import java.time.LocalDate;

/**
 * Monday-to-Friday calendars that, like the shipped Korean, Chinese, Japanese and Singapore tables, end with the
 * last year whose official holidays were published (here 2027): a clock that needs 2028 is refused in the shipped
 * calendars' own words, so the catalog reports the gap. No shipped rule counts Korean business days yet (Korean
 * clocks run in hours), so tests reach the gap through a business-day clock of another regime (SEC's four
 * business days), whose real calendar covers any year.
 */
public final class CalendarsEndingIn2027 implements BusinessCalendars {

    private final Weekdays weekdays = new Weekdays();

    @Override
    public boolean isHoliday(String calendar, LocalDate date) {
        return weekdays.isHoliday(calendar, covered(calendar, date));
    }

    @Override
    public boolean isBusinessDay(String calendar, LocalDate date) {
        return weekdays.isBusinessDay(calendar, covered(calendar, date));
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

    private static LocalDate covered(String calendar, LocalDate date) {
        if (date.getYear() < 2024 || date.getYear() > 2027) {
            throw new IllegalArgumentException("Expected a year the " + calendar + " calendar covers (2024–2027), but got "
                    + date.getYear());
        }
        return date;
    }
}
