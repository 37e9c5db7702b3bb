package io.breachflow.demo;

import io.breachflow.demo.DemoStatus.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one row of {@code demo_data}: claimed once per database, so two starts (or two nodes) never seed twice and a
 * database whose demo data was removed is never seeded again. The banner reads it on every page, so the latest
 * status is also kept in memory; another node's change shows after its next read.
 */
@Repository
class DemoRecord {

    private static final int ID = 1;

    private final JdbcClient jdbc;
    private volatile DemoStatus cached;

    DemoRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The status, from memory once read. */
    DemoStatus status() {
        DemoStatus status = cached;
        return status != null ? status : refresh();
    }

    DemoStatus refresh() {
        DemoStatus status = jdbc.sql("SELECT * FROM demo_data WHERE id = ?").param(ID).query(DemoRecord::row)
                .optional().orElse(DemoStatus.NONE);
        cached = status;
        return status;
    }

    /** Whether the database has no incident and never had demo data: the first start of a new installation. */
    boolean databaseEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single() == 0
                && jdbc.sql("SELECT COUNT(*) FROM demo_data").query(Long.class).single() == 0;
    }

    /** Claims the database for seeding; false when demo data exists or existed (nothing changes then). */
    boolean claim(Instant now) {
        if (status().state() != State.NONE && status().state() != State.REMOVED) {
            return false;
        }
        int changed = jdbc.sql("UPDATE demo_data SET state = 'PREPARING', incident_id = NULL, cohort_id = NULL, "
                + "run_id = NULL, started_at = ?, finished_at = NULL, failure = NULL, removed_at = NULL, "
                + "removed_by = NULL WHERE id = ? AND state = 'REMOVED'").params(utc(now), ID).update();
        if (changed == 0) {
            try {
                jdbc.sql("INSERT INTO demo_data (id, state, started_at) VALUES (?, 'PREPARING', ?)")
                        .params(ID, utc(now)).update();
            } catch (org.springframework.dao.DuplicateKeyException seededElsewhere) {
                refresh();
                return false;
            }
        }
        refresh();
        return true;
    }

    void reported(String incidentId) {
        jdbc.sql("UPDATE demo_data SET incident_id = ? WHERE id = ?").params(incidentId, ID).update();
        refresh();
    }

    void cohort(long cohortId) {
        jdbc.sql("UPDATE demo_data SET cohort_id = ? WHERE id = ?").params(cohortId, ID).update();
        refresh();
    }

    void run(long runId) {
        jdbc.sql("UPDATE demo_data SET run_id = ? WHERE id = ?").params(runId, ID).update();
        refresh();
    }

    void ready(Instant now) {
        jdbc.sql("UPDATE demo_data SET state = 'READY', finished_at = ? WHERE id = ? AND state = 'PREPARING'")
                .params(utc(now), ID).update();
        refresh();
    }

    void failed(Instant now, String failure) {
        jdbc.sql("UPDATE demo_data SET state = 'FAILED', finished_at = ?, failure = ? WHERE id = ? "
                + "AND state = 'PREPARING'").params(utc(now), failure.length() > 400 ? failure.substring(0, 400)
                : failure, ID).update();
        refresh();
    }

    void removed(Instant now, String by) {
        jdbc.sql("UPDATE demo_data SET state = 'REMOVED', removed_at = ?, removed_by = ? WHERE id = ?")
                .params(utc(now), by, ID).update();
        refresh();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static DemoStatus row(ResultSet rs, int row) throws SQLException {
        return new DemoStatus(State.valueOf(rs.getString("state")), rs.getString("incident_id"),
                (Long) rs.getObject("cohort_id", Long.class), (Long) rs.getObject("run_id", Long.class),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getString("failure"),
                instant(rs, "removed_at"), rs.getString("removed_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
