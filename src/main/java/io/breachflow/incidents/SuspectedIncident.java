package io.breachflow.incidents;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A suspected incident: its signals and, once triaged, the decision with its reasoning. {@code status}
 * is {@code OPEN} or a {@link TriageOutcome}.
 */
public record SuspectedIncident(IncidentId id, String type, String status, OffsetDateTime awareAt, String reasoning,
                                String decidedBy, Instant decidedAt, List<Signal> signals) {

    /** A signal, without its free-text summary. */
    public record Signal(String source, String reference, String type, String severity, OffsetDateTime observedAt) {
    }

    public SuspectedIncident {
        signals = List.copyOf(signals);
    }
}
