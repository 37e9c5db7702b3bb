package io.breachflow.regimes.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A calendar computed by jollyday's rules, corrected where they differ from the official list:
 * some of its holidays are dropped by key and missing ones added by rule. Its rules hold for any
 * year. Observed dates can cross the new year (1 Jan 2028, a Saturday, is observed on Friday
 * 31 Dec 2027), so a year's holidays are taken from its neighbours' too.
 */
final class JollydayHolidaySource implements HolidaySource {

    private final String code;
    private final HolidayManager manager;
    private final String[] subdivisions;
    private final Set<String> droppedKeys;
    private final List<IntFunction<LocalDate>> addedRules;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    JollydayHolidaySource(String code, HolidayCalendar calendar, List<String> subdivisions,
            Set<String> droppedKeys, List<IntFunction<LocalDate>> addedRules) {
        this.code = code;
        this.manager = HolidayManager.getInstance(ManagerParameters.create(calendar));
        this.subdivisions = subdivisions.toArray(String[]::new);
        this.droppedKeys = Set.copyOf(droppedKeys);
        this.addedRules = List.copyOf(addedRules);
    }

    @Override
    public String code() {
        return code;
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
        return holidaysByYear.computeIfAbsent(date.getYear(), this::holidaysIn).contains(date);
    }

    @Override
    public boolean isAdjustedWorkingDay(LocalDate date) {
        return false;
    }

    private Set<LocalDate> holidaysIn(int year) {
        Stream<LocalDate> library = IntStream.rangeClosed(year - 1, year + 1).boxed()
                .flatMap(y -> manager.getHolidays(Year.of(y), subdivisions).stream())
                .filter(holiday -> !droppedKeys.contains(holiday.getPropertiesKey()))
                .map(Holiday::getDate);
        Stream<LocalDate> added = addedRules.stream().map(rule -> rule.apply(year));
        return Stream.concat(library, added).filter(date -> date.getYear() == year)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The {@code n}th {@code weekday} of {@code month}, as federal Monday holidays are defined. */
    static IntFunction<LocalDate> nthWeekday(int n, DayOfWeek weekday, int month) {
        return year -> LocalDate.of(year, month, 1)
                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }
}
