package io.breachflow.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which revision of the facts each document was drafted from ({@code document_revision}). Drafting stamps a
 * document once; a scope revision that changes its facts before it is filed or sent supersedes it; filing or
 * starting a notice run marks it used. Supersession and use exclude each other in the database (each only
 * happens to a row that has neither), so a document is never both sent and overtaken.
 */
@Service
public class DocumentRevisions {

    private static final String COLUMNS = "kind, document_id, incident_id, obligation_key, facts_revision, "
            + "drafted_at, superseded_by_revision, superseded_at, superseded_by, used_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentRevisions(JdbcClient jdbc, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Records that the document was drafted from {@code factsRevision}; a second stamp of it changes nothing. */
    @Transactional
    public void stamp(DocumentKind kind, long documentId, String incidentId, String obligationKey, int factsRevision) {
        jdbc.sql("INSERT INTO document_revision (kind, document_id, incident_id, obligation_key, facts_revision, "
                        + "drafted_at) SELECT ?, ?, ?, ?, ?, ? FROM (VALUES (1)) one WHERE NOT EXISTS "
                        + "(SELECT 1 FROM document_revision WHERE kind = ? AND document_id = ?)")
                .params(kind.name(), documentId, incidentId, obligationKey, factsRevision,
                        clock.instant().toEpochMilli(), kind.name(), documentId)
                .update();
    }

    public Optional<DocumentStamp> find(DocumentKind kind, long documentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document_revision WHERE kind = ? AND document_id = ?")
                .params(kind.name(), documentId).query(DocumentRevisions::map).optional();
    }

    /** Every stamped document of the incident, oldest first. */
    public List<DocumentStamp> forIncident(String incidentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document_revision WHERE incident_id = ? "
                        + "ORDER BY drafted_at, kind, document_id")
                .param(incidentId).query(DocumentRevisions::map).list();
    }

    /** The documents of the incident still on their way: drafted, neither superseded nor filed or sent. */
    public List<DocumentStamp> inFlight(String incidentId) {
        return forIncident(incidentId).stream().filter(DocumentStamp::inFlight).toList();
    }

    /**
     * Marks the document overtaken by {@code revision}, unless it was already used or superseded; publishes
     * {@link DocumentSuperseded} for the audit trail when it was.
     *
     * @return whether this call superseded it
     */
    @Transactional
    public boolean supersede(DocumentKind kind, long documentId, int revision, String by) {
        boolean superseded = jdbc.sql("UPDATE document_revision SET superseded_by_revision = ?, superseded_at = ?, "
                        + "superseded_by = ? WHERE kind = ? AND document_id = ? AND superseded_by_revision IS NULL "
                        + "AND used_at IS NULL")
                .params(revision, clock.instant().toEpochMilli(), by, kind.name(), documentId).update() == 1;
        if (superseded) {
            events.publishEvent(new DocumentSuperseded(find(kind, documentId).orElseThrow()));
        }
        return superseded;
    }

    /**
     * Checks the document may still be filed or sent and records that it now is, in the caller's transaction;
     * a document never stamped (drafted before stamps existed, or outside a case) passes unrecorded.
     *
     * @throws DocumentSupersededException when a revision overtook it
     */
    @Transactional
    public void use(DocumentKind kind, long documentId) {
        int marked = jdbc.sql("UPDATE document_revision SET used_at = ? WHERE kind = ? AND document_id = ? "
                        + "AND used_at IS NULL AND superseded_by_revision IS NULL")
                .params(clock.instant().toEpochMilli(), kind.name(), documentId).update();
        if (marked == 0) {
            // used before (a retried filing), never stamped, or superseded: only the last is refused
            requireCurrent(kind, documentId);
        }
    }

    /** @throws DocumentSupersededException when a revision overtook the document */
    public void requireCurrent(DocumentKind kind, long documentId) {
        Optional<DocumentStamp> stamp = find(kind, documentId);
        if (stamp.isPresent() && stamp.get().superseded()) {
            throw new DocumentSupersededException(stamp.get());
        }
    }

    private static DocumentStamp map(ResultSet rs, int row) throws SQLException {
        return new DocumentStamp(DocumentKind.valueOf(rs.getString("kind")), rs.getLong("document_id"),
                rs.getString("incident_id"), rs.getString("obligation_key"), rs.getInt("facts_revision"),
                Instant.ofEpochMilli(rs.getLong("drafted_at")), rs.getObject("superseded_by_revision", Integer.class),
                millis(rs, "superseded_at"), rs.getString("superseded_by"), millis(rs, "used_at"));
    }

    private static Instant millis(ResultSet rs, String column) throws SQLException {
        Long value = rs.getObject(column, Long.class);
        return value == null ? null : Instant.ofEpochMilli(value);
    }
}
