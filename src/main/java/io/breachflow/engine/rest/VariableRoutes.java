package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v2/variables/search} and {@code GET /v2/variables/{key}} over the variables the engine holds:
 * those of running scopes (the engine drops a scope's variables when it ends, so ended instances have none).
 * Search values longer than 8191 characters are cut and marked {@code isTruncated}, as in 8.8; GET gives all.
 */
final class VariableRoutes {
    static final int TRUNCATE_AT = 8191;

    private static final Map<String, Field<Rows.Variable>> FIELDS = Searches.fields(List.of(
            Field.key("variableKey", Rows.Variable::key),
            Field.text("name", Rows.Variable::name),
            Field.text("value", Rows.Variable::value),
            Field.key("scopeKey", Rows.Variable::scopeKey),
            Field.key("processInstanceKey", Rows.Variable::processInstanceKey),
            Field.bool("isTruncated", v -> v.value().length() > TRUNCATE_AT),
            Field.text("tenantId", v -> Searches.TENANT)));

    private final EngineReads reads;

    VariableRoutes(EngineReads reads) {
        this.reads = reads;
    }

    List<Route> routes() {
        return List.of(
                Route.sync("POST", "/v2/variables/search", request -> {
                    SearchQuery query = new SearchQuery(SearchRoutes.body(request));
                    String instance = Filter.pinned(query.filter(), "processInstanceKey");
                    List<Rows.Variable> rows = reads.variables(instance == null ? null : Searches.parseKey(instance),
                            null);
                    return Reply.json(query.run(rows, FIELDS, "variableKey", variable -> render(variable, true)));
                }),
                Route.sync("GET", "/v2/variables/([^/]+)", request -> {
                    long key = request.key(1, "variableKey");
                    List<Rows.Variable> rows = reads.variables(null, key);
                    if (rows.isEmpty()) {
                        throw Problem.notFound("Expected to find variable with key '" + key + "', but none was found");
                    }
                    return Reply.json(render(rows.get(0), false));
                }));
    }

    private static ObjectNode render(Rows.Variable variable, boolean truncate) {
        boolean cut = truncate && variable.value().length() > TRUNCATE_AT;
        ObjectNode item = Json.object();
        item.put("value", cut ? variable.value().substring(0, TRUNCATE_AT) : variable.value());
        if (truncate) {
            item.put("isTruncated", cut);
        }
        item.put("name", variable.name());
        item.put("tenantId", Searches.TENANT);
        item.put("variableKey", Json.key(variable.key()));
        item.put("scopeKey", Json.key(variable.scopeKey()));
        item.put("processInstanceKey", Json.key(variable.processInstanceKey()));
        return item;
    }
}
