package io.breachflow.engine.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes {@code /v2/...} requests to the searches and answers everything else with a problem. */
final class RestHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RestHandler.class);
    private static final Pattern SEARCH = Pattern.compile("/v2/(process-instances|element-instances|incidents)/search");
    private static final Pattern BY_KEY = Pattern.compile("/v2/(process-instances|element-instances|incidents)/([^/]+)");
    private static final Pattern XML = Pattern.compile("/v2/process-definitions/([^/]+)/xml");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Searches searches;
    private final EngineReads reads;
    private final RestServer.ClockRoutes clock;
    private UserTaskEndpoints userTasks;

    RestHandler(EngineReads reads) {
        this(reads, null);
    }

    RestHandler(EngineReads reads, RestServer.ClockRoutes clock) {
        this.reads = reads;
        this.searches = new Searches(reads);
        this.clock = clock;
    }

    /** Serves {@code /v2/user-tasks/...} (Camunda user tasks) with these endpoints. */
    RestHandler withUserTasks(UserTaskEndpoints endpoints) {
        this.userTasks = endpoints;
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            try {
                route(exchange, path);
            } catch (Problem problem) {
                problem(exchange, path, problem.status(), problem.title(), problem.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Engine REST request {} {} failed", exchange.getRequestMethod(), path, e);
                problem(exchange, path, 500, "INTERNAL_SERVER_ERROR", "Expected to answer the request, but "
                        + e.getClass().getSimpleName() + " occurred");
            }
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        Matcher search = SEARCH.matcher(path);
        Matcher byKey = BY_KEY.matcher(path);
        Matcher xml = XML.matcher(path);
        if (userTasks != null && UserTaskEndpoints.handles(path)) {
            UserTaskEndpoints.Reply reply = userTasks.answerNow(method, path, exchange.getRequestBody().readAllBytes());
            send(exchange, reply.status(), "application/json", reply.body() == null ? new byte[0]
                    : mapper.writeValueAsBytes(reply.body()));
        } else if (clock != null && ("/v2/clock".equals(path) || "/v2/clock/reset".equals(path))) {
            clock(exchange, method, path);
        } else if (search.matches()) {
            require(method, "POST", path);
            json(exchange, 200, search(search.group(1), new SearchQuery(body(exchange))));
        } else if (xml.matches()) {
            require(method, "GET", path);
            xml(exchange, xml.group(1));
        } else if (byKey.matches()) {
            require(method, "GET", path);
            json(exchange, 200, get(byKey.group(1), byKey.group(2)));
        } else if (path.startsWith("/v2/")) {
            throw Problem.notImplemented("The embedded engine serves only a subset of the Orchestration Cluster "
                    + "REST API (process instance, element instance and incident searches and process definition "
                    + "XML); '" + method + " " + path + "' is not part of it");
        } else {
            throw Problem.notFound("No endpoint " + method + " " + path);
        }
    }

    /** {@code PUT /v2/clock} pins the engine's time, {@code POST /v2/clock/reset} lets it run again; both 204. */
    private void clock(HttpExchange exchange, String method, String path) throws IOException {
        if ("/v2/clock".equals(path)) {
            require(method, "PUT", path);
            JsonNode body = body(exchange);
            JsonNode timestamp = body == null ? null : body.get("timestamp");
            if (timestamp == null || !timestamp.canConvertToLong() || timestamp.asLong() < 0) {
                throw Problem.invalid("Expected 'timestamp' as a non-negative number of epoch milliseconds, but got "
                        + (timestamp == null ? "none" : timestamp.toString()));
            }
            clock.pin().accept(timestamp.asLong());
        } else {
            require(method, "POST", path);
            clock.reset().run();
        }
        send(exchange, 204, "application/json", new byte[0]);
    }

    private ObjectNode search(String entity, SearchQuery query) {
        return switch (entity) {
            case "process-instances" -> searches.processInstances(query);
            case "element-instances" -> searches.elementInstances(query);
            default -> searches.incidents(query);
        };
    }

    /** {@code GET /v2/<entity>/<key>}: the one item a key search finds, or 404. */
    private JsonNode get(String entity, String key) {
        String field = switch (entity) {
            case "process-instances" -> "processInstanceKey";
            case "element-instances" -> "elementInstanceKey";
            default -> "incidentKey";
        };
        Searches.parseKey(key);
        ObjectNode body = mapper.createObjectNode();
        body.putObject("filter").put(field, key);
        JsonNode items = search(entity, new SearchQuery(body)).get("items");
        if (items.isEmpty()) {
            throw Problem.notFound("Expected to find " + entity.replace('-', ' ').replaceAll("s$", "")
                    + " with key '" + key + "', but none was found");
        }
        return items.get(0);
    }

    private void xml(HttpExchange exchange, String key) throws IOException {
        byte[] resource = reads.definitionResource(Searches.parseKey(key));
        if (resource == null) {
            throw Problem.notFound("Expected to find process definition with key '" + key + "', but none was found");
        }
        send(exchange, 200, "text/xml", resource);
    }

    private static void require(String method, String expected, String path) {
        if (!expected.equals(method)) {
            throw Problem.methodNotAllowed("Expected " + expected + " for " + path + ", but got " + method);
        }
    }

    private JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        if (bytes.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw Problem.invalid("Expected a JSON request body, but " + e.getOriginalMessage());
        }
    }

    private void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json", mapper.writeValueAsBytes(body));
    }

    private void problem(HttpExchange exchange, String path, int status, String title, String detail)
            throws IOException {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", path);
        send(exchange, status, "application/problem+json", mapper.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType + (contentType.startsWith("text/")
                ? "; charset=" + StandardCharsets.UTF_8.name() : ""));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
