package io.breachflow.engine.processing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.engine.model.ElementType;
import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.TerminationStore;
import java.util.Map;

/**
 * Zeebe 8.8 holds a user task's termination until its {@code canceling} task listeners have completed: the element
 * stays TERMINATING, so do the scopes terminated around it, and what the termination was for (the interrupting
 * boundary event's flow) waits too. This resumes a held termination once its last blocker is gone: the instance
 * ends, then the boundary event it made room for activates, or its waiting scope (or calling call activity)
 * finishes its own termination, or a scope left with nothing to do completes (a terminate end event's scope).
 */
final class HeldTermination {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What waits for a held termination: the interrupting boundary event and its payload. */
    record Continuation(String boundaryId, Map<String, String> variables) {
    }

    private final CommandContext ctx;
    private final BpmnExecutor executor;

    HeldTermination(CommandContext ctx, BpmnExecutor executor) {
        this.ctx = ctx;
        this.executor = executor;
    }

    /** The boundary event activates once the held owner has terminated. */
    void holdBoundary(ElementInstance owner, ExecutableElement boundary, Map<String, String> variables) {
        try {
            new TerminationStore(ctx.store).put(owner.key(), owner.processInstanceKey(),
                    JSON.writeValueAsString(new Continuation(boundary.id(), variables)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last blocker of a held instance is gone: end it and carry on with what waited for it. */
    void resume(ElementInstance instance) {
        executor.finishTermination(instance);
        Continuation continuation = take(instance.key());
        if (instance.isProcessInstance()) {
            ElementInstance caller = instance.parentElementInstanceKey() < 0 ? null
                    : ctx.instance(instance.parentElementInstanceKey());
            if (caller != null && caller.state() == ElementInstance.State.TERMINATING) {
                resume(caller);
            }
            return;
        }
        ElementInstance scope = ctx.instance(instance.flowScopeKey());
        if (scope == null) {
            return;
        }
        if (scope.state() == ElementInstance.State.TERMINATING) {
            if (scope.activeChildren() == 0) {
                resume(scope);
            }
            return;
        }
        if (continuation != null) {
            executor.activateBoundary(scope, ctx.process(scope.processDefinitionKey())
                    .element(continuation.boundaryId()), continuation.variables());
        } else if (scope.type() != ElementType.MULTI_INSTANCE_BODY) {
            executor.later(() -> executor.completeScopeIfDone(scope));
        }
    }

    private Continuation take(long key) {
        String json = new TerminationStore(ctx.store).take(key);
        try {
            return json == null ? null : JSON.readValue(json, Continuation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected a stored termination continuation, but got " + json, e);
        }
    }
}
