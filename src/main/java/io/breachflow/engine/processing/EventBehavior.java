package io.breachflow.engine.processing;

import io.breachflow.engine.model.ElementType;
import io.breachflow.engine.model.EventDefinition;
import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.ExecutableFlow;
import io.breachflow.engine.model.Expression;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.EventStore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Waiting for events: opens the timers and message/signal subscriptions an element instance needs
 * when it activates (its own catch event, its boundary events, the event sub-processes of a scope,
 * the events after an event-based gateway), closes them when it leaves, and applies a trigger the
 * way BPMN says: complete the catch event, interrupt or accompany the activity, start the event
 * sub-process, or pick the gateway's path.
 */
final class EventBehavior {
    private final CommandContext ctx;
    private final BpmnExecutor executor;

    EventBehavior(CommandContext ctx, BpmnExecutor executor) {
        this.ctx = ctx;
        this.executor = executor;
    }

    private EventStore events() {
        return ctx.store.events();
    }

    /** Opens everything {@code instance} waits for; throws {@link Expression.EvaluationFailure} for an incident. */
    void open(ElementInstance instance, ExecutableElement element) {
        if (!element.mayWait()) {
            return;
        }
        events().closeAll(instance.key());
        boolean isInnerInstance = element.loop() != null && instance.type() != ElementType.MULTI_INSTANCE_BODY;
        boolean isBody = instance.type() == ElementType.MULTI_INSTANCE_BODY;
        if (!isInnerInstance) {
            for (ExecutableElement boundary : element.boundaryEvents()) {
                if (boundary.event().needsSubscription()) {
                    subscribe(instance, boundary);
                }
            }
        }
        if (isBody) {
            return;
        }
        if (element.type().isFlowScope()) {
            for (ExecutableElement start : element.eventSubProcessStarts()) {
                if (start.event().needsSubscription()) {
                    subscribe(instance, start);
                }
            }
        }
        if ((element.type() == ElementType.INTERMEDIATE_CATCH_EVENT || element.type() == ElementType.RECEIVE_TASK)
                && element.event().needsSubscription() && !ctx.hasPendingTrigger(instance.key())) {
            subscribe(instance, element);
        }
        if (element.type() == ElementType.EVENT_BASED_GATEWAY) {
            for (ExecutableFlow flow : element.outgoing()) {
                subscribe(instance, flow.target());
            }
        }
    }

    void close(ElementInstance instance, ExecutableElement element) {
        if (element.mayWait()) {
            events().closeAll(instance.key());
        }
    }

    /**
     * Opens the one timer or message/signal subscription {@code owner} needs for the catch event {@code target};
     * also used by migration for catch events the target process adds. Throws {@link Expression.EvaluationFailure}.
     */
    void subscribe(ElementInstance owner, ExecutableElement target) {
        EventDefinition event = target.event();
        Expression.VariableLookup variables = ctx.variables.lookup(owner.key());
        switch (event.kind()) {
            case TIMER -> {
                Timers.Schedule schedule = Timers.first(event.timer(), event.timer().expression().evaluate(variables),
                        ctx.now);
                long key = ctx.nextKey();
                events().insertTimer(new EventStore.Timer(key, owner.key(), owner.processInstanceKey(),
                        owner.processDefinitionKey(), target.id(), schedule.dueAt(), schedule.remaining(),
                        schedule.cycle()), ctx.now);
                ctx.effects.timerDueAt(schedule.dueAt());
                ctx.history(owner.processInstanceKey(), "TIMER", "CREATED", key, target.id(), null,
                        "{\"dueDate\":" + schedule.dueAt() + "}");
            }
            case MESSAGE -> {
                String name = text(event.messageName(), variables, "message name");
                String correlationKey = correlationKey(event, variables);
                EventStore.Subscription subscription = new EventStore.Subscription(ctx.nextKey(), "MESSAGE", owner.key(),
                        owner.processInstanceKey(), owner.processDefinitionKey(), bpmnProcessId(owner), target.id(), name,
                        correlationKey);
                events().insertSubscription(subscription, ctx.now);
                ctx.history(owner.processInstanceKey(), "MESSAGE_SUBSCRIPTION", "CREATED", subscription.key(),
                        target.id(), null, null);
                executor.later(() -> correlateBuffered(subscription));
            }
            case SIGNAL -> {
                String name = text(event.signalName(), variables, "signal name");
                long key = ctx.nextKey();
                events().insertSubscription(new EventStore.Subscription(key, "SIGNAL", owner.key(),
                        owner.processInstanceKey(), owner.processDefinitionKey(), bpmnProcessId(owner), target.id(), name,
                        null), ctx.now);
                ctx.history(owner.processInstanceKey(), "SIGNAL_SUBSCRIPTION", "CREATED", key, target.id(), null, null);
            }
            default -> throw new IllegalStateException("Expected a timer, message or signal event, but got " + event);
        }
    }

