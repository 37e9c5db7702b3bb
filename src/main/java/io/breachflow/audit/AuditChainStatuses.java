package io.breachflow.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The latest verification as every node sees it ({@code audit_chain_status}): the node that verified writes it, and
 * the banner, the audit page and the metrics of every node read it, so a break found on one node of a cluster is
 * shown on all of them.
 */
@Repository
class AuditChainStatuses {

    /** Every page shows the banner: one row read per node per second at most, not one per request. */
    private static final long FRESH_NANOS = 1_000_000_000L;

    private final JdbcClient jdbc;
    private volatile Cached cached;

    private record Cached(Optional<AuditChainMonitor.Status> status, long readAt) {
    }

    AuditChainStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AuditChainMonitor.Status> latest() {
        Cached last = cached;
        long now = System.nanoTime();
        if (last != null && now - last.readAt() < FRESH_NANOS) {
            return last.status();
        }
        Optional<AuditChainMonitor.Status> status = jdbc.sql("SELECT intact, checked, broken_at, problem, checkpoint, "
                + "verified_at FROM audit_chain_status WHERE id = 1").query(AuditChainStatuses::status).optional();
        cached = new Cached(status, now);
        return status;
    }

    void save(AuditChainMonitor.Status status) {
        cached = null;
        AuditVerification v = status.verification();
        OffsetDateTime at = status.at().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE audit_chain_status SET intact = ?, checked = ?, broken_at = ?, problem = ?, "
                        + "checkpoint = ?, verified_at = ? WHERE id = 1")
                .params(v.intact(), v.checked(), v.brokenAt(), v.problem(), v.checkpoint(), at).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO audit_chain_status (id, intact, checked, broken_at, problem, checkpoint, "
                                + "verified_at) VALUES (1, ?, ?, ?, ?, ?, ?)")
                        .params(v.intact(), v.checked(), v.brokenAt(), v.problem(), v.checkpoint(), at).update();
            } catch (DuplicateKeyException firstOnAnotherNode) {
                save(status); // two nodes' first verifications at once: the row exists now
            }
        }
    }

    private static AuditChainMonitor.Status status(ResultSet rs, int row) throws SQLException {
        long brokenAt = rs.getLong("broken_at");
        Long broken = rs.wasNull() ? null : brokenAt;
        long checkpointAt = rs.getLong("checkpoint");
        Long checkpoint = rs.wasNull() ? null : checkpointAt;
        return new AuditChainMonitor.Status(new AuditVerification(rs.getBoolean("intact"), rs.getLong("checked"),
                broken, rs.getString("problem"), checkpoint),
                rs.getObject("verified_at", OffsetDateTime.class).toInstant());
    }
}
