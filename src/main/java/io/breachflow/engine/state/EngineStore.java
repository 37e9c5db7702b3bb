package io.breachflow.engine.state;

import io.breachflow.engine.model.ElementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's tables, read and written on one connection inside the batch's transaction. All SQL
 * of the engine lives here so the rest of the engine reasons in element instances, jobs and
 * variables, not rows.
 */
public final class EngineStore implements AutoCloseable {

    private static final String EI_COLUMNS = "element_instance_key, process_instance_key, process_definition_key, "
            + "element_id, element_type, flow_scope_key, state, active_children, waiting_tokens, "
            + "parent_element_instance_key, mi_total, mi_completed, mi_terminated, interrupted, correlation_key, "
            + "bpmn_process_id";
    private static final String JOB_COLUMNS = "job_key, job_type, state, retries, deadline_ms, backoff_until_ms, worker, "
            + "element_instance_key, element_id, process_instance_key, process_definition_key, custom_headers, "
            + "error_message, created_ms, job_kind, listener_event_type, user_task_key";
    private static final String INCIDENT_COLUMNS = "incident_key, process_instance_key, element_instance_key, element_id, "
            + "job_key, error_type, error_message, retry_step, created_ms";

    private final Sql sql;

    public EngineStore(Connection connection) {
        this.sql = new Sql(connection);
    }

    public Connection connection() {
        return sql.connection();
    }

    /** Shared with {@link DecisionStore}, so its statements join this batch's cache and transaction. */
    Sql sql() {
        return sql;
    }

    // keys

    public long readNextKey() {
        return sql.queryOne("SELECT next_key FROM engine_key WHERE id = 1", rs -> rs.getLong(1));
    }

    public void writeNextKey(long next) {
        sql.update("UPDATE engine_key SET next_key = ? WHERE id = 1", next);
    }

    // process definitions

    public void insertDefinition(ProcessDefinition definition, byte[] resource, long now) {
        sql.update("INSERT INTO engine_process_definition (process_definition_key, bpmn_process_id, version, "
                + "resource_name, resource, checksum, deployment_key, created_ms, version_tag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                definition.key(), definition.bpmnProcessId(), definition.version(), definition.resourceName(), resource,
                definition.checksum(), definition.deploymentKey(), now, definition.versionTag());
    }

    private static final String DEFINITION_COLUMNS =
            "process_definition_key, bpmn_process_id, version, resource_name, checksum, deployment_key, version_tag";

