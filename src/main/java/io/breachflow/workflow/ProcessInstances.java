package io.breachflow.workflow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which process instances belong to which incident ({@code breach_process}), one per process id. */
@Repository
class ProcessInstances {

    private final JdbcClient jdbc;

    ProcessInstances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the incident for a new instance; false when one was started (or is being started) already. */
    boolean claim(String incidentId, String processId, Instant now) {
        if (jdbc.sql("SELECT COUNT(*) FROM breach_process WHERE incident_id = ? AND bpmn_process_id = ?")
                .params(incidentId, processId).query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO breach_process (incident_id, bpmn_process_id, started_at) VALUES (?, ?, ?)")
                .params(incidentId, processId, now.atOffset(ZoneOffset.UTC)).update();
        return true;
    }

    void started(String incidentId, String processId, long processInstanceKey) {
        jdbc.sql("UPDATE breach_process SET process_instance_key = ? WHERE incident_id = ? AND bpmn_process_id = ?")
                .params(processInstanceKey, incidentId, processId).update();
    }

    OptionalLong instanceOf(String incidentId, String processId) {
        return jdbc.sql("""
                SELECT process_instance_key FROM breach_process WHERE incident_id = ? AND bpmn_process_id = ?""")
                .params(incidentId, processId).query(Long.class).optional().filter(key -> key != null)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** The instances started under a marker beginning with {@code prefix} ({@code renotice/}), oldest first. */
    java.util.List<Long> instancesMarked(String incidentId, String prefix) {
        return jdbc.sql("SELECT process_instance_key FROM breach_process WHERE incident_id = ? AND bpmn_process_id "
                        + "LIKE ? AND process_instance_key IS NOT NULL ORDER BY started_at, process_instance_key")
                .params(incidentId, prefix + "%").query(Long.class).list();
    }
}
