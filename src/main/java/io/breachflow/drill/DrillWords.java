package io.breachflow.drill;

import io.breachflow.regimes.ObligationNames;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The words of a drill page or report in the reader's language: times in the scenario's zone with the zone shown,
 * spans as "2 days 3 h" (the countdown's words), obligations by name, margins as "12 h to spare" or "3 h late".
 */
final class DrillWords {

    private final ObligationNames names;
    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter format;

    DrillWords(ObligationNames names, MessageSource messages, Locale locale, ZoneId zone) {
        this.names = names;
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
        this.format = DateTimeFormatter.ofPattern(messages.getMessage("drill.time.pattern", null, locale), locale);
    }

    /** "Tue 18 Nov 2025 22:00 KST", or a dash. */
    public String at(Instant instant) {
        return instant == null ? "—" : format.format(instant.atZone(zone));
    }

    public String at(OffsetDateTime time) {
        return time == null ? "—" : at(time.toInstant());
    }

    /** "2 days 3 h", "5 h 20 min", "12 min". */
    public String span(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long minutes = duration.abs().toMinutes();
        long days = minutes / 1440;
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(count(days == 1 ? "deadline.day.one" : "deadline.day.many", days));
            if (hours > 0) {
                parts.add(count("deadline.hours", hours));
            }
        } else if (hours > 0) {
            parts.add(count("deadline.hours", hours));
            if (rest > 0) {
                parts.add(count("deadline.minutes", rest));
            }
        } else {
            parts.add(count("deadline.minutes", rest));
        }
        return String.join(" ", parts);
    }

    /** "12 h to spare" or "3 h late", or a dash. */
    public String margin(Duration margin) {
        if (margin == null) {
            return "—";
        }
        return messages.getMessage(margin.isNegative() ? "drill.margin.late" : "drill.margin.spare",
                new Object[] {span(margin)}, locale);
    }

    /** "PIPC report — PIPA Art. 34". */
    public String obligation(String key) {
        return names.of(key, locale).full();
    }

    private String count(String key, long n) {
        return messages.getMessage(key, null, locale).replace("%n", Long.toString(n));
    }
}
