package io.breachflow.incidents;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One line of the incident list: what a person needs to pick the case to open, without loading its
 * history. Counts only, never personal data.
 *
 * @param title the title of the latest revision, or null when none was given
 * @param awareAt when the organisation became aware, as of the latest revision
 * @param revisions how many fact revisions are stored
 * @param obligations how many obligations the incident has had, whatever their status
 * @param openObligations how many are still to be met
 * @param nextDueAt the earliest deadline among the open obligations, or null when none has one
 * @param next the open obligation due at {@code nextDueAt}, or null when none has a deadline
 */
public record IncidentSummary(IncidentId id, String title, OffsetDateTime awareAt, Instant reportedAt,
        int revisions, int obligations, int openObligations, OffsetDateTime nextDueAt,
        IncidentRecord.ObligationEntry next) {
}
