package io.breachflow.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes what the demo created, by the demo incident's id and the runs and cohorts that name it, children before
 * parents, in one transaction. Written against each module's tables because their services offer no deletion (a
 * real case is kept, not deleted); the audit trail, the personal-data access log and the engine's history are left
 * alone — they are append-only records of what happened, the demo's removal included.
 */
@Repository
class DemoRows {

    private final JdbcClient jdbc;

    DemoRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The notice runs of the incident (its own and re-notices), and the demo's run even if it names none. */
    List<Long> runsOf(String incidentId, Long demoRun) {
        Set<Long> runs = new LinkedHashSet<>(jdbc.sql("SELECT id FROM notice_run WHERE incident_id = ?")
                .param(incidentId).query(Long.class).list());
        if (demoRun != null) {
            runs.add(demoRun);
        }
        return new ArrayList<>(runs);
    }

    /** Deletes the demo's rows; returns how many went. */
    @Transactional
    long delete(String incidentId, Long demoCohort, Long demoRun) {
        long deleted = 0;
        List<Long> runs = incidentId == null ? (demoRun == null ? List.of() : List.of(demoRun))
                : runsOf(incidentId, demoRun);
        Set<Long> cohorts = new LinkedHashSet<>();
        if (demoCohort != null) {
            cohorts.add(demoCohort);
        }
        for (long run : runs) {
            cohorts.addAll(jdbc.sql("SELECT cohort_id FROM notice_run WHERE id = ?").param(run).query(Long.class).list());
            deleted += update("DELETE FROM notice_sms_outbox WHERE reference LIKE ?", "<run-" + run + "-p-%");
            deleted += update("DELETE FROM notice_ledger WHERE run_id = ?", run);
        }
        if (incidentId != null) {
            cohorts.addAll(jdbc.sql("SELECT id FROM notice_cohort WHERE incident_id = ?").param(incidentId)
                    .query(Long.class).list());
            deleted += update("DELETE FROM notice_renotice WHERE incident_id = ?", incidentId);
        }
        for (long run : runs) {
            deleted += update("DELETE FROM notice_run WHERE id = ?", run);
        }
        for (long cohort : cohorts) {
            deleted += update("DELETE FROM notice_cohort_count WHERE cohort_id = ?", cohort);
            deleted += update("DELETE FROM notice_cohort_reject WHERE cohort_id = ?", cohort);
            deleted += update("DELETE FROM notice_recipient WHERE cohort_id = ?", cohort);
            deleted += update("DELETE FROM notice_cohort WHERE id = ?", cohort);
        }
        return incidentId == null ? deleted : deleted + deleteCase(incidentId);
    }

    private long deleteCase(String incidentId) {
        UUID uuid = UUID.fromString(incidentId);
        long deleted = 0;
        for (String sql : List.of(
                "DELETE FROM letter_version WHERE incident_id = ?",
                "DELETE FROM authority_report WHERE incident_id = ?",
                "DELETE FROM document_revision WHERE incident_id = ?",
                "DELETE FROM evidence_custody WHERE item_id IN (SELECT id FROM evidence_item WHERE incident_id = ?)",
                "DELETE FROM evidence_handover WHERE incident_id = ?",
                "DELETE FROM evidence_package WHERE incident_id = ?",
                "DELETE FROM evidence_item WHERE incident_id = ?",
                "DELETE FROM human_task_draft WHERE task_id IN (SELECT id FROM human_task WHERE incident_id = ?)",
                "DELETE FROM human_task_upload WHERE task_id IN (SELECT id FROM human_task WHERE incident_id = ?)",
                "DELETE FROM human_task_reminder WHERE incident_id = ?",
                "DELETE FROM human_task WHERE incident_id = ?",
                "DELETE FROM breach_process WHERE incident_id = ?",
                "DELETE FROM breach_register_entry WHERE incident_id = ?")) {
            deleted += update(sql, incidentId);
        }
        for (String sql : List.of(
                "DELETE FROM law_enforcement_hold_obligation WHERE hold_id IN "
                        + "(SELECT id FROM law_enforcement_hold WHERE incident_id = ?)",
                "DELETE FROM law_enforcement_hold WHERE incident_id = ?",
                "DELETE FROM police_referral WHERE incident_id = ?",
                "DELETE FROM regulator_question WHERE incident_id = ?",
                "DELETE FROM incident_obligation WHERE incident_id = ?",
                "DELETE FROM incident_revision WHERE incident_id = ?",
                "DELETE FROM incident WHERE id = ?")) {
            deleted += update(sql, uuid);
        }
        return deleted;
    }

    private long update(String sql, Object param) {
        return jdbc.sql(sql).param(param).update();
    }
}
