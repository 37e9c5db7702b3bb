package io.breachflow.incidents;

import java.time.OffsetDateTime;

/**
 * A signal opened a new suspected incident; {@code workflow} starts its triage, due a triage window after
 * {@code observedAt}, when that first signal was observed. If triage confirms a breach, the incident keeps
 * this id.
 */
public record SuspectedIncidentOpened(IncidentId suspectedIncidentId, OffsetDateTime observedAt) {
}
