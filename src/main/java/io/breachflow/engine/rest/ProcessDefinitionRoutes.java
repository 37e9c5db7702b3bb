package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Deployed process definitions: {@code POST /v2/process-definitions/search}, {@code GET
 * /v2/process-definitions/{key}} and its BPMN XML ({@code .../xml}), read from the definitions table.
 */
final class ProcessDefinitionRoutes {
    private static final Map<String, Field<Rows.ProcessDefinition>> FIELDS = Searches.fields(List.of(
            Field.key("processDefinitionKey", Rows.ProcessDefinition::key),
            Field.text("processDefinitionId", Rows.ProcessDefinition::processId),
            Field.text("name", Rows.ProcessDefinition::name),
            Field.number("version", d -> (long) d.version()),
            Field.text("versionTag", Rows.ProcessDefinition::versionTag),
            Field.text("resourceName", Rows.ProcessDefinition::resourceName),
            Field.bool("isLatestVersion", Rows.ProcessDefinition::latest),
            Field.bool("hasStartForm", d -> false),
            Field.text("tenantId", d -> Searches.TENANT)));

    private final EngineReads reads;

    ProcessDefinitionRoutes(EngineReads reads) {
        this.reads = reads;
    }

    List<Route> routes() {
        return List.of(
                Route.sync("POST", "/v2/process-definitions/search", request -> Reply.json(
                        search(new SearchQuery(SearchRoutes.body(request))))),
                Route.sync("GET", "/v2/process-definitions/([^/]+)/xml", request -> {
                    long key = request.key(1, "processDefinitionKey");
                    byte[] resource = reads.definitionResource(key);
                    if (resource == null) {
                        throw notFound(key);
                    }
                    return Reply.xml(resource);
                }),
                Route.sync("GET", "/v2/process-definitions/([^/]+)", request -> {
                    long key = request.key(1, "processDefinitionKey");
                    ObjectNode body = Json.object();
                    body.putObject("filter").put("processDefinitionKey", String.valueOf(key));
                    JsonNode items = search(new SearchQuery(body)).get("items");
                    if (items.isEmpty()) {
                        throw notFound(key);
                    }
                    return Reply.json(items.get(0));
                }));
    }

    private ObjectNode search(SearchQuery query) {
        return query.run(reads.processDefinitions(), FIELDS, "processDefinitionKey", ProcessDefinitionRoutes::render);
    }

    private static Problem notFound(long key) {
        return Problem.notFound("Expected to find process definition with key '" + key + "', but none was found");
    }

    private static ObjectNode render(Rows.ProcessDefinition definition) {
        ObjectNode item = Json.object();
        if (definition.name() != null) {
            item.put("name", definition.name());
        }
        item.put("resourceName", definition.resourceName());
        item.put("version", definition.version());
        if (definition.versionTag() != null) {
            item.put("versionTag", definition.versionTag());
        }
        item.put("processDefinitionId", definition.processId());
        item.put("tenantId", Searches.TENANT);
        item.put("processDefinitionKey", Json.key(definition.key()));
        item.put("hasStartForm", false);
        return item;
    }
}
