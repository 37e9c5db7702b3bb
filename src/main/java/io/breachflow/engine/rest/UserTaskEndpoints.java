package io.breachflow.engine.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.engine.processing.Engine;
import io.breachflow.engine.processing.Rejection;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The Camunda user task endpoints of the 8.8 REST API ({@code /v2/user-tasks/...}), which the 8.8 client uses
 * for every user task command: search, get, assign, unassign, update, complete, the task's form and its variable
 * search.
 * Self-contained so any router can hand it a request: {@link #answer} gives a future reply; commands answer
 * once the task's listeners ran (204), or fail as problems (404 unknown task, 409 denied or wrong state, 400
 * naming the field).
 */
final class UserTaskEndpoints {
    private static final Pattern PATH = Pattern.compile("/v2/user-tasks(?:/([^/]+)(/.*)?)?");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** An answer: 204 when {@code body} is null, else JSON. */
    record Reply(int status, JsonNode body) {
        static final Reply NO_CONTENT = new Reply(204, null);
    }

    private final Engine engine;
    private final UserTaskReads reads;

    UserTaskEndpoints(Engine engine, DataSource dataSource) {
        this.engine = engine;
        this.reads = new UserTaskReads(dataSource);
    }

    static boolean handles(String path) {
        return PATH.matcher(path).matches();
    }

    /** Answers on the calling thread, throwing the {@link Problem} a failure maps to. */
    Reply answerNow(String method, String path, byte[] body) {
        try {
            return answer(method, path, body).join();
        } catch (CompletionException e) {
            throw problem(e.getCause());
        }
    }

    /** The reply to one request; failures complete the future with a {@link Problem}. */
    CompletableFuture<Reply> answer(String method, String path, byte[] body) {
        try {
            return route(method, path, body).exceptionallyCompose(error -> CompletableFuture.failedFuture(
                    problem(error instanceof CompletionException && error.getCause() != null ? error.getCause()
                            : error)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(problem(e));
        }
    }

    private CompletableFuture<Reply> route(String method, String path, byte[] raw) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches() || matcher.group(1) == null) {
            throw Problem.notFound("No endpoint " + method + " " + path);
        }
        String first = matcher.group(1);
        String rest = matcher.group(2) == null ? "" : matcher.group(2);
        if ("search".equals(first) && rest.isEmpty()) {
            require(method, "POST", path);
            return done(new Reply(200, reads.search(json(raw))));
        }
        long key = key(first);
        switch (rest) {
            case "" -> {
                if ("GET".equals(method)) {
                    return done(new Reply(200, reads.get(key)));
                }
                require(method, "PATCH", path);
                return update(key, object(raw));
            }
            case "/assignment" -> {
                require(method, "POST", path);
                ObjectNode body = object(raw);
                String assignee = text(body, "assignee");
                if (assignee == null || assignee.isBlank()) {
                    throw Problem.invalid("No assignee provided. Expected 'assignee' to be a non-empty string");
                }
                JsonNode override = body.get("allowOverride");
                if (override != null && !override.isNull() && !override.isBoolean()) {
                    throw Problem.invalid("Expected 'allowOverride' to be a boolean, but got " + override);
                }
                return engine.assignUserTask(key, assignee, override == null || override.isNull()
                        || override.asBoolean(), text(body, "action")).thenApply(ignored -> Reply.NO_CONTENT);
            }
            case "/assignee" -> {
                require(method, "DELETE", path);
                return engine.unassignUserTask(key).thenApply(ignored -> Reply.NO_CONTENT);
            }
            case "/completion" -> {
                require(method, "POST", path);
                ObjectNode body = object(raw);
                JsonNode variables = body.get("variables");
                if (variables != null && !variables.isNull() && !variables.isObject()) {
                    throw Problem.invalid("Expected 'variables' to be a JSON object, but got " + variables);
                }
                return engine.completeUserTask(key, variables == null || variables.isNull() ? "{}"
                        : variables.toString(), text(body, "action")).thenApply(ignored -> Reply.NO_CONTENT);
            }
            case "/form" -> {
                require(method, "GET", path);
                ObjectNode form = reads.form(key);
                return done(form == null ? Reply.NO_CONTENT : new Reply(200, form));
            }
            case "/variables/search" -> {
                require(method, "POST", path);
                return done(new Reply(200, variables(key, json(raw))));
            }
            default -> throw Problem.notImplemented("The embedded engine does not serve '" + method + " " + path
                    + "' (user task audit logs are not supported)");
        }
    }

