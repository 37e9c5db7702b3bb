package io.breachflow.incidents;

import io.breachflow.regimes.Obligation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The incident tables. Revisions are only ever inserted; their facts never change once stored. */
@Repository
class Incidents {

    /** One stored revision; {@code facts} is the complete facts document as JSON. */
    record StoredRevision(int number, OffsetDateTime revisedAt, String note, String facts, Instant recordedAt) {
    }

    /** One obligation row. */
    record StoredObligation(String key, String regime, String kind, String recipient, String jurisdiction,
                            String dueAt, ObligationStatus status, int sinceRevision) {
    }

    private final JdbcClient jdbc;

    Incidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertIncident(IncidentId id, Instant reportedAt, String reportedBy) {
        jdbc.sql("INSERT INTO incident (id, reported_at, reported_by) VALUES (?, ?, ?)")
                .params(id.value(), utc(reportedAt), reportedBy).update();
    }

    Optional<Instant> reportedAt(IncidentId id) {
        return jdbc.sql("SELECT reported_at FROM incident WHERE id = ?").param(id.value())
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    /** Locks the incident row so concurrent revisions get consecutive numbers. */
    void lock(IncidentId id) {
        jdbc.sql("SELECT id FROM incident WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).list();
    }

    void insertRevision(IncidentId id, int number, OffsetDateTime revisedAt, Instant storedAt, String storedBy,
            String note, String facts, boolean recorded) {
        jdbc.sql("""
                INSERT INTO incident_revision (incident_id, number, revised_at, stored_at, stored_by, note, facts,
                    recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), number, revisedAt, utc(storedAt), storedBy, note, facts,
                        recorded ? utc(storedAt) : null)
                .update();
    }

    List<StoredRevision> revisions(IncidentId id) {
        return jdbc.sql("""
                SELECT number, revised_at, note, facts, recorded_at FROM incident_revision
                WHERE incident_id = ? ORDER BY number""").param(id.value())
                .query((rs, row) -> new StoredRevision(rs.getInt("number"),
                        rs.getObject("revised_at", OffsetDateTime.class), rs.getString("note"), rs.getString("facts"),
                        Optional.ofNullable(rs.getObject("recorded_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant).orElse(null)))
                .list();
    }

    void markRecorded(IncidentId id, int number, Instant at) {
        jdbc.sql("UPDATE incident_revision SET recorded_at = ? WHERE incident_id = ? AND number = ?")
                .params(utc(at), id.value(), number).update();
    }

    void insertObligation(IncidentId id, Obligation obligation, int sinceRevision) {
        jdbc.sql("""
                INSERT INTO incident_obligation (incident_id, obligation_key, regime, kind, recipient, jurisdiction,
                    due_at, status, since_revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), obligation.key(), obligation.regime(), obligation.kind().name(),
                        obligation.recipient(), obligation.jurisdiction(), text(obligation.dueAt()),
                        ObligationStatus.OPEN.name(), sinceRevision)
                .update();
    }

    void updateDueAt(IncidentId id, String key, OffsetDateTime dueAt) {
        jdbc.sql("UPDATE incident_obligation SET due_at = ? WHERE incident_id = ? AND obligation_key = ?")
                .params(text(dueAt), id.value(), key).update();
    }

    /** Moves an obligation to {@code status}; true when it was in {@code from}. */
    boolean changeStatus(IncidentId id, String key, ObligationStatus from, ObligationStatus status) {
        return jdbc.sql("""
                UPDATE incident_obligation SET status = ?
                WHERE incident_id = ? AND obligation_key = ? AND status = ?""")
                .params(status.name(), id.value(), key, from.name()).update() == 1;
    }

    List<StoredObligation> obligations(IncidentId id) {
        return jdbc.sql("""
                SELECT obligation_key, regime, kind, recipient, jurisdiction, due_at, status, since_revision
                FROM incident_obligation WHERE incident_id = ? ORDER BY since_revision, obligation_key""")
                .param(id.value())
                .query((rs, row) -> new StoredObligation(rs.getString("obligation_key"), rs.getString("regime"),
                        rs.getString("kind"), rs.getString("recipient"), rs.getString("jurisdiction"),
                        rs.getString("due_at"), ObligationStatus.valueOf(rs.getString("status")),
                        rs.getInt("since_revision")))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