    private String bpmnProcessId(ElementInstance instance) {
        return ctx.process(instance.processDefinitionKey()).bpmnProcessId();
    }

    static String text(Expression expression, Expression.VariableLookup variables, String what) {
        if (expression == null) {
            throw new Expression.EvaluationFailure("Expected a " + what + ", but none is modelled");
        }
        Object value = expression.evaluate(variables);
        if (value instanceof String s) {
            return s;
        }
        throw new Expression.EvaluationFailure("Expected the " + what + " '" + expression.text()
                + "' to be 'STRING', but was '" + BpmnExecutor.typeName(value) + "'.");
    }

    private static String correlationKey(EventDefinition event, Expression.VariableLookup variables) {
        if (event.correlationKey() == null) {
            return "";
        }
        Object value = event.correlationKey().evaluate(variables);
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        throw new Expression.EvaluationFailure("Failed to extract the correlation key for '"
                + event.correlationKey().text() + "': The value must be either a string or a number, but was '"
                + BpmnExecutor.typeName(value) + "'.");
    }

    /** A newly opened message subscription takes the oldest buffered message it matches. */
    private void correlateBuffered(EventStore.Subscription subscription) {
        if (events().subscription(subscription.key()) == null) {
            return;
        }
        EventStore.BufferedMessage message = events().oldestUncorrelated(subscription.eventName(),
                subscription.correlationKey(), subscription.bpmnProcessId(), ctx.now);
        if (message != null) {
            events().markCorrelated(message.key(), subscription.bpmnProcessId());
            trigger(subscription, ctx.json.document(message.variables()));
        }
    }

    /** Applies a message or signal to the subscription's owner. */
    void trigger(EventStore.Subscription subscription, Map<String, String> variables) {
        ctx.history(subscription.processInstanceKey(), subscription.kind() + "_SUBSCRIPTION", "CORRELATED",
                subscription.key(), subscription.targetElementId(), null, null);
        trigger(subscription.ownerKey(), subscription.targetElementId(), variables);
    }

    /** Applies an event for {@code targetId} to the instance that waits for it. */
    void trigger(long ownerKey, String targetId, Map<String, String> variables) {
        ElementInstance owner = ctx.instance(ownerKey);
        if (owner == null || owner.state() != ElementInstance.State.ACTIVATED) {
            return;
        }
        ExecutableElement ownerElement = ctx.element(owner);
        ExecutableElement target = ctx.process(owner.processDefinitionKey()).element(targetId);
        if (target.type() == ElementType.BOUNDARY_EVENT) {
            boundary(owner, ownerElement, target, variables);
        } else if (target.type() == ElementType.START_EVENT) {
            eventSubProcess(owner, ownerElement, target, variables);
        } else if (ownerElement.type() == ElementType.EVENT_BASED_GATEWAY) {
            close(owner, ownerElement);
            ExecutableFlow chosen = ownerElement.outgoing().stream().filter(f -> f.target() == target).findFirst()
                    .orElseThrow();
            executor.completeTriggered(owner, List.of(chosen), variables);
        } else {
            close(owner, ownerElement);
            executor.later(() -> executor.complete(owner, variables, null));
        }
    }

    private void boundary(ElementInstance owner, ExecutableElement ownerElement, ExecutableElement boundary,
            Map<String, String> variables) {
        if (boundary.interrupting()) {
            close(owner, ownerElement);
        }
        executor.boundaryTriggered(owner, boundary, variables);
    }

    private void eventSubProcess(ElementInstance scope, ExecutableElement scopeElement, ExecutableElement start,
            Map<String, String> variables) {
        if (scope.interrupted()) {
            return;
        }
        if (start.interrupting()) {
            close(scope, scopeElement);
            scope.interrupt();
            for (ElementInstance child : ctx.children(scope.key())) {
                executor.terminate(child);
            }
            ctx.store.deleteJoinTokens(scope.key());
            scope.addWaitingTokens(-scope.waitingTokens());
        }
        ElementInstance subProcess = executor.createChild(scope, start.flowScope());
        ctx.pendingStart(subProcess.key(), start, variables);
        executor.later(() -> executor.activate(subProcess));
    }

}
