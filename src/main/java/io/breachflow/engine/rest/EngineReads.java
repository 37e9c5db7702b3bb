package io.breachflow.engine.rest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads for the REST searches, on their own connections in the HTTP threads: only committed state is
 * seen and the engine's processing thread is never waited on. Each method narrows by the one key a
 * request pins (when it pins one); the full filter is applied afterwards by {@link SearchQuery}.
 */
final class EngineReads {

    private static final String PI_SELECT = "SELECT p.process_instance_key, p.process_definition_key, "
            + "p.bpmn_process_id, d.version, d.version_tag, p.parent_process_instance_key, "
            + "p.parent_element_instance_key, p.state, p.start_ms, p.end_ms, "
            + "(SELECT COUNT(*) FROM engine_incident i WHERE i.process_instance_key = p.process_instance_key "
            + "AND i.state = 'CREATED') AS open_incidents "
            + "FROM engine_process_instance_history p "
            + "LEFT JOIN engine_process_definition d ON d.process_definition_key = p.process_definition_key";
    private static final String ELEMENT_SELECT = "SELECT h.record_key, h.process_instance_key, h.element_id, "
            + "h.element_type, h.intent, h.timestamp_ms FROM engine_history h "
            + "WHERE h.value_type = 'PROCESS_INSTANCE' AND h.element_type <> 'PROCESS' "
            + "AND h.intent IN ('ELEMENT_ACTIVATED', 'ELEMENT_MIGRATED', 'ELEMENT_COMPLETED', 'ELEMENT_TERMINATED')";
    private static final String INCIDENT_SELECT = "SELECT i.incident_key, i.process_instance_key, "
            + "i.element_instance_key, i.element_id, i.job_key, i.error_type, i.error_message, i.state, i.created_ms, "
            + "p.process_definition_key, p.bpmn_process_id FROM engine_incident i "
            + "LEFT JOIN engine_process_instance_history p ON p.process_instance_key = i.process_instance_key";

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;
    private final ModelNames names = new ModelNames();

    EngineReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Process instances, narrowed to one column's value when {@code column} is not null. */
    List<Rows.ProcessInstance> processInstances(String column, Object value) {
        String sql = PI_SELECT + (column == null ? "" : " WHERE p." + column + " = ?");
        return query(sql, rs -> {
            long definitionKey = rs.getLong(2);
            String processId = rs.getString(3);
            long end = rs.getLong(10);
            boolean ended = !rs.wasNull();
            return new Rows.ProcessInstance(rs.getLong(1), definitionKey, processId, name(definitionKey, processId),
                    (Integer) rs.getObject(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getString(8),
                    Field.instant(rs.getLong(9)), ended ? Field.instant(end) : null, rs.getLong(11) > 0);
        }, column == null ? new Object[0] : new Object[] {value});
    }

    /** Element instances from the history log (one per key), with their open incident, if any. */
    List<Rows.ElementInstance> elementInstances(Long processInstanceKey) {
        Object[] args = processInstanceKey == null ? new Object[0] : new Object[] {processInstanceKey};
        String narrow = processInstanceKey == null ? "" : " AND h.process_instance_key = ?";
        Map<Long, Rows.ProcessInstance> instances = new HashMap<>();
        String piNarrow = processInstanceKey == null ? null : "process_instance_key";
        processInstances(piNarrow, processInstanceKey).forEach(pi -> instances.put(pi.key(), pi));
        Map<Long, Object[]> incidents = openIncidents(processInstanceKey);
        Map<Long, ElementSteps> steps = new LinkedHashMap<>();
        for (Object[] row : query(ELEMENT_SELECT + narrow + " ORDER BY h.position", rs -> new Object[] {
            rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)}, args)) {
            steps.computeIfAbsent((Long) row[0], key -> new ElementSteps((Long) row[1], (String) row[2],
                    (String) row[3])).record((String) row[4], (Long) row[5], (String) row[2]);
        }
        for (Map.Entry<Long, Object[]> incident : incidents.entrySet()) {
            Object[] open = incident.getValue();
            steps.computeIfAbsent(incident.getKey(), key -> new ElementSteps((Long) open[1], (String) open[2],
                    elementType(key))).activatedAt((Long) open[3]);
        }
        List<Rows.ElementInstance> result = new ArrayList<>(steps.size());
        steps.forEach((key, step) -> {
            Rows.ProcessInstance pi = instances.get(step.processInstanceKey);
            long definitionKey = pi == null ? -1 : pi.definitionKey();
            Object[] open = incidents.get(key);
            result.add(step.toRow(key, definitionKey, pi == null ? null : pi.processId(),
                    name(definitionKey, step.elementId), open == null ? null : (Long) open[0]));
        });
        return result;
    }

