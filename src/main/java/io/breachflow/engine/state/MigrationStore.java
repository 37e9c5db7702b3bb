package io.breachflow.engine.state;

import java.util.List;

/**
 * The rows process instance migration re-points at the target process definition, on the batch's connection and
 * statement cache of an {@link EngineStore}: an element instance's job, incidents and user task, the timers and
 * subscriptions it owns, and the instance's search row. Keys never change, so workers holding a job, task
 * listeners and the inbox keep working; kept apart so migration does not grow the core store.
 */
public final class MigrationStore {
    private final Sql sql;

    public MigrationStore(EngineStore store) {
        this.sql = store.sql();
    }

    /** Jobs keep their type, retries, headers and deadline (Zeebe does not recreate them); only the element moves. */
    public void moveJobs(long elementInstanceKey, long definitionKey, String elementId) {
        sql.update("UPDATE engine_job SET process_definition_key = ?, element_id = ? WHERE element_instance_key = ?",
                definitionKey, elementId, elementInstanceKey);
    }

    public void moveIncidents(long elementInstanceKey, String elementId) {
        sql.update("UPDATE engine_incident SET element_id = ? WHERE element_instance_key = ?", elementId,
                elementInstanceKey);
    }

    /** The element's Camunda user task keeps its assignee, candidates and dates. */
    public void moveUserTasks(long elementInstanceKey, long definitionKey, String bpmnProcessId, String elementId) {
        sql.update("UPDATE engine_user_task SET process_definition_key = ?, bpmn_process_id = ?, element_id = ? "
                + "WHERE element_instance_key = ?", definitionKey, bpmnProcessId, elementId, elementInstanceKey);
    }

    public void moveProcessInstance(long processInstanceKey, long definitionKey, String bpmnProcessId) {
        sql.update("UPDATE engine_process_instance_history SET process_definition_key = ?, bpmn_process_id = ? "
                + "WHERE process_instance_key = ?", definitionKey, bpmnProcessId, processInstanceKey);
    }

    public List<EventStore.Timer> timersOf(long ownerKey) {
        return sql.query("SELECT timer_key, owner_key, process_instance_key, process_definition_key, "
                + "target_element_id, due_ms, repetitions, cycle FROM engine_timer WHERE owner_key = ? "
                + "ORDER BY timer_key", rs -> new EventStore.Timer(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getString(5), rs.getLong(6), rs.getInt(7), rs.getString(8)), ownerKey);
    }

    public List<EventStore.Subscription> subscriptionsOf(long ownerKey) {
        return sql.query("SELECT subscription_key, kind, owner_key, process_instance_key, process_definition_key, "
                + "bpmn_process_id, target_element_id, event_name, correlation_key FROM engine_subscription "
                + "WHERE owner_key = ? ORDER BY subscription_key", rs -> new EventStore.Subscription(rs.getLong(1),
                        rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9)), ownerKey);
    }

    /** A mapped timer keeps its due date and remaining repetitions: the time already waited counts. */
    public void moveTimer(long timerKey, long definitionKey, String targetElementId) {
        sql.update("UPDATE engine_timer SET process_definition_key = ?, target_element_id = ? WHERE timer_key = ?",
                definitionKey, targetElementId, timerKey);
    }

    /** A mapped subscription keeps its message or signal name and correlation key. */
    public void moveSubscription(long subscriptionKey, long definitionKey, String bpmnProcessId,
            String targetElementId) {
        sql.update("UPDATE engine_subscription SET process_definition_key = ?, bpmn_process_id = ?, "
                + "target_element_id = ? WHERE subscription_key = ?", definitionKey, bpmnProcessId, targetElementId,
                subscriptionKey);
    }

    public void deleteTimer(long timerKey) {
        sql.update("DELETE FROM engine_timer WHERE timer_key = ?", timerKey);
    }

    public void deleteSubscription(long subscriptionKey) {
        sql.update("DELETE FROM engine_subscription WHERE subscription_key = ?", subscriptionKey);
    }
}
