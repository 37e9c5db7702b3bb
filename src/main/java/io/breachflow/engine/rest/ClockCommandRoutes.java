package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code PUT /v2/clock} pins the engine's time, {@code POST /v2/clock/reset} lets it run again; both 204. */
final class ClockCommandRoutes {
    private final RestServer.ClockRoutes clock;

    ClockCommandRoutes(RestServer.ClockRoutes clock) {
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.sync("PUT", "/v2/clock", request -> {
                    JsonNode timestamp = request.json().node("timestamp");
                    if (timestamp == null || !timestamp.canConvertToLong() || timestamp.asLong() < 0) {
                        throw Problem.invalid("Expected 'timestamp' as a non-negative number of epoch milliseconds, "
                                + "but got " + (timestamp == null ? "none" : timestamp.toString()));
                    }
                    clock.pin().accept(timestamp.asLong());
                    return Reply.NO_CONTENT;
                }),
                Route.sync("POST", "/v2/clock/reset", request -> {
                    clock.reset().run();
                    return Reply.NO_CONTENT;
                }));
    }
}
