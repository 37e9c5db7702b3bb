package io.breachflow.engine.rest;

import io.breachflow.engine.processing.Engine;
import java.util.List;

/**
 * {@code POST /v2/resources/{resourceKey}/deletion}: the same DeleteResource command as gRPC (a process definition
 * or a decision requirements graph; 404 when unknown, 409 while a process definition still has running instances),
 * answered 204. The optional body carries only an {@code operationReference}, which the engine does not keep.
 */
final class ResourceRoutes {
    private final Engine engine;

    ResourceRoutes(Engine engine) {
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(Route.async("POST", "/v2/resources/([^/]+)/deletion", request -> {
            long key = request.key(1, "resourceKey");
            request.json().number("operationReference", 0);
            return engine.deleteResource(key).thenApply(done -> Reply.NO_CONTENT);
        }));
    }
}
