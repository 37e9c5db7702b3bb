package io.breachflow.incidents;

import java.time.OffsetDateTime;

/**
 * An officer recorded the deadline they counted by hand for an obligation whose holiday calendar does not cover
 * the year its clock needs; {@code workflow} re-times its process and tasks as for any moved deadline.
 */
public record DeadlineCounted(IncidentId incidentId, String key, String regime, String kind, String recipient,
                              String jurisdiction, OffsetDateTime dueAt, String countedBy) {
}
