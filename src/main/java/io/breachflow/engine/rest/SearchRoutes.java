package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * Searches and get-by-key of process instances, element instances and incidents: the reads the
 * application's case history uses. They read committed state from the database on the HTTP thread.
 */
final class SearchRoutes {
    private final Searches searches;

    SearchRoutes(EngineReads reads) {
        this.searches = new Searches(reads);
    }

    List<Route> routes() {
        return List.of(
                search("process-instances", searches::processInstances),
                search("element-instances", searches::elementInstances),
                search("incidents", searches::incidents),
                get("process-instances", "processInstanceKey", searches::processInstances),
                get("element-instances", "elementInstanceKey", searches::elementInstances),
                get("incidents", "incidentKey", searches::incidents));
    }

    private static Route search(String entity, Function<SearchQuery, ObjectNode> search) {
        return Route.sync("POST", "/v2/" + entity + "/search",
                request -> Reply.json(search.apply(new SearchQuery(body(request)))));
    }

    /** {@code GET /v2/<entity>/<key>}: the one item a key search finds, or 404. */
    private static Route get(String entity, String keyField, Function<SearchQuery, ObjectNode> search) {
        return Route.sync("GET", "/v2/" + entity + "/([^/]+)", request -> {
            long key = request.key(1, keyField);
            ObjectNode body = Json.object();
            body.putObject("filter").put(keyField, String.valueOf(key));
            JsonNode items = search.apply(new SearchQuery(body)).get("items");
            if (items.isEmpty()) {
                throw Problem.notFound("Expected to find " + entity.replace('-', ' ').replaceAll("s$", "")
                        + " with key '" + key + "', but none was found");
            }
            return Reply.json(items.get(0));
        });
    }

    /** A search body as a tree; empty means no filter, sort or page. */
    static JsonNode body(Request request) {
        return request.json().tree();
    }
}
