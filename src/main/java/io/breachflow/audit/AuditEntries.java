package io.breachflow.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_entry} and {@code audit_chain_head} tables; rows are only ever inserted. */
@Repository
class AuditEntries {

    /** The last link: its sequence and hash (0 and {@link ChainHash#GENESIS} for an empty trail). */
    record Head(long sequence, String hash) {
    }

    /**
     * One stored link, with the previous hash it was chained to and how its hash was made.
     *
     * @param scheme {@link #HMAC} or {@link #SHA256} (entries written before keyed links)
     * @param keyId the id of the HMAC key, or null for {@link #SHA256}
     */
    record Link(AuditEntry entry, String previousHash, String scheme, String keyId) {

        boolean keyed() {
            return HMAC.equals(scheme);
        }
    }

    static final String HMAC = "HMAC-SHA256";
    static final String SHA256 = "SHA-256";

    private static final String COLUMNS = "sequence, at, actor, action, incident_id, detail, prev_hash, hash, "
            + "scheme, key_id";

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the head row until the transaction ends: appenders take turns, so the chain stays linear. */
    Head lockHead() {
        return jdbc.sql("SELECT sequence, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new Head(rs.getLong("sequence"), rs.getString("hash"))).single();
    }

    Head head() {
        return jdbc.sql("SELECT sequence, hash FROM audit_chain_head WHERE id = 1")
                .query((rs, row) -> new Head(rs.getLong("sequence"), rs.getString("hash"))).single();
    }

    /** Inserts a keyed link and moves the head to it. */
    void insert(AuditEntry entry, String previousHash, String keyId) {
        jdbc.sql("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.sequence(), entry.at().atOffset(ZoneOffset.UTC), entry.actor(), entry.action(),
                        entry.incidentId(), entry.detail(), previousHash, entry.hash(), HMAC, keyId)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET sequence = ?, hash = ? WHERE id = 1")
                .params(entry.sequence(), entry.hash()).update();
    }

    /** Up to {@code limit} links after {@code sequence} and up to {@code last}, in chain order. */
    List<Link> after(long sequence, long last, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence > ? AND sequence <= ? "
                        + "ORDER BY sequence FETCH FIRST " + limit + " ROWS ONLY")
                .params(sequence, last).query(AuditEntries::link).list();
    }

    List<AuditEntry> forIncident(String incidentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE incident_id = ? ORDER BY sequence")
                .param(incidentId).query(AuditEntries::link).list().stream().map(Link::entry).toList();
    }

    /** Newest first; {@code incidentId} and {@code action} narrow it when not null. */
    List<AuditEntry> page(String incidentId, String action, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE " + FILTER
                        + " ORDER BY sequence DESC OFFSET " + offset + " ROWS FETCH FIRST " + limit + " ROWS ONLY")
                .params(incidentId, incidentId, action, action)
                .query(AuditEntries::link).list().stream().map(Link::entry).toList();
    }

    long count(String incidentId, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE " + FILTER)
                .params(incidentId, incidentId, action, action).query(Long.class).single();
    }

    private static final String FILTER =
            "(CAST(? AS VARCHAR(36)) IS NULL OR incident_id = ?) AND (CAST(? AS VARCHAR(60)) IS NULL OR action = ?)";

    private static Link link(ResultSet rs, int row) throws SQLException {
        Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
        return new Link(new AuditEntry(rs.getLong("sequence"), at, rs.getString("actor"), rs.getString("action"),
                rs.getString("incident_id"), rs.getString("detail"), rs.getString("hash")),
                rs.getString("prev_hash"), rs.getString("scheme"), rs.getString("key_id"));
    }
}
