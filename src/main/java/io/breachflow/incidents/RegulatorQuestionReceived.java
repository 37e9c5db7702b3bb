package io.breachflow.incidents;

import java.time.OffsetDateTime;

/**
 * A regulator asked a follow-up question about the incident, recorded by {@code recordedBy};
 * {@code answerDue} is null when it set no date.
 */
public record RegulatorQuestionReceived(IncidentId incidentId, String questionId, String authority,
                                        OffsetDateTime answerDue, String recordedBy) {
}
