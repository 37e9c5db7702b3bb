package io.breachflow.regimes.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.regimes.BusinessCalendars;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShippedBusinessCalendarsTests {

    private static final BusinessCalendars calendars = new ShippedBusinessCalendars();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void usJuneteenth2025AndThanksgiving2026AreFederalHolidays() {
        assertThat(calendars.isHoliday("US", day("2025-06-19"))).isTrue();
        assertThat(calendars.isHoliday("US", day("2026-11-26"))).isTrue();
    }

    @Test
    void usIndependenceDayOnASaturdayIsObservedOnTheFridayBefore() {
        assertThat(calendars.isHoliday("US", day("2026-07-03"))).isTrue();
        assertThat(calendars.isBusinessDay("US", day("2026-07-03"))).isFalse();
    }

    @Test
    void usNewYearOnASaturdayIsObservedOnTheLastFridayOfThePreviousYear() {
        assertThat(calendars.isBusinessDay("US", day("2027-12-31"))).isFalse();
    }

    @Test
    void usColumbusDayCountsThoughJollydaysCountryListLacksIt() {
        assertThat(calendars.isHoliday("US", day("2025-10-13"))).isTrue();
    }

    @Test
    void fourUsBusinessDaysFromChristmasEve2025SkipChristmasAndTheWeekend() {
        assertThat(calendars.plusBusinessDays("US", day("2025-12-24"), 4)).isEqualTo(day("2025-12-31"));
    }

    @Test
    void theStartDayNeverCounts() {
        assertThat(calendars.plusBusinessDays("US", day("2025-12-22"), 0)).isEqualTo(day("2025-12-22"));
        assertThat(calendars.plusBusinessDays("US", day("2025-12-22"), 1)).isEqualTo(day("2025-12-23"));
    }

    @Test
    void krChuseok2025RunsFromNationalFoundationDayThroughTheSubstituteHoliday() {
        for (int dayOfMonth = 3; dayOfMonth <= 9; dayOfMonth++) {
            assertThat(calendars.isBusinessDay("KR", LocalDate.of(2025, 10, dayOfMonth))).isFalse();
        }
        assertThat(calendars.isHoliday("KR", day("2025-10-08"))).isTrue();
        assertThat(calendars.plusBusinessDays("KR", day("2025-10-02"), 1)).isEqualTo(day("2025-10-10"));
    }

    @Test
    void krSeollal2026IsThreeWeekdayHolidays() {
        assertThat(calendars.isHoliday("KR", day("2026-02-16"))).isTrue();
        assertThat(calendars.isHoliday("KR", day("2026-02-17"))).isTrue();
        assertThat(calendars.isHoliday("KR", day("2026-02-18"))).isTrue();
        assertThat(calendars.isBusinessDay("KR", day("2026-02-19"))).isTrue();
    }

    @Test
    void krLiberationDayOnASaturdayGivesASubstituteHolidayOnMonday() {
        assertThat(calendars.isHoliday("KR", day("2026-08-17"))).isTrue();
    }

    @Test
    void krElectionDaysAreHolidays() {
        assertThat(calendars.isHoliday("KR", day("2025-06-03"))).isTrue();
        assertThat(calendars.isHoliday("KR", day("2026-06-03"))).isTrue();
    }

    @Test
    void cnNationalDay2025IsAnEightDayHoliday() {
        assertThat(calendars.isHoliday("CN", day("2025-10-01"))).isTrue();
        assertThat(calendars.isBusinessDay("CN", day("2025-10-08"))).isFalse();
        assertThat(calendars.isBusinessDay("CN", day("2025-10-09"))).isTrue();
    }

    @Test
    void cnAdjustedSundayBeforeNationalDay2025IsAWorkingDay() {
        assertThat(calendars.isBusinessDay("CN", day("2025-09-28"))).isTrue();
        assertThat(calendars.isHoliday("CN", day("2025-09-28"))).isFalse();
        assertThat(calendars.plusBusinessDays("CN", day("2025-09-26"), 1)).isEqualTo(day("2025-09-28"));
    }

    @Test
    void brCarnivalIsNoNationalHolidayThoughJollydayListsIt() {
        assertThat(calendars.isHoliday("BR", day("2026-02-17"))).isFalse();
        assertThat(calendars.isBusinessDay("BR", day("2026-02-17"))).isTrue();
        assertThat(calendars.isHoliday("BR", day("2026-04-03"))).isTrue();
        assertThat(calendars.isHoliday("BR", day("2025-11-20"))).isTrue();
    }

    @Test
    void jpGoldenWeek2026EndsWithTheSubstituteHolidayOnMay6() {
        for (int dayOfMonth = 2; dayOfMonth <= 6; dayOfMonth++) {
            assertThat(calendars.isBusinessDay("JP", LocalDate.of(2026, 5, dayOfMonth))).isFalse();
        }
        assertThat(calendars.isHoliday("JP", day("2026-04-29"))).isTrue();
        assertThat(calendars.isBusinessDay("JP", day("2026-05-07"))).isTrue();
    }

    @Test
    void jpEquinoxAndEmperorsBirthdayFollowTheCabinetOfficeList() {
        assertThat(calendars.isHoliday("JP", day("2026-03-20"))).isTrue();
        assertThat(calendars.isHoliday("JP", day("2026-02-23"))).isTrue();
        assertThat(calendars.isHoliday("JP", day("2026-12-23"))).isFalse();
    }

    @Test
    void ukEarlyMayBankHolidayIsTheFirstMondayOfMay() {
        assertThat(calendars.isHoliday("UK", day("2026-05-04"))).isTrue();
        assertThat(calendars.isHoliday("UK", day("2026-08-31"))).isTrue();
    }

    @Test
    void sgHariRayaHaji2026IsAHolidayAndASundayHolidayMovesToMonday() {
        assertThat(calendars.isHoliday("SG", day("2026-05-27"))).isTrue();
        assertThat(calendars.isBusinessDay("SG", day("2026-11-09"))).isFalse();
    }

    @Test
    void inCountsTheNationalHolidays() {
        assertThat(calendars.isHoliday("IN", day("2026-01-26"))).isTrue();
        assertThat(calendars.isHoliday("IN", day("2026-10-02"))).isTrue();
    }

    @Test
    void refusesAYearTheCalendarDoesNotCover() {
        assertThatThrownBy(() -> calendars.isBusinessDay("KR", day("2031-03-03")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected a year the KR calendar covers (2024–2026), but got 2031");
        assertThatThrownBy(() -> calendars.plusBusinessDays("CN", day("2026-12-30"), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CN").hasMessageContaining("2027");
    }

    @Test
    void refusesAnUnknownCalendarCode() {
        assertThatThrownBy(() -> calendars.isBusinessDay("XX", day("2026-01-05")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'XX'");
    }
}
