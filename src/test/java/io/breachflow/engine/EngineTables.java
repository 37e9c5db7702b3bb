package io.breachflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Test-only read access to the engine's tables, for what gRPC does not expose (incident keys,
 * element paths). All SQL the conformance suite relies on lives here, so that a schema change in
 * the engine means editing this one class.
 *
 * <p>Assumed schema: {@code <INCIDENT_TABLE>(INCIDENT_KEY, PROCESS_INSTANCE_KEY, ELEMENT_ID, ERROR_TYPE,
 * ERROR_MESSAGE, STATE in CREATED|RESOLVED)} and {@code <HISTORY_TABLE>(POSITION, PROCESS_INSTANCE_KEY,
 * VALUE_TYPE, INTENT, ELEMENT_ID, RECORD_KEY, TIMESTAMP_MS)}, history ordered by POSITION.
 */
public final class EngineTables {

    /** Table names as in the engine's Flyway migration {@code db/engine/h2/V1__engine_core.sql}. */
    static final String INCIDENT_TABLE = "ENGINE_INCIDENT";
    static final String HISTORY_TABLE = "ENGINE_HISTORY";

    public record Incident(long key, long processInstanceKey, String elementId, String errorType,
                           String errorMessage, String state) {
    }

    public record HistoryEntry(long position, String valueType, String intent, String elementId, long recordKey,
                               String elementType) {
    }

    private final DataSource dataSource;

    EngineTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Incident> incidents(long processInstanceKey) {
        return query("SELECT INCIDENT_KEY, PROCESS_INSTANCE_KEY, ELEMENT_ID, ERROR_TYPE, ERROR_MESSAGE, STATE"
                + " FROM " + INCIDENT_TABLE + " WHERE PROCESS_INSTANCE_KEY = ? ORDER BY INCIDENT_KEY", processInstanceKey,
                rs -> new Incident(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
    }

    public List<Incident> openIncidents(long processInstanceKey) {
        return incidents(processInstanceKey).stream().filter(i -> "CREATED".equals(i.state())).toList();
    }

    public List<HistoryEntry> history(long processInstanceKey) {
        return query("SELECT POSITION, VALUE_TYPE, INTENT, ELEMENT_ID, RECORD_KEY, ELEMENT_TYPE FROM " + HISTORY_TABLE
                + " WHERE PROCESS_INSTANCE_KEY = ? ORDER BY POSITION", processInstanceKey,
                rs -> new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6)));
    }

    /** Element ids of the process-instance records with the intent, in history order. */
    public List<String> elements(long processInstanceKey, String intent) {
        return history(processInstanceKey).stream()
                .filter(e -> "PROCESS_INSTANCE".equals(e.valueType()) && intent.equals(e.intent()))
                .map(HistoryEntry::elementId).toList();
    }

    public List<String> completedElements(long processInstanceKey) {
        return elements(processInstanceKey, "ELEMENT_COMPLETED");
    }

    public List<String> terminatedElements(long processInstanceKey) {
        return elements(processInstanceKey, "ELEMENT_TERMINATED");
    }

    public List<String> activatedElements(long processInstanceKey) {
        return elements(processInstanceKey, "ELEMENT_ACTIVATED");
    }

    /** Element ids of the process-instance records of one BpmnElementType with the intent, in history order. */
    public List<String> elementsOfType(long processInstanceKey, String elementType, String intent) {
        return history(processInstanceKey).stream()
                .filter(e -> "PROCESS_INSTANCE".equals(e.valueType()) && intent.equals(e.intent())
                        && elementType.equals(e.elementType()))
                .map(HistoryEntry::elementId).toList();
    }

    /** Whether the instance's process element has completed (not terminated). */
    public boolean isCompleted(long processInstanceKey, String processId) {
        return completedElements(processInstanceKey).contains(processId);
    }

    /**
     * Keys of the instances of a BPMN process id (any version) in creation order, read from the
     * activation records of the process element, so instances started by timers, messages and signals
     * are found too.
     */
    public List<Long> instancesOf(String processId) {
        return query("SELECT PROCESS_INSTANCE_KEY FROM " + HISTORY_TABLE + " WHERE VALUE_TYPE = 'PROCESS_INSTANCE'"
                + " AND INTENT = 'ELEMENT_ACTIVATED' AND ELEMENT_TYPE = 'PROCESS' AND ELEMENT_ID = ? ORDER BY POSITION",
                processId, rs -> rs.getLong(1));
    }

    public List<String> takenSequenceFlows(long processInstanceKey) {
        return elements(processInstanceKey, "SEQUENCE_FLOW_TAKEN");
    }

    /** Record key of the first ELEMENT_ACTIVATED record of the element (its element instance key). */
    public long elementInstanceKey(long processInstanceKey, String elementId) {
        return history(processInstanceKey).stream()
                .filter(e -> "PROCESS_INSTANCE".equals(e.valueType()) && "ELEMENT_ACTIVATED".equals(e.intent())
                        && elementId.equals(e.elementId()))
                .mapToLong(HistoryEntry::recordKey).findFirst()
                .orElseThrow(() -> new AssertionError("Expected element '" + elementId + "' to be activated"));
    }

    public long count(long processInstanceKey, String valueType, String intent) {
        return history(processInstanceKey).stream()
                .filter(e -> valueType.equals(e.valueType()) && intent.equals(e.intent())).count();
    }

    public long countAll(String valueType, String intent) {
        return query("SELECT COUNT(*) FROM " + HISTORY_TABLE + " WHERE VALUE_TYPE = ? AND INTENT = ?",
                List.of(valueType, intent), rs -> rs.getLong(1)).get(0);
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Object parameter, Row<T> row) {
        return query(sql, List.of(parameter), row);
    }

    private <T> List<T> query(String sql, List<?> parameters, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(row.map(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Expected the engine tables to be readable, but " + e.getMessage(), e);
        }
    }
}
