package io.breachflow.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A regulator's follow-up question or order about an incident: kept here with its text, announced as
 * {@link RegulatorQuestionReceived} so the lifecycle opens an answering task due when the regulator asked, with
 * reminders and an escalation to the DPO like every other obligation. The text stays here; the process carries
 * only the id, the authority's code and the dates.
 */
@Service
public class RegulatorQuestions {

    /** A question asks for information; an order (to notify, to correct, to report again) must be obeyed by a date. */
    public enum Kind {
        QUESTION,
        ORDER
    }

    /** The question as the officer records it; {@code text} is a summary without personal data. */
    public record Question(Kind kind, String authority, String reference, OffsetDateTime receivedAt,
                           OffsetDateTime answerDue, String text) {
    }

    /** A recorded question, as the case screens show it. */
    public record Recorded(String id, Kind kind, String authority, String reference, OffsetDateTime receivedAt,
                           OffsetDateTime answerDue, String text, String recordedBy, Instant recordedAt) {
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
                INSERT INTO regulator_question (id, incident_id, kind, authority, reference, received_at, answer_due,
                    question, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, incident.value(), question.kind().name(), question.authority(), question.reference(),
                        question.receivedAt(),
                        question.answerDue(), question.text(), recordedBy, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(new RegulatorQuestionReceived(incident, id, question.authority(), question.answerDue(),
                recordedBy, question.kind().name(), question.receivedAt()));
        return id;
    }

    /** The incident's questions and orders, the earliest received first. */
    @Transactional(readOnly = true)
    public List<Recorded> of(IncidentId incident) {
        return jdbc.sql("""
                SELECT id, kind, authority, reference, received_at, answer_due, question, recorded_by, recorded_at
                FROM regulator_question WHERE incident_id = ? ORDER BY received_at, recorded_at, id""")
                .param(incident.value())
                .query((rs, row) -> new Recorded(rs.getString("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("authority"), rs.getString("reference"),
                        rs.getObject("received_at", OffsetDateTime.class),
                        rs.getObject("answer_due", OffsetDateTime.class), rs.getString("question"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
