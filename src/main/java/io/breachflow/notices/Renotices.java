package io.breachflow.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code notice_renotice} table: inserted once, then only its cohort and later run are filled in. */
@Repository
class Renotices {

    private static final String COLUMNS = "id, earlier_run_id, incident_id, earlier_version_id, reason, order_reference, "
            + "include_unreached, letter_version_id, cohort_id, later_run_id, requested_by, requested_at";

    private final JdbcClient jdbc;

    Renotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long earlierRunId, String incidentId, long earlierVersionId, RenoticeOrder order, long letterVersionId,
            String requestedBy, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notice_renotice (earlier_run_id, incident_id, earlier_version_id, reason, order_reference, "
                        + "include_unreached, letter_version_id, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(earlierRunId, incidentId, earlierVersionId, order.reason(), order.orderReference(),
                        order.includeUnreached(), letterVersionId, requestedBy, at.toEpochMilli())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Renotice> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice_renotice WHERE id = ?").param(id).query(this::map).optional();
    }

    List<Renotice> ofEarlierRun(long runId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice_renotice WHERE earlier_run_id = ? ORDER BY id").param(runId)
                .query(this::map).list();
    }

    Optional<Renotice> ofLaterRun(long runId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice_renotice WHERE later_run_id = ?").param(runId)
                .query(this::map).optional();
    }

    List<Renotice> forIncident(String incidentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice_renotice WHERE incident_id = ? ORDER BY id")
                .param(incidentId).query(this::map).list();
    }

    List<Renotice> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice_renotice ORDER BY id").query(this::map).list();
    }

    void cohort(long id, long cohortId) {
        jdbc.sql("UPDATE notice_renotice SET cohort_id = ? WHERE id = ? AND cohort_id IS NULL").params(cohortId, id)
                .update();
    }

    void laterRun(long id, long runId) {
        jdbc.sql("UPDATE notice_renotice SET later_run_id = ? WHERE id = ? AND later_run_id IS NULL").params(runId, id)
                .update();
    }

    /** The run of a re-notice's own cohort, if one was started (a retried start finds it instead of a second). */
    Optional<Long> runOfCohort(long cohortId) {
        return jdbc.sql("SELECT MIN(id) FROM notice_run WHERE cohort_id = ?").param(cohortId).query(Long.class)
                .optional();
    }

    private Renotice map(ResultSet rs, int row) throws SQLException {
        return new Renotice(rs.getLong("id"), rs.getLong("earlier_run_id"), rs.getString("incident_id"),
                rs.getLong("earlier_version_id"), rs.getString("reason"), rs.getString("order_reference"),
                rs.getBoolean("include_unreached"), nullable(rs, "letter_version_id"), nullable(rs, "cohort_id"),
                nullable(rs, "later_run_id"), rs.getString("requested_by"),
                Instant.ofEpochMilli(rs.getLong("requested_at")));
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
