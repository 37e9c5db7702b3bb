package io.breachflow.engine.rest;

import io.breachflow.engine.processing.Engine;
import java.util.List;

/**
 * {@code PUT /v2/element-instances/{key}/variables} ({@code variables}, {@code local}): the same engine command as
 * the gRPC SetVariables, so on a Camunda user task's element instance it waits for the task's updating listeners;
 * 204 once the variables are set.
 */
final class ElementInstanceVariableRoutes {
    private final Engine engine;

    ElementInstanceVariableRoutes(Engine engine) {
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(Route.async("PUT", "/v2/element-instances/([^/]+)/variables", request -> {
            long key = request.key(1, "elementInstanceKey");
            JsonBody body = request.json();
            String variables = body.variables("variables");
            if (variables.isEmpty()) {
                throw Problem.invalid("No variables provided. Expected 'variables' to be a JSON object");
            }
            return engine.setVariables(key, variables, body.bool("local")).thenApply(done -> Reply.NO_CONTENT);
        }));
    }
}
