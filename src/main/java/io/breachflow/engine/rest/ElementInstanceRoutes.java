package io.breachflow.engine.rest;

import io.breachflow.engine.processing.Engine;
import java.util.List;

/**
 * {@code PUT /v2/element-instances/{elementInstanceKey}/variables}: gRPC SetVariables over REST. The key may be
 * an element instance or a process instance; {@code local} sets the variables in that scope, otherwise each
 * propagates to the nearest scope that has it. The same engine command as gRPC SetVariables, so on a Camunda user
 * task's element instance it waits for the task's updating listeners. 204 once set; 404 for an unknown scope.
 */
final class ElementInstanceRoutes {
    private final Engine engine;

    ElementInstanceRoutes(Engine engine) {
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(Route.async("PUT", "/v2/element-instances/([^/]+)/variables", request -> {
            long key = request.key(1, "elementInstanceKey");
            JsonBody body = request.json();
            String variables = body.variables("variables");
            if (body.object("variables").tree().isEmpty()) {
                throw Problem.invalid("No variables provided.");
            }
            body.number("operationReference", 0);
            return engine.setVariables(key, variables, body.bool("local")).thenApply(done -> Reply.NO_CONTENT);
        }));
    }
}
