package io.breachflow.regimes.calendar;

import java.time.LocalDate;

/** One calendar's public holidays, and the weekend days it declares working days. */
interface HolidaySource {

    String code();

    /** Whether the source has verified data for {@code year}; callers must not ask about others. */
    boolean covers(int year);

    /** The covered years as a reader would write them, e.g. "2024–2026" or "any year". */
    String coverage();

    boolean isHoliday(LocalDate date);

    /** A Saturday or Sunday that an official notice turns into a working day (China's 调休). */
    boolean isAdjustedWorkingDay(LocalDate date);
}
