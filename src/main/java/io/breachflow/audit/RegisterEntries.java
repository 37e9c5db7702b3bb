package io.breachflow.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code breach_register_entry} table: one row per incident, created on first news of it. */
@Repository
class RegisterEntries {

    /** The facts part of an entry, as derived from the incident's latest revision. */
    record Facts(String title, String cause, String dataCategories, String awareAt, long affectedTotal,
                 String affectedDetail, Boolean highRisk, Boolean encrypted) {
    }

    private final JdbcClient jdbc;

    RegisterEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the entry as {@code outcome} unless it exists; events may arrive in any order. */
    void open(String incidentId, String outcome, Instant at) {
        if (find(incidentId).isPresent()) {
            return;
        }
        try {
            jdbc.sql("""
                    INSERT INTO breach_register_entry (incident_id, opened_at, outcome, updated_at)
                    VALUES (?, ?, ?, ?)""").params(incidentId, utc(at), outcome, utc(at)).update();
        } catch (DuplicateKeyException concurrentlyOpened) {
            // another listener opened it first; the caller's update follows either way
        }
    }

    void decide(String incidentId, String outcome, String reasoning, String decidedBy, Instant decidedAt) {
        jdbc.sql("""
                UPDATE breach_register_entry SET outcome = ?, reasoning = ?, decided_by = ?, decided_at = ?,
                    updated_at = ? WHERE incident_id = ?""")
                .params(outcome, reasoning, decidedBy, utc(decidedAt), utc(decidedAt), incidentId).update();
    }

    /** A reported incident is a breach: an entry opened by detection keeps its triage reasoning. */
    void confirm(String incidentId, String obligations, Instant at) {
        jdbc.sql("""
                UPDATE breach_register_entry SET outcome = 'BREACH', obligations = ?, updated_at = ?
                WHERE incident_id = ?""").params(obligations, utc(at), incidentId).update();
    }

    void facts(String incidentId, Facts facts, Integer revision, Instant at) {
        jdbc.sql("""
                UPDATE breach_register_entry SET title = ?, cause = ?, data_categories = ?, aware_at = ?,
                    affected_total = ?, affected_detail = ?, high_risk = ?, encrypted = ?,
                    latest_revision = GREATEST(COALESCE(?, 0), COALESCE(latest_revision, 0)), updated_at = ?
                WHERE incident_id = ?""")
                .params(facts.title(), facts.cause(), facts.dataCategories(), facts.awareAt(), facts.affectedTotal(),
                        facts.affectedDetail(), facts.highRisk(), facts.encrypted(), revision, utc(at), incidentId)
                .update();
    }

    void obligations(String incidentId, String obligations, Instant at) {
        jdbc.sql("UPDATE breach_register_entry SET obligations = ?, updated_at = ? WHERE incident_id = ?")
                .params(obligations, utc(at), incidentId).update();
    }

    void remedialAction(String incidentId, String text, Instant at) {
        jdbc.sql("UPDATE breach_register_entry SET remedial_action = ?, updated_at = ? WHERE incident_id = ?")
                .params(text, utc(at), incidentId).update();
    }

    void lessonsLearned(String incidentId, String text, Instant at) {
        jdbc.sql("UPDATE breach_register_entry SET lessons_learned = ?, updated_at = ? WHERE incident_id = ?")
                .params(text, utc(at), incidentId).update();
    }

    void close(String incidentId, Instant closedAt) {
        jdbc.sql("UPDATE breach_register_entry SET closed_at = ?, updated_at = ? WHERE incident_id = ?")
                .params(utc(closedAt), utc(closedAt), incidentId).update();
    }

    void drill(String incidentId, long drillRun, Instant at) {
        jdbc.sql("UPDATE breach_register_entry SET drill_run = ?, updated_at = ? WHERE incident_id = ?")
                .params(drillRun, utc(at), incidentId).update();
    }

    Optional<RegisterEntry> find(String incidentId) {
        return jdbc.sql("SELECT * FROM breach_register_entry WHERE incident_id = ?").param(incidentId)
                .query(RegisterEntries::map).optional();
    }

    /** Newest first. */
    List<RegisterEntry> all() {
        return jdbc.sql("SELECT * FROM breach_register_entry ORDER BY opened_at DESC, incident_id")
                .query(RegisterEntries::map).list();
    }

    private static RegisterEntry map(ResultSet rs, int row) throws SQLException {
        return new RegisterEntry(rs.getString("incident_id"), instant(rs, "opened_at"), rs.getString("outcome"),
                rs.getString("reasoning"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("title"), rs.getString("cause"), rs.getString("data_categories"),
                rs.getString("aware_at"), rs.getObject("affected_total", Long.class), rs.getString("affected_detail"),
                rs.getObject("high_risk", Boolean.class), rs.getObject("encrypted", Boolean.class),
                rs.getObject("latest_revision", Integer.class), rs.getString("obligations"),
                rs.getString("remedial_action"), instant(rs, "closed_at"), rs.getString("lessons_learned"),
                rs.getObject("drill_run", Long.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
