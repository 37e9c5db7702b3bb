package io.breachflow.regimes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Just the holidays these tests need, for 2025–2026; any other year is refused as the real
 * calendars refuse years they do not cover. Weekends are Saturday and Sunday.
 */
final class FakeCalendars implements BusinessCalendars {

    private static final Map<String, Set<LocalDate>> HOLIDAYS = Map.of(
            // US federal holidays, OPM: https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/
            "US", Set.of(
                    LocalDate.of(2025, 7, 4),    // Independence Day (OPM 2025 table)
                    LocalDate.of(2025, 11, 27),  // Thanksgiving Day (OPM 2025 table)
                    LocalDate.of(2025, 12, 25),  // Christmas Day (OPM 2025 table)
                    LocalDate.of(2026, 1, 1)),   // New Year's Day (OPM 2026 table)
            // Brazil national holidays: Lei 662/1949 as amended (15 Nov, 25 Dec) and Lei 14.759/2023 (20 Nov,
            // Dia Nacional de Zumbi e da Consciência Negra), https://www.planalto.gov.br/ccivil_03/_ato2023-2026/2023/lei/l14759.htm
            "BR", Set.of(
                    LocalDate.of(2025, 11, 15),  // Proclamação da República (Lei 662/1949)
                    LocalDate.of(2025, 11, 20),  // Consciência Negra (Lei 14.759/2023)
                    LocalDate.of(2025, 12, 25)));// Natal (Lei 662/1949)

    @Override
    public boolean isHoliday(String calendar, LocalDate date) {
        return holidays(calendar, date).contains(date);
    }

    @Override
    public boolean isBusinessDay(String calendar, LocalDate date) {
        return !isHoliday(calendar, date) && date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate plusBusinessDays(String calendar, LocalDate date, int days) {
        LocalDate day = date;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isBusinessDay(calendar, day)) {
                counted++;
            }
        }
        return day;
    }

    private static Set<LocalDate> holidays(String calendar, LocalDate date) {
        if ("WEEKDAYS".equals(calendar)) {
            return Set.of();
        }
        Set<LocalDate> holidays = HOLIDAYS.get(calendar);
        if (holidays == null || date.getYear() < 2025 || date.getYear() > 2026) {
            throw new IllegalArgumentException("Expected a calendar covering " + calendar + " " + date.getYear()
                    + ", but the test calendar covers US and BR 2025-2026 only");
        }
        return holidays;
    }
}
