package io.breachflow.incidents;

import io.breachflow.regimes.Deadline;
import io.breachflow.regimes.Obligation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The incident tables. Revisions are only ever inserted; their facts never change once stored. */
@Repository
class Incidents {

    /** One stored revision; {@code facts} is the complete facts document as JSON. */
    record StoredRevision(int number, OffsetDateTime revisedAt, String note, String facts, Instant recordedAt,
                          Long recordedBy) {
    }

    /**
     * One obligation row; {@code awaiting} says why {@code dueAt} is null (the catalog's reason, e.g. a
     * business-day calendar that does not cover the year the clock needs), null once there is a deadline;
     * {@code countedBy} who recorded a deadline counted by hand for such a gap, null otherwise.
     */
    record StoredObligation(String key, String regime, String kind, String recipient, String jurisdiction,
                            String dueAt, ObligationStatus status, int sinceRevision, String heldUntil,
                            String holdBasis, String awaiting, String countedBy) {
    }

    /** The longest reason the {@code awaiting} column keeps. */
    private static final int AWAITING_LENGTH = 1000;

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

    /** @throws NoSuchElementException when there is no such incident */
    void requireExists(IncidentId id) {
        if (reportedAt(id).isEmpty()) {
            throw new NoSuchElementException("Expected incident " + id + ", but there is none");
        }
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
                SELECT number, revised_at, note, facts, recorded_at, recorded_by FROM incident_revision
                WHERE incident_id = ? ORDER BY number""").param(id.value())
                .query((rs, row) -> new StoredRevision(rs.getInt("number"),
                        rs.getObject("revised_at", OffsetDateTime.class), rs.getString("note"), rs.getString("facts"),
                        Optional.ofNullable(rs.getObject("recorded_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant).orElse(null),
                        rs.getObject("recorded_by", Long.class)))
                .list();
    }

    void markRecorded(IncidentId id, int number, Instant at, long recordingKey) {
        jdbc.sql("UPDATE incident_revision SET recorded_at = ?, recorded_by = ? WHERE incident_id = ? AND number = ?")
                .params(utc(at), recordingKey, id.value(), number).update();
    }

    void insertObligation(IncidentId id, Obligation obligation, int sinceRevision) {
        jdbc.sql("""
                INSERT INTO incident_obligation (incident_id, obligation_key, regime, kind, recipient, jurisdiction,
                    due_at, status, since_revision, awaiting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), obligation.key(), obligation.regime(), obligation.kind().name(),
                        obligation.recipient(), obligation.jurisdiction(), text(obligation.dueAt()),
                        ObligationStatus.OPEN.name(), sinceRevision, awaiting(obligation.dueAt(), obligation.awaiting()))
                .update();
    }

    /**
     * Sets the obligation's deadline and why it has none: a deadline that gets a date loses its reason, one that
     * loses its date (a revision moved its anchor into a year no calendar covers) gets the new one.
     */
    void updateDeadline(IncidentId id, String key, OffsetDateTime dueAt, String awaiting) {
        jdbc.sql("""
                UPDATE incident_obligation SET due_at = ?, awaiting = ?, counted_by = NULL, counted_note = NULL
                WHERE incident_id = ? AND obligation_key = ?""")
                .params(text(dueAt), awaiting(dueAt, awaiting), id.value(), key).update();
    }

    /**
     * Records a deadline counted by hand, only for an open obligation still without one because a holiday calendar
     * does not cover its year; true when it was such an obligation.
     */
    boolean countDeadline(IncidentId id, String key, OffsetDateTime dueAt, String countedBy, String note) {
        return jdbc.sql("""
                UPDATE incident_obligation SET due_at = ?, awaiting = NULL, counted_by = ?, counted_note = ?
                WHERE incident_id = ? AND obligation_key = ? AND status = 'OPEN' AND due_at IS NULL
                    AND awaiting LIKE ?""")
                .params(text(dueAt), countedBy, note, id.value(), key, Deadline.CALENDAR_MISSING + "%").update() == 1;
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
                SELECT obligation_key, regime, kind, recipient, jurisdiction, due_at, status, since_revision,
                    held_until, hold_basis, awaiting, counted_by
                FROM incident_obligation WHERE incident_id = ? ORDER BY since_revision, obligation_key""")
                .param(id.value())
                .query((rs, row) -> new StoredObligation(rs.getString("obligation_key"), rs.getString("regime"),
                        rs.getString("kind"), rs.getString("recipient"), rs.getString("jurisdiction"),
                        rs.getString("due_at"), ObligationStatus.valueOf(rs.getString("status")),
                        rs.getInt("since_revision"), rs.getString("held_until"), rs.getString("hold_basis"),
                        rs.getString("awaiting"), rs.getString("counted_by")))
                .list();
    }

    /** Shifts an open obligation's deadline for a law-enforcement hold, recording until when and why. */
    boolean hold(IncidentId id, String key, OffsetDateTime dueAt, OffsetDateTime heldUntil, String basis) {
        return jdbc.sql("""
                UPDATE incident_obligation SET due_at = ?, held_until = ?, hold_basis = ?
                WHERE incident_id = ? AND obligation_key = ? AND status = 'OPEN'""")
                .params(text(dueAt), text(heldUntil), basis, id.value(), key).update() == 1;
    }

    void insertHold(String holdId, IncidentId id, LawEnforcementRequests.HoldRequest request, String recordedBy,
            Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO law_enforcement_hold (id, incident_id, requested_at, hold_until, agency, reference, note,
                    attachment_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(holdId, id.value(), request.requestedAt(), request.holdUntil(), request.agency(),
                        request.reference(), request.note(), request.attachmentId(), recordedBy, utc(recordedAt))
                .update();
    }

    Optional<String> referralRequestedBy(IncidentId id) {
        return jdbc.sql("SELECT requested_by FROM police_referral WHERE incident_id = ?").param(id.value())
                .query(String.class).optional();
    }

    Optional<LawEnforcementRequests.Referral> referral(IncidentId id) {
        return jdbc.sql("SELECT requested_at, requested_by, reason FROM police_referral WHERE incident_id = ?")
                .param(id.value())
                .query((rs, row) -> new LawEnforcementRequests.Referral(
                        rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getString("requested_by"),
                        rs.getString("reason")))
                .optional();
    }

    /** Records the incident's one police referral; false when it already has one. */
    boolean claimReferral(IncidentId id, String requestedBy, String reason, Instant at) {
        int inserted = jdbc.sql("""
                INSERT INTO police_referral (incident_id, requested_at, requested_by, reason)
                SELECT ?, ?, ?, ? FROM (VALUES (1)) one
                WHERE NOT EXISTS (SELECT 1 FROM police_referral WHERE incident_id = ?)""")
                .params(id.value(), utc(at), requestedBy, reason, id.value()).update();
        return inserted == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String awaiting(OffsetDateTime dueAt, String awaiting) {
        if (dueAt != null || awaiting == null) {
            return null;
        }
        return awaiting.length() <= AWAITING_LENGTH ? awaiting : awaiting.substring(0, AWAITING_LENGTH);
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
