package io.breachflow.incidents;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one reported incident; the only incident reference other modules and processes carry. */
public record IncidentId(@JsonValue UUID value) {

    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the string form used in URLs, JSON and process variables. */
    @JsonCreator
    public static IncidentId of(String value) {
        return new IncidentId(UUID.fromString(value));
    }

    /** Parses an id from a URL; a malformed one names no incident, so it is "not found" rather than "bad". */
    static IncidentId fromPath(String value) {
        try {
            return of(value);
        } catch (IllegalArgumentException e) {
            throw new java.util.NoSuchElementException("Expected an incident id, but got a malformed one");
        }
    }

    static IncidentId random() {
        return new IncidentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
