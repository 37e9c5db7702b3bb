package io.breachflow.regimes.calendar;

import static java.time.DayOfWeek.MONDAY;

import de.focus_shift.jollyday.core.HolidayCalendar;
import io.breachflow.regimes.BusinessCalendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The calendars Breachflow ships. Jollyday serves those whose rules it gets right (after the
 * corrections below); explicit tables with official sources serve the rest. Everything is loaded
 * at construction and read-only afterwards, so one instance is safe to share between threads.
 *
 * <ul>
 *   <li>US: jollyday's country list lacks Columbus Day (second Monday of October, 5 U.S.C. 6103), added here.</li>
 *   <li>BR: jollyday lists Carnival, Ash Wednesday and Corpus Christi as national holidays; the federal
 *       calendar (Portaria MGI nº 9.783/2024) makes them only optional closures (pontos facultativos), so they
 *       are dropped and deadlines do not stretch over them.</li>
 *   <li>IN: only the three national holidays (Republic Day, Independence Day, Gandhi Jayanti); jollyday's
 *       "Eid al-Fitr day 2" is dropped, and the central government's other gazetted holidays are not covered.</li>
 *   <li>JP, SG: jollyday's data is out of date (no equinox days, the old Emperor's Birthday, no Chinese New Year
 *       or Vesak after 2024), so they are tables like KR and CN.</li>
 *   <li>WEEKDAYS: Monday to Friday without holidays, for state "business days" whose holidays the fact base
 *       does not name (the earliest reading of the deadline).</li>
 * </ul>
 */
@Component
public class ShippedBusinessCalendars implements BusinessCalendars {

    private final Map<String, HolidaySource> sources;

    public ShippedBusinessCalendars() {
        this(List.of(
                new JollydayHolidaySource("US", HolidayCalendar.UNITED_STATES, List.of(), Set.of(),
                        List.of(JollydayHolidaySource.nthWeekday(2, MONDAY, 10))),
                new JollydayHolidaySource("BR", HolidayCalendar.BRAZIL, List.of(),
                        Set.of("christian.CARNIVAL", "christian.ASH_WEDNESDAY", "christian.CORPUS_CHRISTI"), List.of()),
                new JollydayHolidaySource("IN", HolidayCalendar.INDIA, List.of(), Set.of("islamic.ID_AL_FITR_2"),
                        List.of()),
                new JollydayHolidaySource("UK", HolidayCalendar.UNITED_KINGDOM, List.of("eng"), Set.of(), List.of()),
                TableHolidaySource.load("KR"),
                TableHolidaySource.load("CN"),
                TableHolidaySource.load("JP"),
                TableHolidaySource.load("SG"),
                new WeekdaysHolidaySource()));
    }

    ShippedBusinessCalendars(List<HolidaySource> sources) {
        this.sources = sources.stream().collect(
                Collectors.toMap(HolidaySource::code, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    @Override
    public boolean isHoliday(String calendar, LocalDate date) {
        return coveringSource(calendar, date).isHoliday(date);
    }

    @Override
    public boolean isBusinessDay(String calendar, LocalDate date) {
        HolidaySource source = coveringSource(calendar, date);
        if (source.isAdjustedWorkingDay(date)) {
            return true;
        }
        return !isWeekend(date) && !source.isHoliday(date);
    }

    @Override
    public LocalDate plusBusinessDays(String calendar, LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Expected a non-negative number of business days, but got " + days);
        }
        LocalDate day = date;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isBusinessDay(calendar, day)) {
                counted++;
            }
        }
        return day;
    }

    private HolidaySource coveringSource(String calendar, LocalDate date) {
        HolidaySource source = sources.get(calendar);
        if (source == null) {
            throw new IllegalArgumentException("Expected a calendar code out of " + sources.keySet()
                    + ", but got '" + calendar + "'");
        }
        if (!source.covers(date.getYear())) {
            throw new IllegalArgumentException("Expected a year the " + calendar + " calendar covers ("
                    + source.coverage() + "), but got " + date.getYear());
        }
        return source;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
