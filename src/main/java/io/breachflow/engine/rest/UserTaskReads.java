package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.engine.state.UserTask;
import io.breachflow.engine.state.UserTaskStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * {@code POST /v2/user-tasks/search}, {@code GET /v2/user-tasks/{key}}, its form and its variable search, read from
 * committed state on the HTTP thread. Items have 8.8's {@code UserTaskResult} shape (keys as strings, dates in
 * ISO 8601, absent values left out); states are 8.8's, the -ING ones while listeners run.
 */
final class UserTaskReads {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SELECT = "SELECT " + prefixed() + ", d.version FROM engine_user_task t "
            + "LEFT JOIN engine_process_definition d ON d.process_definition_key = t.process_definition_key";

    /** A task row with what the result shows besides the stored task. */
    record Row(UserTask task, String name, String processName, Integer version) {
    }

    private static final Map<String, Field<Row>> FIELDS = fields(List.of(
            Field.key("userTaskKey", r -> r.task().key),
            Field.text("state", r -> r.task().state.name()),
            Field.text("assignee", r -> r.task().properties.assignee()),
            Field.number("priority", r -> (long) r.task().properties.priority()),
            Field.text("elementId", r -> r.task().elementId),
            Field.text("name", Row::name),
            Field.text("tenantId", r -> Searches.TENANT),
            Field.text("processDefinitionId", r -> r.task().bpmnProcessId),
            Field.date("creationDate", r -> Instant.ofEpochMilli(r.task().creationMs)),
            Field.date("completionDate", r -> r.task().completionMs == null ? null
                    : Instant.ofEpochMilli(r.task().completionMs)),
            Field.date("followUpDate", r -> instant(r.task().properties.followUpDate())),
            Field.date("dueDate", r -> instant(r.task().properties.dueDate())),
            Field.key("processDefinitionKey", r -> r.task().processDefinitionKey),
            Field.key("processInstanceKey", r -> r.task().processInstanceKey),
            Field.key("elementInstanceKey", r -> r.task().elementInstanceKey)));

    private final DataSource dataSource;
    private final ModelNames names = new ModelNames();

    UserTaskReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    ObjectNode search(JsonNode body) {
        ObjectNode copy = body == null || body.isNull() ? JSON.objectNode() : body.deepCopy();
        if (!copy.isObject()) {
            throw Problem.invalid("Expected the search request to be a JSON object");
        }
        List<Predicate<Row>> candidates = new ArrayList<>();
        JsonNode filter = copy.get("filter");
        if (filter instanceof ObjectNode object) {
            candidates.add(contains(object.remove("candidateGroup"), "candidateGroup", r -> r.task().properties
                    .candidateGroups()));
            candidates.add(contains(object.remove("candidateUser"), "candidateUser", r -> r.task().properties
                    .candidateUsers()));
        }
        SearchQuery query = new SearchQuery(copy);
        String key = Filter.pinned(query.filter(), "processInstanceKey");
        List<Row> rows = rows(key == null ? "" : " WHERE t.process_instance_key = ?",
                key == null ? new Object[0] : new Object[] {Searches.parseKey(key)});
        rows.removeIf(row -> !candidates.stream().allMatch(c -> c.test(row)));
        return query.run(rows, FIELDS, "userTaskKey", UserTaskReads::render);
    }

    /** The task, or 404 naming the key. */
    ObjectNode get(long key) {
        List<Row> rows = rows(" WHERE t.user_task_key = ?", new Object[] {key});
        if (rows.isEmpty()) {
            throw Problem.notFound("Expected to find user task with key '" + key + "', but none was found");
        }
        return render(rows.get(0));
    }

    /**
     * {@code GET /v2/user-tasks/{key}/form}: the linked form the task took when it was created (8.8's
     * {@code FormResult}, the schema as a JSON string), or null when the task has none (204); 404 for no task.
     */
    ObjectNode form(long key) {
        List<Row> rows = rows(" WHERE t.user_task_key = ?", new Object[] {key});
        if (rows.isEmpty()) {
            throw Problem.notFound("Expected to find user task with key '" + key + "', but none was found");
        }
        Long formKey = rows.get(0).task().formKey;
        List<ObjectNode> forms = formKey == null ? List.of() : query("SELECT form_id, version, form_schema FROM "
                + "engine_form WHERE form_key = ?", rs -> {
                    ObjectNode form = JSON.objectNode();
                    form.put("tenantId", Searches.TENANT);
                    form.put("formId", rs.getString(1));
                    form.put("schema", rs.getString(3));
                    form.put("version", rs.getInt(2));
                    form.put("formKey", String.valueOf(formKey));
                    return form;
                }, formKey);
        return forms.isEmpty() ? null : forms.get(0);
    }

    /** The element instance of a task, or 404. */
    long elementInstanceKey(long key) {
        List<Row> rows = rows(" WHERE t.user_task_key = ?", new Object[] {key});
        if (rows.isEmpty()) {
            throw Problem.notFound("Expected to find user task with key '" + key + "', but none was found");
        }
        return rows.get(0).task().elementInstanceKey;
    }

