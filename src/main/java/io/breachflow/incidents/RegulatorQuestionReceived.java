package io.breachflow.incidents;

import java.time.OffsetDateTime;

/**
 * A regulator asked a follow-up question about the incident, or gave an order ({@code kind} {@code QUESTION} or
 * {@code ORDER}), recorded by {@code recordedBy}; {@code answerDue} is null when it set no date. Its window runs
 * from {@code receivedAt}.
 */
public record RegulatorQuestionReceived(IncidentId incidentId, String questionId, String authority,
                                        OffsetDateTime answerDue, String recordedBy, String kind,
                                        OffsetDateTime receivedAt) {
}