    /** {@code PATCH /v2/user-tasks/{key}}: the changeset's dueDate, followUpDate, candidates and priority. */
    private CompletableFuture<Reply> update(long key, ObjectNode body) {
        JsonNode changeset = body.get("changeset");
        if (changeset != null && !changeset.isNull() && !changeset.isObject()) {
            throw Problem.invalid("Expected 'changeset' to be an object, but got " + changeset);
        }
        ObjectNode changes = changeset == null || changeset.isNull() ? JSON.objectNode() : (ObjectNode) changeset;
        Iterator<String> names = changes.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!Set.of("dueDate", "followUpDate", "candidateUsers", "candidateGroups", "priority").contains(name)) {
                throw Problem.invalid("Expected the changeset to hold only dueDate, followUpDate, candidateUsers, "
                        + "candidateGroups or priority, but got '" + name + "'");
            }
        }
        String action = text(body, "action");
        if (changes.isEmpty() && (action == null || action.isBlank())) {
            throw Problem.invalid("No update data provided. Provide at least an \"action\" or a non-null value for "
                    + "at least one of the changeset attributes \"candidateGroups\", \"candidateUsers\", \"dueDate\", "
                    + "\"followUpDate\", \"priority\".");
        }
        Integer priority = null;
        JsonNode p = changes.get("priority");
        if (p != null && !p.isNull()) {
            if (!p.canConvertToInt() || !p.isIntegralNumber() || p.asInt() < 0 || p.asInt() > 100) {
                throw Problem.invalid("Expected 'priority' to be an integer between 0 and 100, but got " + p);
            }
            priority = p.asInt();
        }
        return engine.updateUserTask(key, date(changes, "dueDate"), date(changes, "followUpDate"),
                strings(changes, "candidateUsers"), strings(changes, "candidateGroups"), priority, action)
                .thenApply(ignored -> Reply.NO_CONTENT);
    }

    private ObjectNode variables(long key, JsonNode body) {
        long elementInstanceKey = reads.elementInstanceKey(key);
        String name = body == null ? null : Filter.pinned(body.path("filter"), "name");
        ArrayNode items = JSON.arrayNode();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object[] row : reads.variables(elementInstanceKey)) {
            String variable = (String) row[0];
            if ((name != null && !name.equals(variable)) || !seen.add(variable)) {
                continue;
            }
            ObjectNode item = items.addObject();
            item.put("name", variable);
            item.put("value", (String) row[1]);
            item.put("isTruncated", false);
            item.put("tenantId", Searches.TENANT);
            item.put("variableKey", String.valueOf(row[4]));
            item.put("scopeKey", String.valueOf(row[2]));
            item.put("processInstanceKey", String.valueOf(row[3]));
        }
        ObjectNode page = JSON.objectNode();
        page.put("totalItems", items.size());
        page.put("hasMoreTotalItems", false);
        ObjectNode result = JSON.objectNode();
        result.set("items", items);
        result.set("page", page);
        return result;
    }

    private static String date(ObjectNode changes, String name) {
        JsonNode node = changes.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw Problem.invalid("Expected '" + name + "' to be an ISO 8601 date-time string, but got " + node);
        }
        if (!node.asText().isEmpty()) {
            try {
                ZonedDateTime.parse(node.asText());
            } catch (DateTimeParseException e) {
                throw Problem.invalid("The provided " + name + " '" + node.asText() + "' cannot be parsed as a date "
                        + "according to RFC 3339, section 5.6.");
            }
        }
        return node.asText();
    }

    private static List<String> strings(ObjectNode changes, String name) {
        JsonNode node = changes.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw Problem.invalid("Expected '" + name + "' to be an array of strings, but got " + node);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw Problem.invalid("Expected '" + name + "' to be an array of strings, but got " + node);
            }
            values.add(item.asText());
        }
        return values;
    }

    private static String text(ObjectNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw Problem.invalid("Expected '" + name + "' to be a string, but got " + node);
        }
        return node.asText();
    }

    private static long key(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Problem.invalid("Expected 'userTaskKey' to be a numeric key, but got '" + text + "'");
        }
    }

    private static JsonNode json(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return null;
        }
        try {
            return MAPPER.readTree(raw);
        } catch (java.io.IOException e) {
            throw Problem.invalid("Expected a JSON request body, but " + (e instanceof JsonProcessingException j
                    ? j.getOriginalMessage() : e.getMessage()));
        }
    }

    private static ObjectNode object(byte[] raw) {
        JsonNode node = json(raw);
        if (node == null || node.isNull()) {
            return JSON.objectNode();
        }
        if (!node.isObject()) {
            throw Problem.invalid("Expected the request body to be a JSON object");
        }
        return (ObjectNode) node;
    }

    private static void require(String method, String expected, String path) {
        if (!expected.equals(method)) {
            throw Problem.methodNotAllowed("Expected " + expected + " for " + path + ", but got " + method);
        }
    }

    private static CompletableFuture<Reply> done(Reply reply) {
        return CompletableFuture.completedFuture(reply);
    }

    /** Engine rejections as the 8.8 gateway maps them: a wrong state or a listener's denial is 409 INVALID_STATE. */
    private static Problem problem(Throwable error) {
        if (error instanceof Problem problem) {
            return problem;
        }
        if (error instanceof Rejection rejection) {
            return switch (rejection.code()) {
                case INVALID_ARGUMENT -> Problem.invalid(rejection.getMessage());
                case NOT_FOUND -> Problem.notFound(rejection.getMessage());
                case FAILED_PRECONDITION -> Problem.conflict(rejection.getMessage());
                default -> Problem.unavailable(rejection.getMessage());
            };
        }
        throw error instanceof RuntimeException e ? e : new IllegalStateException(error);
    }
}
