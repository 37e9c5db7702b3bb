package io.breachflow.engine.processing;

import io.breachflow.engine.model.EventDefinition;
import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.ExecutableProcess;
import io.breachflow.engine.model.Expression;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.EventStore;
import io.breachflow.engine.state.ProcessDefinition;
import java.util.List;
import java.util.Map;

/**
 * Process instances started by events — timer, message and signal start events — and the
 * start-event subscriptions a deployment opens (replacing the previous version's).
 */
final class StartBehavior {
    private final CommandContext ctx;
    private final BpmnExecutor executor;

    StartBehavior(CommandContext ctx, BpmnExecutor executor) {
        this.ctx = ctx;
        this.executor = executor;
    }

    /** Creates an instance of {@code definitionKey} that begins at {@code start} with the event's variables. */
    ElementInstance startAt(long definitionKey, String startId, Map<String, String> variables, String correlationKey) {
        ProcessDefinition definition = ctx.models().definition(definitionKey, ctx.store);
        ExecutableProcess process = ctx.process(definitionKey);
        long key = ctx.nextKey();
        ElementInstance root = ctx.newInstance(key, key, definitionKey, process.root(), -1);
        root.startedBy(definition.bpmnProcessId(), correlationKey);
        ctx.pendingStart(key, process.element(startId), variables);
        executor.later(() -> executor.activate(root));
        return root;
    }

    /** Sends a signal to every subscription with its name: catch events, boundaries, event sub-processes, starts. */
    void broadcastSignal(String name, Map<String, String> variables) {
        for (EventStore.Subscription subscription : ctx.store.events().signalSubscriptions(name)) {
            if (subscription.ownerKey() < 0) {
                startAt(subscription.processDefinitionKey(), subscription.targetElementId(), variables, null);
            } else {
                executor.events().trigger(subscription, variables);
            }
        }
    }

    /** Opens the start events of a new process version and closes the previous versions'. */
    void openStartEvents(ProcessDefinition definition, ExecutableProcess process) {
        List<Long> older = ctx.store.definitionKeys(definition.bpmnProcessId()).stream()
                .filter(key -> key != definition.key()).toList();
        ctx.store.events().closeStartEvents(older);
        Expression.VariableLookup none = Expression.VariableLookup.of(Map.of());
        for (ExecutableElement start : process.root().eventStartEvents()) {
            EventDefinition event = start.event();
            switch (event.kind()) {
                case TIMER -> {
                    Timers.Schedule schedule = Timers.first(event.timer(), event.timer().expression().evaluate(none),
                            ctx.now);
                    ctx.store.events().insertTimer(new EventStore.Timer(ctx.nextKey(), -1, -1, definition.key(),
                            start.id(), schedule.dueAt(), schedule.remaining(), schedule.cycle()), ctx.now);
                    ctx.effects.timerDueAt(schedule.dueAt());
                }
                case MESSAGE -> ctx.store.events().insertSubscription(new EventStore.Subscription(ctx.nextKey(),
                        "MESSAGE", -1, -1, definition.key(), definition.bpmnProcessId(), start.id(),
                        EventBehavior.text(event.messageName(), none, "message name"), ""), ctx.now);
                case SIGNAL -> ctx.store.events().insertSubscription(new EventStore.Subscription(ctx.nextKey(),
                        "SIGNAL", -1, -1, definition.key(), definition.bpmnProcessId(), start.id(),
                        EventBehavior.text(event.signalName(), none, "signal name"), null), ctx.now);
                default -> {
                }
            }
        }
    }

    /**
     * After an instance started by a message with a correlation key ends, the oldest buffered
     * message for that key may start the next one.
     */
    void instanceEnded(ElementInstance root) {
        String correlationKey = root.correlationKey();
        if (correlationKey == null || correlationKey.isEmpty()) {
            return;
        }
        String processId = root.bpmnProcessId();
        executor.later(() -> {
            for (EventStore.Subscription start : ctx.store.events().startSubscriptionsOfProcess("MESSAGE", processId)) {
                EventStore.BufferedMessage message = ctx.store.events().oldestUncorrelated(start.eventName(),
                        correlationKey, processId, ctx.now);
                if (message != null) {
                    ctx.store.events().markCorrelated(message.key(), processId);
                    startAt(start.processDefinitionKey(), start.targetElementId(), ctx.json.document(message.variables()),
                            correlationKey);
                    return;
                }
            }
        });
    }
}
