package io.breachflow.incidents;

import java.util.Objects;
import java.util.UUID;

/** Identifies one reported incident; the only incident reference other modules and processes carry. */
public record IncidentId(UUID value) {

    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the string form used in URLs and process variables. */
    public static IncidentId of(String value) {
        return new IncidentId(UUID.fromString(value));
    }

    static IncidentId random() {
        return new IncidentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
