package io.breachflow.engine.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The user task table ({@code V55__engine_user_tasks.sql}), on the batch's connection and statement cache of an
 * {@link EngineStore}; kept apart so user tasks do not grow the core store.
 */
public final class UserTaskStore {

    /** The columns in the order {@link #read(ResultSet)} expects; shared with the REST reads. */
    public static final String COLUMNS = "user_task_key, element_instance_key, process_instance_key, "
            + "process_definition_key, bpmn_process_id, element_id, state, assignee, candidate_groups, candidate_users, "
            + "due_date, follow_up_date, priority, form_key, external_form_reference, custom_headers, creation_ms, "
            + "completion_ms, pending_json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final Sql sql;

    public UserTaskStore(EngineStore store) {
        this.sql = store.sql();
    }

    public UserTask task(long key) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM engine_user_task WHERE user_task_key = ?",
                UserTaskStore::read, key);
    }

    /** The live (not ended) task of an element instance, or null. */
    public UserTask taskOfElement(long elementInstanceKey) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM engine_user_task WHERE element_instance_key = ? "
                + "AND state NOT IN ('COMPLETED', 'CANCELED')", UserTaskStore::read, elementInstanceKey);
    }

    public void insert(UserTask t) {
        UserTask.Properties p = t.properties;
        sql.update("INSERT INTO engine_user_task (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?)", t.key, t.elementInstanceKey, t.processInstanceKey, t.processDefinitionKey,
                t.bpmnProcessId, t.elementId, t.state.name(), p.assignee(), write(p.candidateGroups()),
                write(p.candidateUsers()), p.dueDate(), p.followUpDate(), p.priority(), t.formKey,
                t.externalFormReference, t.customHeaders, t.creationMs, t.completionMs, t.pending);
    }

    public void update(UserTask t) {
        UserTask.Properties p = t.properties;
        sql.update("UPDATE engine_user_task SET state = ?, assignee = ?, candidate_groups = ?, candidate_users = ?, "
                + "due_date = ?, follow_up_date = ?, priority = ?, completion_ms = ?, pending_json = ? "
                + "WHERE user_task_key = ?", t.state.name(), p.assignee(), write(p.candidateGroups()),
                write(p.candidateUsers()), p.dueDate(), p.followUpDate(), p.priority(), t.completionMs, t.pending,
                t.key);
    }

    /** Maps a row selected with {@link #COLUMNS}. */
    public static UserTask read(ResultSet rs) throws SQLException {
        UserTask.Properties properties = new UserTask.Properties(rs.getString(8), strings(rs.getString(9)),
                strings(rs.getString(10)), rs.getString(11), rs.getString(12), rs.getInt(13));
        long formKey = rs.getLong(14);
        Long form = rs.wasNull() ? null : formKey;
        long completion = rs.getLong(18);
        Long completed = rs.wasNull() ? null : completion;
        return new UserTask(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), UserTask.State.valueOf(rs.getString(7)), properties, form, rs.getString(15),
                rs.getString(16), rs.getLong(17), completed, rs.getString(19));
    }

    private static String write(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected a JSON list of strings in engine_user_task, but got " + json, e);
        }
    }
}
