package io.breachflow.engine.processing;

import io.breachflow.engine.model.ElementType;
import io.breachflow.engine.model.EventDefinition;
import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.Expression;
import io.breachflow.engine.state.ElementInstance;
import java.util.List;
import java.util.Map;

/**
 * Errors and escalations: finds the catching event by searching outwards from the thrower — at
 * each level the event sub-processes inside the scope, then the boundary events on it, continuing
 * from a called process into its call activity — where an exact code beats a catch-all.
 */
final class ThrowBehavior {
    private final CommandContext ctx;
    private final BpmnExecutor executor;

    ThrowBehavior(CommandContext ctx, BpmnExecutor executor) {
        this.ctx = ctx;
        this.executor = executor;
    }

    private record Catch(ElementInstance owner, ExecutableElement event) {
    }

    /** Throws a BPMN error from {@code thrower}; false when nothing catches it (the caller raises the incident). */
    boolean throwError(ElementInstance thrower, String code, Map<String, String> variables) {
        Catch found = find(thrower, EventDefinition.Kind.ERROR, code);
        if (found == null) {
            return false;
        }
        ctx.history(thrower.processInstanceKey(), "ERROR", "THROWN", thrower.key(), thrower.elementId(), null,
                "{\"errorCode\":" + JsonCodec.quote(code) + "}");
        deliver(found, variables);
        return true;
    }

    /** Throws an escalation; nothing happens when no event catches it. */
    void escalate(ElementInstance thrower, String code) {
        ElementInstance scope = ctx.instance(thrower.flowScopeKey());
        Catch found = scope == null ? null : find(scope, EventDefinition.Kind.ESCALATION, code);
        if (found != null) {
            deliver(found, Map.of());
        }
    }

    /**
     * Hands the thrown payload to the catch event, which merges it like a message payload: output
     * mappings on the catch event decide what leaves it, without them it propagates (B.2).
     */
    private void deliver(Catch found, Map<String, String> variables) {
        ExecutableElement ownerElement = ctx.element(found.owner());
        if (found.event().type() == ElementType.BOUNDARY_EVENT) {
            if (found.event().interrupting()) {
                executor.events().close(found.owner(), ownerElement);
            }
            executor.boundaryTriggered(found.owner(), found.event(), variables);
        } else {
            ElementInstance scope = found.owner();
            if (found.event().interrupting()) {
                executor.events().close(scope, ownerElement);
                scope.interrupt();
                for (ElementInstance child : ctx.children(scope.key())) {
                    executor.terminate(child);
                }
                ctx.store.deleteJoinTokens(scope.key());
                scope.addWaitingTokens(-scope.waitingTokens());
            }
            ElementInstance subProcess = executor.createChild(scope, found.event().flowScope());
            ctx.pendingStart(subProcess.key(), found.event(), null);
            ctx.pendingArrival(subProcess.key(), found.event().id(), variables);
            executor.later(() -> executor.activate(subProcess));
        }
    }

    private Catch find(ElementInstance from, EventDefinition.Kind kind, String code) {
        ElementInstance current = from;
        while (current != null) {
            ExecutableElement element = ctx.element(current);
            boolean body = current.type() == ElementType.MULTI_INSTANCE_BODY;
            boolean inner = !body && element.loop() != null;
            if (!body && element.type().isFlowScope() && !current.interrupted()) {
                ExecutableElement start = match(element.eventSubProcessStarts(), kind, code);
                if (start != null) {
                    return new Catch(current, start);
                }
            }
            if (!inner) {
                ExecutableElement boundary = match(element.boundaryEvents(), kind, code);
                if (boundary != null) {
                    return new Catch(current, boundary);
                }
            }
            if (current.isProcessInstance()) {
                long parent = current.parentElementInstanceKey();
                current = parent >= 0 ? ctx.instance(parent) : null;
            } else {
                current = ctx.instance(current.flowScopeKey());
            }
        }
        return null;
    }

    private ExecutableElement match(List<ExecutableElement> candidates, EventDefinition.Kind kind, String code) {
        ExecutableElement catchAll = null;
        for (ExecutableElement candidate : candidates) {
            if (!candidate.event().is(kind)) {
                continue;
            }
            Expression expected = candidate.event().code();
            if (expected == null) {
                catchAll = catchAll == null ? candidate : catchAll;
            } else if (code.equals(String.valueOf(expected.evaluate(Expression.VariableLookup.of(Map.of()))))) {
                return candidate;
            }
        }
        return catchAll;
    }
}
