package io.breachflow.incidents;

import java.util.List;

/**
 * A breach was reported and its first revision stored; {@code workflow} starts the breach lifecycle
 * on it. Carries only the id and the obligation keys derived at intake, never facts.
 */
public record IncidentReported(IncidentId incidentId, List<String> obligationKeys) {

    public IncidentReported {
        obligationKeys = List.copyOf(obligationKeys);
    }
}
