package io.breachflow.engine.rest;

import io.breachflow.engine.processing.Engine;
import java.util.List;

/** {@code POST /v2/incidents/{key}/resolution}: the gRPC ResolveIncident command; 204, or 404 for no open incident. */
final class IncidentRoutes {
    private final Engine engine;

    IncidentRoutes(Engine engine) {
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(Route.async("POST", "/v2/incidents/([^/]+)/resolution", request ->
                engine.resolveIncident(request.key(1, "incidentKey")).thenApply(done -> Reply.NO_CONTENT)));
    }
}
