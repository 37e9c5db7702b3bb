package io.breachflow.incidents;

/**
 * The breach process recorded the incident's pending revisions up to {@code latestRevision}: its
 * obligations now follow those facts (new ones added, moved ones re-timed, others no longer required).
 * Read them with {@link IncidentIntake#requiredObligationKeys}.
 */
public record RevisionsRecorded(IncidentId incidentId, int latestRevision) {
}
