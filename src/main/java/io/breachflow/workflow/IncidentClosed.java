package io.breachflow.workflow;

import java.time.Instant;

/**
 * The lifecycle of an incident ended after its post-incident review; {@code audit} completes the
 * breach-register entry (the review itself is the last completed {@code post-incident-review} task).
 */
public record IncidentClosed(String incidentId, Instant closedAt) {
}
