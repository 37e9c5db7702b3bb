package io.breachflow.notices;

import java.time.Instant;

/**
 * One cohort as lists show it: counts and who imported it, never the people in it.
 *
 * @param name the name it is picked by, or null for an API import without one
 * @param label the file name or label it was imported under
 * @param incidentId the incident it belongs to, or null
 * @param status {@code IMPORTING} or {@code READY}
 * @param people the people kept (one per person id)
 * @param rejected rows that failed validation
 * @param duplicates later rows of a person already in the cohort
 * @param createdBy who imported it, or null for imports before names (and re-notices the system made)
 */
public record CohortSummary(long id, String name, String label, String incidentId, String status, long people,
        long rejected, long duplicates, Instant createdAt, String createdBy) {

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    /** What a list or a select shows: the name, else the label. */
    public String title() {
        return name != null ? name : label;
    }

    /** When it was imported, as stored instants are shown: UTC, saying so. */
    public String createdText() {
        return TIME.format(createdAt);
    }

    public boolean ready() {
        return "READY".equals(status);
    }
}
