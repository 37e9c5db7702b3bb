package io.breachflow.tasklist;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A date-time field as a person fills it: the browser's date-time picker for the local time, and a choice of
 * time zone beside it ({@code <name>__zone}), never an ISO-8601 string typed by hand. The form submits the
 * two parts; the process receives one ISO-8601 date-time with offset.
 */
final class TimestampInputs {

    /** The zone a picker's time is read in: the {@code <name>__zone} parameter. */
    static final String ZONE_SUFFIX = "__zone";

    /** The zones of the regimes Breachflow knows (design.md §6), the reader's likely one first. */
    static final List<String> ZONES = List.of("Asia/Seoul", "Asia/Tokyo", "Asia/Singapore", "Asia/Shanghai",
            "Asia/Kolkata", "Australia/Sydney", "Europe/London", "Europe/Berlin", "Europe/Paris", "America/New_York",
            "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo", "UTC");

    /** What a picker shows: the local date-time ({@code yyyy-MM-ddTHH:mm}) and the zone it is in. */
    record Shown(String local, String zone) {
    }

    private TimestampInputs() {
    }

    /** One ISO-8601 date-time with offset from a picker's local time and zone; anything else is kept as typed. */
    static String combine(String local, String zone) {
        if (local == null || local.isBlank()) {
            return "";
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(ZoneId.of(zone == null ? "UTC" : zone))
                    .toOffsetDateTime().toString();
        } catch (java.time.DateTimeException notAPickerValue) {
            return local.strip();
        }
    }

    /** How {@code value} (ISO-8601 with offset, or empty) shows in a picker, in a zone with that offset. */
    static Shown shown(String value, Locale locale) {
        String fallback = "ko".equals(locale.getLanguage()) ? "Asia/Seoul" : "UTC";
        if (value == null || value.isBlank()) {
            return new Shown("", fallback);
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(value.strip());
            Instant instant = at.toInstant();
            String zone = ZONES.stream().filter(z -> ZoneId.of(z).getRules().getOffset(instant).equals(at.getOffset()))
                    .findFirst().orElse(fallback);
            return new Shown(at.atZoneSameInstant(ZoneId.of(zone)).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES)
                    .toString(), zone);
        } catch (DateTimeParseException notADateTime) {
            return new Shown(value, fallback);
        }
    }

    /** Each zone with its offset now, for the choice: "Asia/Seoul (UTC+09:00)". */
    static Map<String, String> labels(Locale locale, Instant now) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (String zone : ZONES) {
            ZoneId id = ZoneId.of(zone);
            String offset = id.getRules().getOffset(now).getId();
            labels.put(zone, "UTC".equals(zone) ? zone : zone + " (UTC" + ("Z".equals(offset) ? "+00:00" : offset) + ")");
        }
        return labels;
    }
}
