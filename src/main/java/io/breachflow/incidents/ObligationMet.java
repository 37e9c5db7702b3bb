package io.breachflow.incidents;

import java.time.Instant;

/** An open obligation was met (its report filed, its notice sent) at {@code metAt}, by the application's clock. */
public record ObligationMet(IncidentId incidentId, String obligationKey, Instant metAt) {
}