    List<Rows.Incident> incidents(Long processInstanceKey) {
        String sql = INCIDENT_SELECT + (processInstanceKey == null ? "" : " WHERE i.process_instance_key = ?");
        return query(sql, rs -> {
            long jobKey = rs.getLong(5);
            Long job = rs.wasNull() || jobKey < 0 ? null : jobKey;
            long definitionKey = rs.getLong(10);
            if (rs.wasNull()) {
                definitionKey = -1;
            }
            return new Rows.Incident(rs.getLong(1), definitionKey, rs.getString(11), rs.getLong(2), rs.getLong(3),
                    rs.getString(4), IncidentErrorTypes.of(rs.getString(6)), rs.getString(7),
                    Field.instant(rs.getLong(9)), "CREATED".equals(rs.getString(8)) ? "ACTIVE" : "RESOLVED", job);
        }, processInstanceKey == null ? new Object[0] : new Object[] {processInstanceKey});
    }

    /** Deployed process definitions, each marked whether it is the latest version of its id. */
    List<Rows.ProcessDefinition> processDefinitions() {
        return query("SELECT d.process_definition_key, d.bpmn_process_id, d.version, d.version_tag, d.resource_name, "
                + "(SELECT MAX(m.version) FROM engine_process_definition m WHERE m.bpmn_process_id = d.bpmn_process_id) "
                + "FROM engine_process_definition d", rs -> new Rows.ProcessDefinition(rs.getLong(1), rs.getString(2),
                        name(rs.getLong(1), rs.getString(2)), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getInt(3) == rs.getInt(6)));
    }

    /** Variables, narrowed to one process instance or one variable key when not null. */
    List<Rows.Variable> variables(Long processInstanceKey, Long variableKey) {
        String sql = "SELECT variable_key, name, json_value, scope_key, process_instance_key FROM engine_variable"
                + (processInstanceKey != null ? " WHERE process_instance_key = ?"
                : variableKey != null ? " WHERE variable_key = ?" : "");
        Object[] args = processInstanceKey != null ? new Object[] {processInstanceKey}
                : variableKey != null ? new Object[] {variableKey} : new Object[0];
        return query(sql, rs -> new Rows.Variable(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getLong(5)), args);
    }

    /** The deployed resource of a process definition, or null when there is no such definition. */
    byte[] definitionResource(long definitionKey) {
        List<byte[]> rows = query("SELECT resource FROM engine_process_definition WHERE process_definition_key = ?",
                rs -> rs.getBytes(1), definitionKey);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private String name(long definitionKey, String elementId) {
        return names.name(definitionKey, elementId, this::definitionResource);
    }

    /** element instance key → {incident key, process instance key, element id, created ms}. */
    private Map<Long, Object[]> openIncidents(Long processInstanceKey) {
        String sql = "SELECT element_instance_key, incident_key, process_instance_key, element_id, created_ms "
                + "FROM engine_incident WHERE state = 'CREATED'"
                + (processInstanceKey == null ? "" : " AND process_instance_key = ?");
        Map<Long, Object[]> open = new LinkedHashMap<>();
        query(sql, rs -> open.putIfAbsent(rs.getLong(1), new Object[] {rs.getLong(2), rs.getLong(3),
            rs.getString(4), rs.getLong(5)}), processInstanceKey == null ? new Object[0]
                : new Object[] {processInstanceKey});
        return open;
    }

    private String elementType(long elementInstanceKey) {
        List<String> types = query("SELECT element_type FROM engine_element_instance WHERE element_instance_key = ?",
                rs -> rs.getString(1), elementInstanceKey);
        return types.isEmpty() ? "UNKNOWN" : types.get(0);
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Expected to read the engine's state for a search, but " + e.getMessage(),
                    e);
        }
    }
}
