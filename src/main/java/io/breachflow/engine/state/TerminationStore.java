package io.breachflow.engine.state;

/**
 * What follows an element instance's held termination ({@code engine_termination_continuation}, V58), as JSON the
 * processing layer owns; kept in the database so a held termination carries on after a restart.
 */
public final class TerminationStore {
    private final Sql sql;

    public TerminationStore(EngineStore store) {
        this.sql = store.sql();
    }

    public void put(long elementInstanceKey, long processInstanceKey, String json) {
        sql.update("DELETE FROM engine_termination_continuation WHERE element_instance_key = ?", elementInstanceKey);
        sql.update("INSERT INTO engine_termination_continuation (element_instance_key, process_instance_key, "
                + "continuation_json) VALUES (?, ?, ?)", elementInstanceKey, processInstanceKey, json);
    }

    /** The continuation of the instance, removed; null when none was held. */
    public String take(long elementInstanceKey) {
        String json = sql.queryOne("SELECT continuation_json FROM engine_termination_continuation "
                + "WHERE element_instance_key = ?", rs -> rs.getString(1), elementInstanceKey);
        if (json != null) {
            sql.update("DELETE FROM engine_termination_continuation WHERE element_instance_key = ?",
                    elementInstanceKey);
        }
        return json;
    }
}
