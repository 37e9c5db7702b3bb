package io.breachflow.regimes.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A calendar read once from {@code regimes/calendars/<CODE>.yaml}, for jurisdictions whose holidays
 * are announced year by year (lunar dates, substitute holidays, adjusted working days) and so cannot
 * be computed. It answers only for the years the file lists, each with its official source.
 */
final class TableHolidaySource implements HolidaySource {

    private final String code;
    private final SortedSet<Integer> years;
    private final Map<LocalDate, String> holidays;
    private final Map<LocalDate, String> workingDays;

    private TableHolidaySource(String code, SortedSet<Integer> years, Map<LocalDate, String> holidays,
            Map<LocalDate, String> workingDays) {
        this.code = code;
        this.years = years;
        this.holidays = holidays;
        this.workingDays = workingDays;
    }

    static TableHolidaySource load(String code) {
        String path = "regimes/calendars/" + code + ".yaml";
        try (InputStream in = TableHolidaySource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Expected the calendar file " + path + " on the classpath, but it is missing");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<?, ?> sources = (Map<?, ?>) root.get("sources");
            SortedSet<Integer> years = new TreeSet<>(sources.keySet().stream()
                    .map(year -> Integer.valueOf(year.toString())).toList());
            TableHolidaySource source = new TableHolidaySource(code, years,
                    entries(root.get("holidays")), entries(root.get("workingDays")));
            source.checkEntriesFallInCoveredYears(path);
            return source;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkEntriesFallInCoveredYears(String path) {
        Set<LocalDate> all = new TreeSet<>(holidays.keySet());
        all.addAll(workingDays.keySet());
        all.stream().filter(date -> !years.contains(date.getYear())).findFirst().ifPresent(date -> {
            throw new IllegalStateException("Expected every entry of " + path + " in a year with a source, but "
                    + date + " is not");
        });
    }

    private static Map<LocalDate, String> entries(Object list) {
        Map<LocalDate, String> entries = new HashMap<>();
        if (list == null) {
            return Map.of();
        }
        for (Object item : (List<?>) list) {
            Map<String, Object> entry = asMap(item);
            entries.put(LocalDate.parse(entry.get("date").toString()), entry.get("name").toString());
        }
        return Map.copyOf(entries);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public boolean covers(int year) {
        return years.contains(year);
    }

    @Override
    public String coverage() {
        return years.last() - years.first() + 1 == years.size()
                ? years.first() + "–" + years.last()
                : years.toString();
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return holidays.containsKey(date);
    }

    @Override
    public boolean isAdjustedWorkingDay(LocalDate date) {
        return workingDays.containsKey(date);
    }
}
