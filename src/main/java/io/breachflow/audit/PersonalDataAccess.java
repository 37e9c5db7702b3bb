package io.breachflow.audit;

import java.util.Objects;

/**
 * One read, search, export or lookup of personal data, as a caller reports it to {@link AccessLog}.
 *
 * @param kind       what was read (the alarm's gate is per kind)
 * @param purpose    why, in a few words without the data itself ("dev mailbox: delivery check")
 * @param people     how many people's records were shown or exported (0 for a list of metadata only)
 * @param incidentId the incident the data belongs to, or null
 * @param what       which page, item or file, without the data itself (ids and counts only)
 */
public record PersonalDataAccess(AccessKind kind, String purpose, long people, String incidentId, String what) {

    public PersonalDataAccess {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("Expected a purpose for a personal-data access, but got none");
        }
        if (people < 0) {
            throw new IllegalArgumentException("Expected a count of people >= 0, but got " + people);
        }
    }
}
