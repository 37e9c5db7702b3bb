package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.engine.processing.Engine;
import java.util.List;

/**
 * Messages and signals: {@code POST /v2/messages/publication} (buffered for {@code timeToLive} ms, as gRPC
 * PublishMessage), {@code POST /v2/messages/correlation} (REST only: correlated now or 404, answering with the
 * process instance it reached) and {@code POST /v2/signals/broadcast}.
 */
final class EventRoutes {
    private final Engine engine;

    EventRoutes(Engine engine) {
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(
                Route.async("POST", "/v2/messages/publication", request -> {
                    JsonBody body = request.json().defaultTenant();
                    return engine.publishMessage(body.requiredText("name"), body.text("correlationKey", ""),
                            Math.max(0, body.number("timeToLive", 0)), body.text("messageId", ""),
                            body.variables("variables")).thenApply(key -> Reply.json(keyed("messageKey", key)));
                }),
                Route.async("POST", "/v2/messages/correlation", request -> {
                    JsonBody body = request.json().defaultTenant();
                    return engine.correlateMessage(body.requiredText("name"), body.text("correlationKey", ""),
                            body.variables("variables")).thenApply(correlated -> {
                                ObjectNode answer = keyed("messageKey", correlated.messageKey());
                                answer.put("processInstanceKey", Json.key(correlated.processInstanceKey()));
                                return Reply.json(answer);
                            });
                }),
                Route.async("POST", "/v2/signals/broadcast", request -> {
                    JsonBody body = request.json().defaultTenant();
                    return engine.broadcastSignal(body.requiredText("signalName"), body.variables("variables"))
                            .thenApply(key -> Reply.json(keyed("signalKey", key)));
                }));
    }

    private static ObjectNode keyed(String name, long key) {
        ObjectNode body = Json.object();
        body.put("tenantId", JsonBody.DEFAULT_TENANT);
        body.put(name, Json.key(key));
        return body;
    }
}