    /** Variables visible from the task's element instance: its own and those of every enclosing scope. */
    List<Object[]> variables(long elementInstanceKey) {
        List<Object[]> result = new ArrayList<>();
        Long scope = elementInstanceKey;
        while (scope != null && scope >= 0) {
            long current = scope;
            result.addAll(query("SELECT name, json_value, scope_key, process_instance_key, variable_key FROM "
                    + "engine_variable WHERE scope_key = ? ORDER BY name", rs -> new Object[] {rs.getString(1),
                        rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}, current));
            List<Long> parents = query("SELECT flow_scope_key FROM engine_element_instance WHERE element_instance_key "
                    + "= ?", rs -> rs.getLong(1), current);
            scope = parents.isEmpty() ? null : parents.get(0);
        }
        return result;
    }

    private List<Row> rows(String where, Object[] args) {
        return query(SELECT + where, rs -> {
            UserTask task = UserTaskStore.read(rs);
            int version = rs.getInt(20);
            Integer v = rs.wasNull() ? null : version;
            return new Row(task, names.name(task.processDefinitionKey, task.elementId, this::resource),
                    names.name(task.processDefinitionKey, task.bpmnProcessId, this::resource), v);
        }, args);
    }

    private byte[] resource(long definitionKey) {
        List<byte[]> rows = query("SELECT resource FROM engine_process_definition WHERE process_definition_key = ?",
                rs -> rs.getBytes(1), definitionKey);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static ObjectNode render(Row row) {
        UserTask task = row.task();
        UserTask.Properties p = task.properties;
        ObjectNode item = JSON.objectNode();
        item.put("userTaskKey", String.valueOf(task.key));
        item.put("name", row.name() == null ? task.elementId : row.name());
        item.put("state", task.state.name());
        putIfPresent(item, "assignee", p.assignee());
        item.put("elementId", task.elementId);
        item.set("candidateGroups", MAPPER.valueToTree(p.candidateGroups()));
        item.set("candidateUsers", MAPPER.valueToTree(p.candidateUsers()));
        item.put("processDefinitionId", task.bpmnProcessId);
        item.put("creationDate", Searches.date(Instant.ofEpochMilli(task.creationMs)));
        putIfPresent(item, "completionDate", task.completionMs == null ? null
                : Searches.date(Instant.ofEpochMilli(task.completionMs)));
        putIfPresent(item, "followUpDate", p.followUpDate());
        putIfPresent(item, "dueDate", p.dueDate());
        item.put("tenantId", Searches.TENANT);
        putIfPresent(item, "externalFormReference", task.externalFormReference);
        if (row.version() != null) {
            item.put("processDefinitionVersion", row.version());
        }
        try {
            item.set("customHeaders", task.customHeaders == null ? JSON.objectNode()
                    : MAPPER.readTree(task.customHeaders));
        } catch (java.io.IOException e) {
            item.set("customHeaders", JSON.objectNode());
        }
        item.put("priority", p.priority());
        item.put("elementInstanceKey", String.valueOf(task.elementInstanceKey));
        putIfPresent(item, "processName", row.processName());
        item.put("processDefinitionKey", String.valueOf(task.processDefinitionKey));
        item.put("processInstanceKey", String.valueOf(task.processInstanceKey));
        putIfPresent(item, "formKey", task.formKey == null ? null : String.valueOf(task.formKey));
        return item;
    }

    /** {@code candidateGroup}/{@code candidateUser}: a plain value or {@code $eq} the task's list must contain. */
    private static Predicate<Row> contains(JsonNode node, String name, java.util.function.Function<Row,
            List<String>> values) {
        if (node == null || node.isNull() || (node.isContainerNode() && node.isEmpty())) {
            return row -> true;
        }
        String wanted = node.isValueNode() ? node.asText() : node.path("$eq").isValueNode()
                ? node.get("$eq").asText() : null;
        if (wanted == null) {
            throw Problem.invalid("Filter property '" + name + "' supports a plain value or $eq in the embedded "
                    + "engine's search API");
        }
        return row -> values.apply(row).contains(wanted);
    }

    private static Instant instant(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(isoDate).toInstant();
        } catch (RuntimeException e) {
            return java.time.ZonedDateTime.parse(isoDate).toInstant();
        }
    }

    private static String prefixed() {
        return "t." + UserTaskStore.COLUMNS.replace(", ", ", t.");
    }

    private static <T> Map<String, Field<T>> fields(List<Field<T>> fields) {
        Map<String, Field<T>> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        return byName;
    }

    private static void putIfPresent(ObjectNode item, String name, String value) {
        if (value != null) {
            item.put(name, value);
        }
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
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
            throw new IllegalStateException("Expected to read the engine's user tasks, but " + e.getMessage(), e);
        }
    }
}
