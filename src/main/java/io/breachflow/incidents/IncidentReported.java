package io.breachflow.incidents;

import java.util.List;

/**
 * A breach was reported and its first revision stored; {@code workflow} starts the breach lifecycle
 * on it. Carries only the id, the obligation keys derived at intake and who reported it (the account
 * that called the API, submitted the form or confirmed the breach in triage), never facts.
 */
public record IncidentReported(IncidentId incidentId, List<String> obligationKeys, String reportedBy) {

    public IncidentReported {
        obligationKeys = List.copyOf(obligationKeys);
    }
}