    private static ProcessDefinition definition(ResultSet rs) throws SQLException {
        return new ProcessDefinition(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7));
    }

    public ProcessDefinition latestDefinition(String bpmnProcessId) {
        return sql.queryOne("SELECT " + DEFINITION_COLUMNS + " FROM engine_process_definition WHERE bpmn_process_id = ? "
                + "ORDER BY version DESC LIMIT 1", EngineStore::definition, bpmnProcessId);
    }

    public ProcessDefinition definition(String bpmnProcessId, int version) {
        return sql.queryOne("SELECT " + DEFINITION_COLUMNS + " FROM engine_process_definition WHERE bpmn_process_id = ? "
                + "AND version = ?", EngineStore::definition, bpmnProcessId, version);
    }

    public ProcessDefinition definitionInDeployment(String bpmnProcessId, long deploymentKey) {
        return sql.queryOne("SELECT " + DEFINITION_COLUMNS + " FROM engine_process_definition WHERE bpmn_process_id = ? "
                + "AND deployment_key = ? ORDER BY version DESC LIMIT 1", EngineStore::definition, bpmnProcessId,
                deploymentKey);
    }

    public ProcessDefinition latestDefinitionWithTag(String bpmnProcessId, String versionTag) {
        return sql.queryOne("SELECT " + DEFINITION_COLUMNS + " FROM engine_process_definition WHERE bpmn_process_id = ? "
                + "AND version_tag = ? ORDER BY version DESC LIMIT 1", EngineStore::definition, bpmnProcessId, versionTag);
    }

    /** The definitions of every version of a process. */
    public List<Long> definitionKeys(String bpmnProcessId) {
        return sql.query("SELECT process_definition_key FROM engine_process_definition WHERE bpmn_process_id = ?",
                rs -> rs.getLong(1), bpmnProcessId);
    }

    /** Whether any live element instance (a running process instance or part of one) uses the definition. */
    public boolean hasLiveInstances(long processDefinitionKey) {
        return sql.queryOne("SELECT 1 FROM engine_element_instance WHERE process_definition_key = ? LIMIT 1",
                rs -> 1, processDefinitionKey) != null;
    }

    /** Removes a process definition and remembers its version, which is then never used again. */
    public void deleteDefinition(ProcessDefinition definition, long now) {
        rememberDeleted(definition.key(), "PROCESS", definition.bpmnProcessId(), definition.version(), now);
        sql.update("DELETE FROM engine_process_definition WHERE process_definition_key = ?", definition.key());
    }

    /** Records a deleted resource version (kinds: PROCESS, DECISION_REQUIREMENTS, DECISION). */
    public void rememberDeleted(long key, String kind, String id, int version, long now) {
        sql.update("INSERT INTO engine_deleted_resource (resource_key, resource_kind, resource_id, version, deleted_ms) "
                + "VALUES (?, ?, ?, ?, ?)", key, kind, id, version, now);
    }

    /** The highest version of a deleted resource with this id, or 0. */
    public int highestDeletedVersion(String kind, String id) {
        Integer version = sql.queryOne("SELECT MAX(version) FROM engine_deleted_resource WHERE resource_kind = ? "
                + "AND resource_id = ?", rs -> (Integer) rs.getObject(1), kind, id);
        return version == null ? 0 : version;
    }

    public EventStore events() {
        return new EventStore(sql);
    }

    public ProcessDefinition definition(long key) {
        return sql.queryOne("SELECT " + DEFINITION_COLUMNS + " FROM engine_process_definition "
                + "WHERE process_definition_key = ?", EngineStore::definition, key);
    }

    public byte[] definitionResource(long key) {
        return sql.queryOne("SELECT resource FROM engine_process_definition WHERE process_definition_key = ?",
                rs -> rs.getBytes(1), key);
    }

    // element instances

    private static ElementInstance elementInstance(ResultSet rs) throws SQLException {
        ElementInstance instance = new ElementInstance(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                ElementType.valueOf(rs.getString(5)), rs.getLong(6), ElementInstance.State.valueOf(rs.getString(7)),
                rs.getInt(8), rs.getInt(9));
        instance.restore(rs.getLong(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14) != 0,
                rs.getString(15), rs.getString(16));
        instance.persisted = true;
        return instance;
    }

    public ElementInstance elementInstance(long key) {
        return sql.queryOne("SELECT " + EI_COLUMNS + " FROM engine_element_instance WHERE element_instance_key = ?",
                EngineStore::elementInstance, key);
    }

    public List<ElementInstance> children(long flowScopeKey) {
        return sql.query("SELECT " + EI_COLUMNS + " FROM engine_element_instance WHERE flow_scope_key = ? "
                + "ORDER BY element_instance_key", EngineStore::elementInstance, flowScopeKey);
    }

    public void saveElementInstances(List<ElementInstance> inserts, List<ElementInstance> updates, List<Long> deletes) {
        List<Object[]> rows = new ArrayList<>();
        for (ElementInstance i : inserts) {
            rows.add(new Object[] {i.key(), i.processInstanceKey(), i.processDefinitionKey(), i.elementId(),
                i.type().name(), i.flowScopeKey(), i.state().name(), i.activeChildren(), i.waitingTokens(),
                i.parentElementInstanceKey(), i.miTotal(), i.miCompleted(), i.miTerminated(), i.interrupted() ? 1 : 0,
                i.correlationKey(), i.bpmnProcessId()});
            i.persisted = true;
            i.dirty = false;
        }
        sql.batch("INSERT INTO engine_element_instance (" + EI_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?)", rows);
        rows = new ArrayList<>();
        for (ElementInstance i : updates) {
            rows.add(new Object[] {i.state().name(), i.activeChildren(), i.waitingTokens(), i.parentElementInstanceKey(),
                i.miTotal(), i.miCompleted(), i.miTerminated(), i.interrupted() ? 1 : 0, i.correlationKey(),
                i.bpmnProcessId(), i.processDefinitionKey(), i.elementId(), i.key()});
            i.dirty = false;
        }
        sql.batch("UPDATE engine_element_instance SET state = ?, active_children = ?, waiting_tokens = ?, "
                + "parent_element_instance_key = ?, mi_total = ?, mi_completed = ?, mi_terminated = ?, interrupted = ?, "
                + "correlation_key = ?, bpmn_process_id = ?, process_definition_key = ?, element_id = ? "
                + "WHERE element_instance_key = ?", rows);
        rows = new ArrayList<>();
        for (Long key : deletes) {
            rows.add(new Object[] {key});
        }
        sql.batch("DELETE FROM engine_element_instance WHERE element_instance_key = ?", rows);
    }

    /** The process instance a call activity started, or null. */
    public ElementInstance calledProcessInstance(long callActivityKey) {
        return sql.queryOne("SELECT " + EI_COLUMNS + " FROM engine_element_instance WHERE parent_element_instance_key = ?",
                EngineStore::elementInstance, callActivityKey);
    }

    /** Whether an instance of the process started by a message with this correlation key is still active. */
    public boolean hasActiveInstanceWithCorrelationKey(String bpmnProcessId, String correlationKey) {
        return sql.queryOne("SELECT 1 FROM engine_element_instance WHERE element_type = 'PROCESS' AND bpmn_process_id = ? "
                + "AND correlation_key = ?", rs -> 1, bpmnProcessId, correlationKey) != null;
    }

    // join tokens

    public Map<String, Integer> joinTokens(long flowScopeKey, String gatewayId) {
        Map<String, Integer> tokens = new LinkedHashMap<>();
        sql.query("SELECT flow_id, tokens FROM engine_join_token WHERE flow_scope_key = ? AND gateway_id = ?",
                rs -> tokens.put(rs.getString(1), rs.getInt(2)), flowScopeKey, gatewayId);
        return tokens;
    }

    public List<String> gatewaysWithTokens(long flowScopeKey) {
        return sql.query("SELECT DISTINCT gateway_id FROM engine_join_token WHERE flow_scope_key = ?",
                rs -> rs.getString(1), flowScopeKey);
    }

    public void setJoinTokens(long flowScopeKey, String gatewayId, String flowId, int tokens) {
        int updated = tokens > 0
                ? sql.update("UPDATE engine_join_token SET tokens = ? WHERE flow_scope_key = ? AND gateway_id = ? "
                        + "AND flow_id = ?", tokens, flowScopeKey, gatewayId, flowId)
                : sql.update("DELETE FROM engine_join_token WHERE flow_scope_key = ? AND gateway_id = ? AND flow_id = ?",
                        flowScopeKey, gatewayId, flowId);
        if (updated == 0 && tokens > 0) {
            sql.update("INSERT INTO engine_join_token (flow_scope_key, gateway_id, flow_id, tokens) VALUES (?, ?, ?, ?)",
                    flowScopeKey, gatewayId, flowId, tokens);
        }
    }

    public void deleteJoinTokens(long flowScopeKey) {
        sql.update("DELETE FROM engine_join_token WHERE flow_scope_key = ?", flowScopeKey);
    }

    // variables

    public Map<String, String> variables(long scopeKey) {
        Map<String, String> variables = new LinkedHashMap<>();
        sql.query("SELECT name, json_value FROM engine_variable WHERE scope_key = ? ORDER BY name",
                rs -> variables.put(rs.getString(1), rs.getString(2)), scopeKey);
        return variables;
    }

    /** Inserts are {scope, name, process instance, JSON value, variable key}; updates {JSON value, scope, name}. */
    public void saveVariables(List<Object[]> inserts, List<Object[]> updates) {
        sql.batch("INSERT INTO engine_variable (scope_key, name, process_instance_key, json_value, variable_key) "
                + "VALUES (?, ?, ?, ?, ?)", inserts);
        sql.batch("UPDATE engine_variable SET json_value = ? WHERE scope_key = ? AND name = ?", updates);
    }

    public void deleteVariables(long scopeKey) {
        sql.update("DELETE FROM engine_variable WHERE scope_key = ?", scopeKey);
    }

    // jobs

    private static Job job(ResultSet rs) throws SQLException {
        Job job = new Job(rs.getLong(1), rs.getString(2), Job.State.valueOf(rs.getString(3)), rs.getInt(4),
                rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getLong(10),
                rs.getLong(11), rs.getString(12), rs.getString(13), rs.getLong(14));
        job.kind = rs.getString(15);
        job.listenerEventType = rs.getString(16);
        long userTaskKey = rs.getLong(17);
        job.userTaskKey = rs.wasNull() ? -1 : userTaskKey;
        return job;
    }

    public Job job(long key) {
        return sql.queryOne("SELECT " + JOB_COLUMNS + " FROM engine_job WHERE job_key = ?", EngineStore::job, key);
    }

    public Job jobOfElement(long elementInstanceKey) {
        return sql.queryOne("SELECT " + JOB_COLUMNS + " FROM engine_job WHERE element_instance_key = ?",
                EngineStore::job, elementInstanceKey);
    }

    /** Jobs a worker may take now: activatable and out of back-off, or activated and timed out. */
    public List<Job> activatableJobs(String type, long now, int max) {
        return sql.query("SELECT " + JOB_COLUMNS + " FROM engine_job WHERE job_type = ? AND "
                + "((state = 'ACTIVATABLE' AND backoff_until_ms <= ?) OR (state = 'ACTIVATED' AND deadline_ms <= ?)) "
                + "ORDER BY job_key LIMIT ?", EngineStore::job, type, now, now, max);
    }

    /** Instants at which activated jobs time out or failed jobs leave back-off, for the wake-up schedule. */
    public List<Object[]> pendingJobDeadlines() {
        return sql.query("SELECT job_type, CASE WHEN state = 'ACTIVATED' THEN deadline_ms ELSE backoff_until_ms END "
                + "FROM engine_job WHERE state = 'ACTIVATED' OR (state = 'ACTIVATABLE' AND backoff_until_ms > 0)",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)});
    }

    public void insertJob(Job j) {
        sql.update("INSERT INTO engine_job (" + JOB_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?)", j.key, j.type, j.state.name(), j.retries, j.deadline, j.backoffUntil, j.worker,
                j.elementInstanceKey, j.elementId, j.processInstanceKey, j.processDefinitionKey, j.customHeaders,
                j.errorMessage, j.createdAt, j.kind, j.listenerEventType, j.userTaskKey < 0 ? null : j.userTaskKey);
    }

    public void updateJob(Job j) {
        sql.update("UPDATE engine_job SET state = ?, retries = ?, deadline_ms = ?, backoff_until_ms = ?, worker = ?, "
                + "error_message = ? WHERE job_key = ?", j.state.name(), j.retries, j.deadline, j.backoffUntil, j.worker,
                j.errorMessage, j.key);
    }

    public void deleteJob(long key) {
        sql.update("DELETE FROM engine_job WHERE job_key = ?", key);
    }

    // incidents

    private static Incident incident(ResultSet rs) throws SQLException {
        return new Incident(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), Incident.RetryStep.valueOf(rs.getString(8)), rs.getLong(9));
    }

    public void insertIncident(Incident i) {
        sql.update("INSERT INTO engine_incident (" + INCIDENT_COLUMNS + ", state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "'CREATED')", i.key(), i.processInstanceKey(), i.elementInstanceKey(), i.elementId(), i.jobKey(),
                i.errorType(), i.errorMessage(), i.retryStep().name(), i.createdAt());
    }

    public Incident openIncident(long key) {
        return sql.queryOne("SELECT " + INCIDENT_COLUMNS + " FROM engine_incident WHERE incident_key = ? "
                + "AND state = 'CREATED'", EngineStore::incident, key);
    }

    public List<Incident> openIncidentsOfElement(long elementInstanceKey) {
        return sql.query("SELECT " + INCIDENT_COLUMNS + " FROM engine_incident WHERE element_instance_key = ? "
                + "AND state = 'CREATED'", EngineStore::incident, elementInstanceKey);
    }

    public void resolveIncident(long key) {
        sql.update("UPDATE engine_incident SET state = 'RESOLVED' WHERE incident_key = ?", key);
    }

    // history

    public void appendHistory(List<HistoryRecord> records) {
        List<Object[]> rows = new ArrayList<>(records.size());
        for (HistoryRecord r : records) {
            rows.add(new Object[] {r.processInstanceKey(), r.valueType(), r.intent(), r.recordKey(), r.elementId(),
                r.elementType(), r.timestamp(), r.payload()});
        }
        sql.batch("INSERT INTO engine_history (process_instance_key, value_type, intent, record_key, element_id, "
                + "element_type, timestamp_ms, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Inserts started instances and marks ended ones, in the order given. */
    public void recordProcessInstances(List<ProcessInstanceTransition> transitions) {
        List<Object[]> started = new ArrayList<>();
        List<Object[]> ended = new ArrayList<>();
        for (ProcessInstanceTransition t : transitions) {
            if (t.started()) {
                started.add(new Object[] {t.processInstanceKey(), t.processDefinitionKey(), t.bpmnProcessId(),
                    t.parentProcessInstanceKey(), t.parentElementInstanceKey(), t.state(), t.timestamp()});
            } else {
                ended.add(new Object[] {t.state(), t.timestamp(), t.processInstanceKey()});
            }
        }
        sql.batch("INSERT INTO engine_process_instance_history (process_instance_key, process_definition_key, "
                + "bpmn_process_id, parent_process_instance_key, parent_element_instance_key, state, start_ms) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", started);
        sql.batch("UPDATE engine_process_instance_history SET state = ?, end_ms = ? WHERE process_instance_key = ?",
                ended);
    }

    @Override
    public void close() {
        sql.close();
    }
}
