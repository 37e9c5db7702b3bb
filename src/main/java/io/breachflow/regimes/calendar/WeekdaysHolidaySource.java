package io.breachflow.regimes.calendar;

import java.time.LocalDate;

/**
 * {@code WEEKDAYS}: Monday to Friday, no holidays, any year. For a state law that counts "business days"
 * without the fact base naming the state's holidays (Iowa's five business days after the consumer notice):
 * counting every weekday gives the earliest reading of the deadline, so it is never late for a missing holiday.
 */
final class WeekdaysHolidaySource implements HolidaySource {

    static final String CODE = "WEEKDAYS";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public boolean covers(int year) {
        return true;
    }

    @Override
    public String coverage() {
        return "any year";
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return false;
    }

    @Override
    public boolean isAdjustedWorkingDay(LocalDate date) {
        return false;
    }
}
