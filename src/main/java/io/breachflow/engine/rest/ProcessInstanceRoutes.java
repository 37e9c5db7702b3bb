package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.engine.processing.Engine;
import io.breachflow.engine.processing.EngineRecords;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /v2/process-instances} (by {@code processDefinitionKey}, or by {@code processDefinitionId} and
 * {@code processDefinitionVersion}, -1 or absent = latest; with {@code awaitCompletion} the answer waits for
 * the end, up to {@code requestTimeout}) and {@code POST /v2/process-instances/{key}/cancellation}: the same
 * engine commands as gRPC CreateProcessInstance(WithResult) and CancelProcessInstance.
 */
final class ProcessInstanceRoutes {
    private static final long DEFAULT_AWAIT_MS = 10_000;

    private final Engine engine;

    ProcessInstanceRoutes(Engine engine) {
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(
                Route.async("POST", "/v2/process-instances", this::create),
                Route.async("POST", "/v2/process-instances/([^/]+)/cancellation", request ->
                        engine.cancelInstance(request.key(1, "processInstanceKey")).thenApply(done -> Reply.NO_CONTENT)));
    }

    private CompletableFuture<Reply> create(Request request) {
        JsonBody body = request.json().defaultTenant()
                .unsupported("startInstructions", "the embedded engine starts processes only at their none start event")
                .unsupported("runtimeInstructions", "the embedded engine supports no runtime instructions");
        long definitionKey = body.key("processDefinitionKey");
        String processId = body.text("processDefinitionId", "");
        if (definitionKey <= 0 && processId.isBlank()) {
            throw Problem.invalid("At least one of [processDefinitionId, processDefinitionKey] is required.");
        }
        int version = body.integer("processDefinitionVersion", -1);
        EngineRecords.CreateInstance create = new EngineRecords.CreateInstance(definitionKey, processId,
                version == 0 && definitionKey <= 0 ? -1 : version, body.variables("variables"));
        if (!body.bool("awaitCompletion")) {
            return engine.createInstance(create).thenApply(created -> Reply.json(created(created, Json.object())));
        }
        long timeout = body.number("requestTimeout", 0);
        List<String> fetch = body.texts("fetchVariables");
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        engine.createInstanceWithResult(create, timeout > 0 ? timeout : DEFAULT_AWAIT_MS, fetch,
                new Engine.ResultCallback() {
                    @Override
                    public void completed(EngineRecords.InstanceCreated created, String variables) {
                        reply.complete(Reply.json(created(created, Json.parse(variables))));
                    }

                    @Override
                    public void failed(Throwable error) {
                        reply.completeExceptionally(error);
                    }
                });
        return reply;
    }

    private static ObjectNode created(EngineRecords.InstanceCreated created, com.fasterxml.jackson.databind.JsonNode
            variables) {
        ObjectNode body = Json.object();
        body.put("processDefinitionId", created.bpmnProcessId());
        body.put("processDefinitionVersion", created.version());
        body.put("tenantId", JsonBody.DEFAULT_TENANT);
        body.set("variables", variables);
        body.put("processDefinitionKey", Json.key(created.definitionKey()));
        body.put("processInstanceKey", Json.key(created.instanceKey()));
        body.putArray("tags");
        return body;
    }
}
