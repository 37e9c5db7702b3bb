package io.breachflow.regimes.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TableHolidaySourceTests {

    @Test
    void chinasAdjustedWorkingDaysAreAllWeekendDays() {
        TableHolidaySource cn = TableHolidaySource.load("CN");
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
            if (cn.isAdjustedWorkingDay(day)) {
                assertThat(day.getDayOfWeek()).as(day.toString()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(cn.isHoliday(day)).as(day.toString()).isFalse();
            }
        }
    }

    @Test
    void koreasRedDaysMatchTheCountsInEachYearsCalendarEssentials() {
        // 월력요항: 68 (2024), 68 (2025), 70 (2026) red days incl. Sundays, before later temporary holidays.
        assertThat(redDays("KR", 2024)).isEqualTo(68 + 1);
        assertThat(redDays("KR", 2025)).isEqualTo(68 + 2);
        assertThat(redDays("KR", 2026)).isEqualTo(70 + 1);
    }

    @Test
    void coversOnlyTheYearsWithASource() {
        TableHolidaySource kr = TableHolidaySource.load("KR");
        assertThat(kr.covers(2026)).isTrue();
        assertThat(kr.covers(2027)).isFalse();
        assertThat(kr.coverage()).isEqualTo("2024–2026");
    }

    private static long redDays(String code, int year) {
        TableHolidaySource source = TableHolidaySource.load(code);
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(day -> day.getDayOfWeek() == DayOfWeek.SUNDAY || source.isHoliday(day))
                .count();
    }
}
