package io.breachflow.incidents;

/**
 * New facts about an incident were stored as revision {@code revision} by {@code revisedBy};
 * {@code workflow} correlates it to the running lifecycle, whose scope-revision handler then calls
 * {@link IncidentIntake#recordRevisions}.
 */
public record ScopeRevised(IncidentId incidentId, int revision, String revisedBy) {
}
