package io.breachflow.engine.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Timers, message and signal subscriptions, buffered messages and multi-instance bookkeeping. */
public final class EventStore {

    /** A due or pending timer; {@code ownerKey} -1 for a timer start event. */
    public record Timer(long key, long ownerKey, long processInstanceKey, long processDefinitionKey, String targetElementId,
            long dueAt, int repetitions, String cycle) {
    }

    /** An open message or signal subscription; {@code ownerKey} -1 for a start event. */
    public record Subscription(long key, String kind, long ownerKey, long processInstanceKey, long processDefinitionKey,
            String bpmnProcessId, String targetElementId, String eventName, String correlationKey) {
    }

    /** A published message kept for later subscriptions until its time-to-live ends. */
    public record BufferedMessage(long key, String name, String correlationKey, String messageId, String variables,
            long deadline) {
    }

    private static final String TIMER_COLUMNS = "timer_key, owner_key, process_instance_key, process_definition_key, "
            + "target_element_id, due_ms, repetitions, cycle";
    private static final String SUB_COLUMNS = "subscription_key, kind, owner_key, process_instance_key, "
            + "process_definition_key, bpmn_process_id, target_element_id, event_name, correlation_key";
    private static final String MESSAGE_COLUMNS = "message_key, name, correlation_key, message_id, variables, deadline_ms";

    private final Sql sql;

    EventStore(Sql sql) {
        this.sql = sql;
    }

    private static Timer timer(ResultSet rs) throws SQLException {
        return new Timer(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getLong(6),
                rs.getInt(7), rs.getString(8));
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        return new Subscription(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    private static BufferedMessage message(ResultSet rs) throws SQLException {
        return new BufferedMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6));
    }

    // timers

    public void insertTimer(Timer t, long now) {
        sql.update("INSERT INTO engine_timer (" + TIMER_COLUMNS + ", created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                t.key(), t.ownerKey(), t.processInstanceKey(), t.processDefinitionKey(), t.targetElementId(), t.dueAt(),
                t.repetitions(), t.cycle(), now);
    }

    public List<Timer> dueTimers(long now, int max) {
        return sql.query("SELECT " + TIMER_COLUMNS + " FROM engine_timer WHERE due_ms <= ? ORDER BY due_ms, timer_key "
                + "LIMIT ?", EventStore::timer, now, max);
    }

    public Long nextTimerDue() {
        return sql.queryOne("SELECT MIN(due_ms) FROM engine_timer", rs -> {
            long value = rs.getLong(1);
            return rs.wasNull() ? null : value;
        });
    }

    public void rearmTimer(long key, long dueAt, int repetitions) {
        sql.update("UPDATE engine_timer SET due_ms = ?, repetitions = ? WHERE timer_key = ?", dueAt, repetitions, key);
    }

    public void deleteTimer(long key) {
        sql.update("DELETE FROM engine_timer WHERE timer_key = ?", key);
    }

    // subscriptions

    public void insertSubscription(Subscription s, long now) {
        sql.update("INSERT INTO engine_subscription (" + SUB_COLUMNS + ", created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.key(), s.kind(), s.ownerKey(), s.processInstanceKey(), s.processDefinitionKey(), s.bpmnProcessId(),
                s.targetElementId(), s.eventName(), s.correlationKey(), now);
    }

    /** Open catch subscriptions (not start events) for a message name and correlation key, oldest first. */
    public List<Subscription> messageSubscriptions(String name, String correlationKey) {
        return sql.query("SELECT " + SUB_COLUMNS + " FROM engine_subscription WHERE kind = 'MESSAGE' AND event_name = ? "
                + "AND correlation_key = ? AND owner_key >= 0 ORDER BY subscription_key", EventStore::subscription, name,
                correlationKey);
    }

    /** Start-event subscriptions of a kind for an event name. */
    public List<Subscription> startSubscriptions(String kind, String name) {
        return sql.query("SELECT " + SUB_COLUMNS + " FROM engine_subscription WHERE kind = ? AND event_name = ? "
                + "AND owner_key = -1 ORDER BY subscription_key", EventStore::subscription, kind, name);
    }

    /** A process's start-event subscriptions of a kind (only the latest version has any). */
    public List<Subscription> startSubscriptionsOfProcess(String kind, String bpmnProcessId) {
        return sql.query("SELECT " + SUB_COLUMNS + " FROM engine_subscription WHERE kind = ? AND bpmn_process_id = ? "
                + "AND owner_key = -1 ORDER BY subscription_key", EventStore::subscription, kind, bpmnProcessId);
    }

