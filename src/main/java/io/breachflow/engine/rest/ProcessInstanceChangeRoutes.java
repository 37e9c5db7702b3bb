package io.breachflow.engine.rest;

import io.breachflow.engine.processing.Engine;
import io.breachflow.engine.processing.Migration;
import io.breachflow.engine.processing.Modification;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /v2/process-instances/{key}/modification} and {@code .../migration}: the 8.8 request bodies turned
 * into the same engine commands as gRPC ModifyProcessInstance and MigrateProcessInstance, so both doors validate
 * alike and reject with the same messages (unknown instance 404, bad instruction 400, an instance the plan cannot
 * move 409). Only the shape of the JSON is checked here; 204 once the command committed.
 */
final class ProcessInstanceChangeRoutes {
    private final Engine engine;

    ProcessInstanceChangeRoutes(Engine engine) {
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(
                Route.async("POST", "/v2/process-instances/([^/]+)/modification", this::modify),
                Route.async("POST", "/v2/process-instances/([^/]+)/migration", this::migrate));
    }

    private CompletableFuture<Reply> modify(Request request) {
        long key = request.key(1, "processInstanceKey");
        JsonBody body = request.json().unsupported("moveInstructions",
                "move instructions came with 8.9; send activate and terminate instructions");
        List<Modification.Activation> activations = body.objects("activateInstructions").stream()
                .map(ProcessInstanceChangeRoutes::activation).toList();
        List<Long> terminations = body.objects("terminateInstructions").stream()
                .map(instruction -> requiredKey(instruction, "elementInstanceKey")).toList();
        return engine.modifyInstance(new Modification(key, activations, terminations))
                .thenApply(done -> Reply.NO_CONTENT);
    }

    private static Modification.Activation activation(JsonBody instruction) {
        String elementId = instruction.requiredText("elementId");
        List<Modification.Variables> variables = instruction.objects("variableInstructions").stream()
                .map(v -> new Modification.Variables(v.text("scopeId", ""), v.variables("variables"))).toList();
        return new Modification.Activation(elementId, instruction.key("ancestorElementInstanceKey"), variables);
    }

    private CompletableFuture<Reply> migrate(Request request) {
        long key = request.key(1, "processInstanceKey");
        JsonBody body = request.json();
        long target = requiredKey(body, "targetProcessDefinitionKey");
        List<JsonBody> instructions = body.objects("mappingInstructions");
        if (instructions.isEmpty()) {
            throw Problem.invalid("No mappingInstructions provided.");
        }
        List<Migration.Mapping> mappings = instructions.stream().map(m -> new Migration.Mapping(
                m.requiredText("sourceElementId"), m.requiredText("targetElementId"))).toList();
        return engine.migrateInstance(new Migration(key, target, mappings)).thenApply(done -> Reply.NO_CONTENT);
    }

    private static long requiredKey(JsonBody body, String field) {
        long value = body.key(field);
        if (value <= 0) {
            throw Problem.invalid("No " + field + " provided.");
        }
        return value;
    }
}
