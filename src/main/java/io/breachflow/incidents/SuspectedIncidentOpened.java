package io.breachflow.incidents;

/**
 * A signal opened a new suspected incident; {@code workflow} starts its triage. If triage confirms a
 * breach, the incident keeps this id.
 */
public record SuspectedIncidentOpened(IncidentId suspectedIncidentId) {
}
