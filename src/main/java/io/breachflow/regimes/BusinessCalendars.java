package io.breachflow.regimes;

import java.time.LocalDate;

/**
 * Working days per jurisdiction, for deadlines counted in business days (SEC's four business days,
 * Brazil's three working days, …). A wrong holiday moves a legal deadline, so a calendar answers
 * only for the years it really covers and refuses the rest rather than guess.
 *
 * <p>Calendar codes: {@code KR}, {@code US} (federal), {@code BR} (national), {@code JP}, {@code SG},
 * {@code CN}, {@code IN}, {@code UK}, and others where shipped.
 */
public interface BusinessCalendars {

    /** Whether {@code date} is a public holiday (not a weekend) in the calendar. */
    boolean isHoliday(String calendar, LocalDate date);

    /**
     * Whether {@code date} is a working day: not a public holiday and not a weekend, unless the
     * calendar declares that weekend day a working day (China's adjusted working days).
     *
     * @throws IllegalArgumentException for an unknown calendar or a year the calendar does not cover
     */
    boolean isBusinessDay(String calendar, LocalDate date);

    /** The date {@code days} business days after {@code date} (the start day itself never counts). */
    LocalDate plusBusinessDays(String calendar, LocalDate date, int days);
}
