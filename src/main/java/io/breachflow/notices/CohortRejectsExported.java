package io.breachflow.notices;

/**
 * Someone downloaded a cohort's rejects (line numbers and reasons only, never the rejected values). Published
 * so the audit module records the export in the access log like every other export from the people lists
 * (notices cannot depend on audit, which listens to notices).
 */
public record CohortRejectsExported(String actor, long cohortId, String incidentId, long rejects) {
}