    public List<Subscription> signalSubscriptions(String name) {
        return sql.query("SELECT " + SUB_COLUMNS + " FROM engine_subscription WHERE kind = 'SIGNAL' AND event_name = ? "
                + "ORDER BY subscription_key", EventStore::subscription, name);
    }

    public Subscription subscription(long key) {
        return sql.queryOne("SELECT " + SUB_COLUMNS + " FROM engine_subscription WHERE subscription_key = ?",
                EventStore::subscription, key);
    }

    /** Closes everything an element instance waits for: subscriptions and timers. */
    public void closeAll(long ownerKey) {
        sql.update("DELETE FROM engine_subscription WHERE owner_key = ?", ownerKey);
        sql.update("DELETE FROM engine_timer WHERE owner_key = ?", ownerKey);
    }

    /** Closes the start-event subscriptions and timers of the given process definitions. */
    public void closeStartEvents(List<Long> processDefinitionKeys) {
        for (Long key : processDefinitionKeys) {
            sql.update("DELETE FROM engine_subscription WHERE owner_key = -1 AND process_definition_key = ?", key);
            sql.update("DELETE FROM engine_timer WHERE owner_key = -1 AND process_definition_key = ?", key);
        }
    }

    // messages

    public void insertMessage(BufferedMessage m, long now) {
        sql.update("INSERT INTO engine_message (" + MESSAGE_COLUMNS + ", created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
                m.key(), m.name(), m.correlationKey(), m.messageId(), m.variables(), m.deadline(), now);
    }

    public boolean messageIdBuffered(String name, String correlationKey, String messageId, long now) {
        return sql.queryOne("SELECT 1 FROM engine_message WHERE name = ? AND correlation_key = ? AND message_id = ? "
                + "AND deadline_ms > ?", rs -> 1, name, correlationKey, messageId, now) != null;
    }

    /** The oldest live buffered message for a name and key not yet correlated to the process. */
    public BufferedMessage oldestUncorrelated(String name, String correlationKey, String bpmnProcessId, long now) {
        return sql.queryOne("SELECT " + MESSAGE_COLUMNS + " FROM engine_message m WHERE name = ? AND correlation_key = ? "
                + "AND deadline_ms > ? AND NOT EXISTS (SELECT 1 FROM engine_message_correlation c "
                + "WHERE c.message_key = m.message_key AND c.bpmn_process_id = ?) ORDER BY message_key LIMIT 1",
                EventStore::message, name, correlationKey, now, bpmnProcessId);
    }

    public void markCorrelated(long messageKey, String bpmnProcessId) {
        sql.update("INSERT INTO engine_message_correlation (message_key, bpmn_process_id) VALUES (?, ?)", messageKey,
                bpmnProcessId);
    }

    public int deleteExpiredMessages(long now) {
        sql.update("DELETE FROM engine_message_correlation WHERE message_key IN "
                + "(SELECT message_key FROM engine_message WHERE deadline_ms <= ?)", now);
        return sql.update("DELETE FROM engine_message WHERE deadline_ms <= ?", now);
    }

    // multi-instance

    public void saveInputCollection(long bodyKey, String json) {
        sql.update("INSERT INTO engine_mi_input (body_key, json_value) VALUES (?, ?)", bodyKey, json);
    }

    public String inputCollection(long bodyKey) {
        return sql.queryOne("SELECT json_value FROM engine_mi_input WHERE body_key = ?", rs -> rs.getString(1), bodyKey);
    }

    public void saveOutputElement(long bodyKey, int loopCounter, String json) {
        sql.update("INSERT INTO engine_mi_output (body_key, loop_counter, json_value) VALUES (?, ?, ?)", bodyKey,
                loopCounter, json);
    }

    /** Output elements by loop counter (1-based); slots never written stay null. */
    public List<String> outputElements(long bodyKey, int total) {
        List<String> slots = new ArrayList<>(java.util.Collections.nCopies(total, "null"));
        sql.query("SELECT loop_counter, json_value FROM engine_mi_output WHERE body_key = ?", rs -> {
            int index = rs.getInt(1) - 1;
            if (index >= 0 && index < total) {
                slots.set(index, rs.getString(2));
            }
            return null;
        }, bodyKey);
        return slots;
    }

    public void deleteMultiInstance(long bodyKey) {
        sql.update("DELETE FROM engine_mi_input WHERE body_key = ?", bodyKey);
        sql.update("DELETE FROM engine_mi_output WHERE body_key = ?", bodyKey);
    }
}
