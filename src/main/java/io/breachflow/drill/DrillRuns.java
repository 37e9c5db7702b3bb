package io.breachflow.drill;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The drill runs ({@code drill_run}) and when each drill obligation was met ({@code drill_obligation_met}). */
@Repository
@Profile("drill")
class DrillRuns {

    private static final String COLUMNS = "id, scenario, incident_id, started_at, started_by, pace_seconds, paused, "
            + "injects_applied, ended_at, ended_by, report IS NOT NULL AS has_report";

    private final JdbcClient jdbc;

    DrillRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String scenario, Instant startedAt, String startedBy, Duration pace) {
        long id = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1 FROM drill_run").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO drill_run (id, scenario, started_at, started_by, pace_seconds, paused, injects_applied)
                VALUES (?, ?, ?, ?, ?, TRUE, 0)""").params(id, scenario, utc(startedAt), startedBy, pace.toSeconds())
                .update();
        return id;
    }

    void incident(long id, String incidentId) {
        jdbc.sql("UPDATE drill_run SET incident_id = ? WHERE id = ?").params(incidentId, id).update();
    }

    void pace(long id, Duration pace, boolean paused) {
        jdbc.sql("UPDATE drill_run SET pace_seconds = ?, paused = ? WHERE id = ?")
                .params(pace.toSeconds(), paused, id).update();
    }

    void injectsApplied(long id, int applied) {
        jdbc.sql("UPDATE drill_run SET injects_applied = ? WHERE id = ?").params(applied, id).update();
    }

    void end(long id, Instant endedAt, String endedBy, String report) {
        jdbc.sql("UPDATE drill_run SET ended_at = ?, ended_by = ?, paused = TRUE, report = ? WHERE id = ?")
                .params(utc(endedAt), endedBy, report, id).update();
    }

    Optional<DrillRun> running() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM drill_run WHERE ended_at IS NULL ORDER BY id DESC")
                .query(DrillRuns::run).optional();
    }

    Optional<DrillRun> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM drill_run WHERE id = ?").param(id).query(DrillRuns::run).optional();
    }

    List<DrillRun> ended() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM drill_run WHERE ended_at IS NOT NULL ORDER BY id DESC")
                .query(DrillRuns::run).list();
    }

    Optional<String> report(long id) {
        return jdbc.sql("SELECT report FROM drill_run WHERE id = ? AND report IS NOT NULL").param(id)
                .query(String.class).optional();
    }

    void met(String incidentId, String obligationKey, Instant metAt) {
        jdbc.sql("DELETE FROM drill_obligation_met WHERE incident_id = ? AND obligation_key = ?")
                .params(incidentId, obligationKey).update();
        jdbc.sql("INSERT INTO drill_obligation_met (incident_id, obligation_key, met_at) VALUES (?, ?, ?)")
                .params(incidentId, obligationKey, utc(metAt)).update();
    }

    Optional<Instant> metAt(String incidentId, String obligationKey) {
        return jdbc.sql("SELECT met_at FROM drill_obligation_met WHERE incident_id = ? AND obligation_key = ?")
                .params(incidentId, obligationKey).query((rs, n) -> instant(rs, "met_at")).optional();
    }

    private static DrillRun run(ResultSet rs, int row) throws SQLException {
        return new DrillRun(rs.getLong("id"), rs.getString("scenario"), rs.getString("incident_id"),
                instant(rs, "started_at"), rs.getString("started_by"), Duration.ofSeconds(rs.getLong("pace_seconds")),
                rs.getBoolean("paused"), rs.getInt("injects_applied"), instant(rs, "ended_at"),
                rs.getString("ended_by"), rs.getBoolean("has_report"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
