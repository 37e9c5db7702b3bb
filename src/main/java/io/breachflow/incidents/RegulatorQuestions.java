package io.breachflow.incidents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A regulator's follow-up question about an incident: kept here with its text, announced as
 * {@link RegulatorQuestionReceived} so the lifecycle opens an answering task due when the regulator asked.
 */
@Service
public class RegulatorQuestions {

    /** The question as the officer records it. */
    public record Question(String authority, String reference, OffsetDateTime receivedAt, OffsetDateTime answerDue,
                           String text) {
    }

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegulatorQuestions(JdbcClient jdbc, Incidents incidents, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Records the question and announces it.
     *
     * @return the question's id
     * @throws java.util.NoSuchElementException when there is no such incident
     */
    @Transactional
    public String record(IncidentId incident, Question question, String recordedBy) {
        incidents.requireExists(incident);
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO regulator_question (id, incident_id, authority, reference, received_at, answer_due,
                    question, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, incident.value(), question.authority(), question.reference(), question.receivedAt(),
                        question.answerDue(), question.text(), recordedBy, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(new RegulatorQuestionReceived(incident, id, question.authority(), question.answerDue(),
                recordedBy));
        return id;
    }
}
