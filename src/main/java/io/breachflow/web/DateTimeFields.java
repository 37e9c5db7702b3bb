package io.breachflow.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A date-time field as a person fills it: the browser's date-time picker for the local time and a choice of
 * time zone beside it ({@code <name>__zone}), never an ISO-8601 string with an offset typed by hand — a wrong
 * offset moves a 72-hour deadline by hours without anyone seeing it. Pages draw the two inputs with the
 * {@code fragments/datetime} fragment ({@code @dateTimeFields} in templates); {@link DateTimeFieldsFilter} joins
 * them into the one ISO-8601 value with offset that controllers, the API and processes take.
 */
@Component("dateTimeFields")
public class DateTimeFields {

    /** The zone a picker's local time is read in: the {@code <name>__zone} parameter. */
    public static final String ZONE_SUFFIX = "__zone";

    /** The zones of the regimes Breachflow knows (design.md §6), Korea first. */
    static final List<String> ZONES = List.of("Asia/Seoul", "Asia/Tokyo", "Asia/Singapore", "Asia/Shanghai",
            "Asia/Kolkata", "Australia/Sydney", "Europe/London", "Europe/Berlin", "Europe/Paris", "America/New_York",
            "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo", "UTC");

    private final Clock clock;

    DateTimeFields(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** What a picker shows: the local date-time ({@code yyyy-MM-ddTHH:mm}, with {@code :ss} when not 0) and its zone. */
    public record Shown(String local, String zone) {

        /** The picker's step in seconds: by the second when the time has seconds, else by the minute. */
        public int step() {
            return local.length() > "yyyy-MM-ddTHH:mm".length() ? 1 : 60;
        }
    }

    /** One ISO-8601 date-time with offset from a picker's local time and zone; anything else is kept as sent. */
    public static String combine(String local, String zone) {
        if (local == null || local.isBlank()) {
            return local == null ? "" : local.strip();
        }
        try {
            ZoneId id = ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone.strip());
            return LocalDateTime.parse(local.strip()).atZone(id).toOffsetDateTime().toString();
        } catch (DateTimeException notAPickerValue) {
            return local.strip();
        }
    }

    /**
     * How {@code value} (ISO-8601 with offset, or empty) shows in a picker: in the reader's zone (Asia/Seoul for
     * a Korean reader, else UTC) when it has that zone's offset or is UTC, else in the first known zone with its
     * offset, so "22:00+09:00" stays 22:00 in Seoul and "09:00-08:00" 09:00 in Los Angeles. A value that is not a
     * date-time is shown as it was sent, for the error beside it.
     */
    public Shown shown(String value, Locale locale) {
        String reader = readerZone(locale);
        if (value == null || value.isBlank()) {
            return new Shown("", reader);
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(value.strip());
            Instant instant = at.toInstant();
            String zone = at.getOffset().equals(ZoneOffset.UTC) || offsetOf(reader, instant).equals(at.getOffset())
                    ? reader
                    : ZONES.stream().filter(z -> offsetOf(z, instant).equals(at.getOffset())).findFirst().orElse(reader);
            // seconds stay when there are any: a form posted back unchanged must not move a stored time
            return new Shown(at.atZoneSameInstant(ZoneId.of(zone)).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS)
                    .toString(), zone);
        } catch (DateTimeParseException notADateTime) {
            return new Shown(value, reader);
        }
    }

    /** Each zone with its offset now, for the choice: "Asia/Seoul (UTC+09:00)". */
    public Map<String, String> zones() {
        Instant now = clock.instant();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String zone : ZONES) {
            ZoneOffset offset = offsetOf(zone, now);
            labels.put(zone, "UTC".equals(zone) ? zone
                    : zone + " (UTC" + (offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId()) + ")");
        }
        return labels;
    }

    private static String readerZone(Locale locale) {
        return locale != null && "ko".equals(locale.getLanguage()) ? "Asia/Seoul" : "UTC";
    }

    private static ZoneOffset offsetOf(String zone, Instant instant) {
        return ZoneId.of(zone).getRules().getOffset(instant);
    }
}
