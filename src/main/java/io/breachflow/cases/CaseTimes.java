package io.breachflow.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * How the case views print times ({@code ${@caseTimes.text(...)}}): stored instants in UTC, saying so;
 * deadlines and fact times with the offset they were given in, because a regulator's deadline is read
 * in its own time zone.
 */
@Component("caseTimes")
class CaseTimes {

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String text(Instant at) {
        return at == null ? "" : UTC.format(at);
    }

    public String text(OffsetDateTime at) {
        return at == null ? "" : WITH_OFFSET.format(at);
    }

    /** A fact value as stored: ISO date-times get the readable form, anything else stays as it is. */
    public String value(String value) {
        if (value == null) {
            return "—";
        }
        try {
            return text(OffsetDateTime.parse(value));
        } catch (RuntimeException notATime) {
            return value;
        }
    }
}
