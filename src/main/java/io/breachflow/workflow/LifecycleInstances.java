package io.breachflow.workflow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which lifecycle instance belongs to which incident ({@code breach_process}). */
@Repository
class LifecycleInstances {

    private final JdbcClient jdbc;

    LifecycleInstances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the incident for a new instance; false when one was started (or is being started) already. */
    boolean claim(String incidentId, Instant now) {
        if (jdbc.sql("SELECT COUNT(*) FROM breach_process WHERE incident_id = ?").param(incidentId)
                .query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO breach_process (incident_id, started_at) VALUES (?, ?)")
                .params(incidentId, now.atOffset(ZoneOffset.UTC)).update();
        return true;
    }

    void started(String incidentId, long processInstanceKey) {
        jdbc.sql("UPDATE breach_process SET process_instance_key = ? WHERE incident_id = ?")
                .params(processInstanceKey, incidentId).update();
    }

    OptionalLong instanceOf(String incidentId) {
        return jdbc.sql("SELECT process_instance_key FROM breach_process WHERE incident_id = ?").param(incidentId)
                .query(Long.class).optional().filter(key -> key != null)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
