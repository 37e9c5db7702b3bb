package io.breachflow.audit;

import java.time.Instant;

/**
 * One link of the append-only, hash-chained audit trail.
 *
 * @param sequence position in the chain, from 1
 * @param at when it was recorded
 * @param actor the user name, or {@code system}
 * @param action what happened, as a code, e.g. {@code INCIDENT_REPORTED}
 * @param incidentId the incident it concerns, or null
 * @param detail a short description without personal data
 * @param hash HMAC-SHA256 with the audit key (hex) over the previous link's hash and this link's fields;
 *             plain SHA-256 for entries written before keyed links
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String incidentId,
        String detail, String hash) {
}
