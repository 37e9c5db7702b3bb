package io.breachflow.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code suspected_incident} and {@code security_signal} tables. */
@Repository
class SuspectedIncidents {

    /** A suspected incident as stored. */
    record Suspected(IncidentId id, String type, OffsetDateTime firstObservedAt, String status,
                     OffsetDateTime awareAt, String reasoning, String decidedBy, Instant decidedAt) {
    }

    /** A signal as stored, {@code observedAt} in UTC (the database keeps the instant); {@code summary} may be null. */
    record StoredSignal(String source, String reference, String type, String severity, OffsetDateTime observedAt,
                        String summary) {
    }

    static final String OPEN = "OPEN";

    private final JdbcClient jdbc;

    SuspectedIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IncidentId> bySignal(String source, String reference) {
        return jdbc.sql("SELECT suspected_incident_id FROM security_signal WHERE source = ? AND reference = ?")
                .params(source, reference).query(UUID.class).optional().map(IncidentId::new);
    }

    /** An open suspected incident of this type with a signal within {@code window} of {@code observedAt}. */
    Optional<IncidentId> openNear(String type, OffsetDateTime observedAt, Duration window) {
        return jdbc.sql("""
                SELECT id FROM suspected_incident WHERE status = 'OPEN' AND signal_type = ?
                AND first_observed_at <= ? AND last_observed_at >= ? ORDER BY opened_at""")
                .params(type, observedAt.plus(window), observedAt.minus(window))
                .query(UUID.class).list().stream().findFirst().map(IncidentId::new);
    }

    void open(IncidentId id, String type, OffsetDateTime observedAt, Instant now) {
        jdbc.sql("""
                INSERT INTO suspected_incident (id, signal_type, opened_at, first_observed_at, last_observed_at, status)
                VALUES (?, ?, ?, ?, ?, 'OPEN')""")
                .params(id.value(), type, now.atOffset(ZoneOffset.UTC), observedAt, observedAt).update();
    }

    void addSignal(IncidentId id, SecuritySignal signal, Instant now) {
        jdbc.sql("""
                INSERT INTO security_signal (source, reference, suspected_incident_id, signal_type, severity,
                    observed_at, summary, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(signal.source(), signal.reference(), id.value(), signal.type(), signal.severity(),
                        signal.observedAt(), signal.summary(), now.atOffset(ZoneOffset.UTC))
                .update();
        jdbc.sql("""
                UPDATE suspected_incident SET
                    first_observed_at = LEAST(first_observed_at, ?), last_observed_at = GREATEST(last_observed_at, ?)
                WHERE id = ?""").params(signal.observedAt(), signal.observedAt(), id.value()).update();
    }

    Optional<Suspected> find(IncidentId id) {
        return jdbc.sql("""
                SELECT id, signal_type, first_observed_at, status, aware_at, reasoning, decided_by, decided_at
                FROM suspected_incident WHERE id = ?""").param(id.value()).query(SuspectedIncidents::map).optional();
    }

    List<StoredSignal> signals(IncidentId id) {
        return jdbc.sql("""
                SELECT source, reference, signal_type, severity, observed_at, summary FROM security_signal
                WHERE suspected_incident_id = ? ORDER BY observed_at, received_at""").param(id.value())
                .query((rs, row) -> new StoredSignal(rs.getString("source"), rs.getString("reference"),
                        rs.getString("signal_type"), rs.getString("severity"),
                        rs.getObject("observed_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                        rs.getString("summary")))
                .list();
    }

    /** Records the decision; false when the suspected incident was decided already. */
    boolean decide(IncidentId id, TriageOutcome outcome, OffsetDateTime awareAt, String reasoning, String decidedBy,
            Instant now) {
        return jdbc.sql("""
                UPDATE suspected_incident SET status = ?, aware_at = ?, reasoning = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND status = 'OPEN'""")
                .params(outcome.name(), awareAt, reasoning, decidedBy, now.atOffset(ZoneOffset.UTC), id.value())
                .update() == 1;
    }

    private static Suspected map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        return new Suspected(new IncidentId(rs.getObject("id", UUID.class)), rs.getString("signal_type"),
                rs.getObject("first_observed_at", OffsetDateTime.class), rs.getString("status"),
                rs.getObject("aware_at", OffsetDateTime.class), rs.getString("reasoning"),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant());
    }
}
