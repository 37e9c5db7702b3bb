package io.breachflow.workflow;

import java.time.Instant;

/**
 * The breach lifecycle of {@code incidentId} ended (post-incident review done); the breach register
 * records the closure. Carries references only.
 */
public record IncidentClosed(String incidentId, Instant closedAt) {
}
