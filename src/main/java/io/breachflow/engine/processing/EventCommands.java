package io.breachflow.engine.processing;

import io.breachflow.engine.model.ElementType;
import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.EventStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Publishing messages, broadcasting signals and firing due timers. */
final class EventCommands {
    private static final int TIMERS_PER_COMMAND = 200;

    private EventCommands() {
    }

    /**
     * Correlates a message to at most one open subscription per BPMN process id (oldest first), starts
     * message start events, and buffers it for its time-to-live.
     */
    static Long publish(CommandContext ctx, String name, String correlationKey, long ttl, String messageId,
            String variablesJson) {
        return publish(ctx, name, correlationKey, ttl, messageId, variablesJson, new ArrayList<>());
    }

    /**
     * Correlates a message at once, without buffering it, as the REST API's message correlation does; answers
     * with the first process instance it reached.
     *
     * @throws Rejection NOT_FOUND when no subscription and no message start event took it
     */
    static EngineRecords.MessageCorrelated correlate(CommandContext ctx, String name, String correlationKey,
            String variablesJson) {
        List<Long> reached = new ArrayList<>();
        long key = publish(ctx, name, correlationKey, 0, "", variablesJson, reached);
        if (reached.isEmpty()) {
            throw Rejection.notFound("Expected to find subscription for message with name '%s' and correlation key "
                    + "'%s', but none was found.", name, correlationKey);
        }
        return new EngineRecords.MessageCorrelated(key, reached.get(0));
    }

    private static Long publish(CommandContext ctx, String name, String correlationKey, long ttl, String messageId,
            String variablesJson, List<Long> reached) {
        EventStore events = ctx.store.events();
        if (!messageId.isEmpty() && events.messageIdBuffered(name, correlationKey, messageId, ctx.now)) {
            throw new Rejection(Rejection.Code.ALREADY_EXISTS, String.format("Expected to publish a new message with id "
                    + "'%s', but a message with that id was already published", messageId));
        }
        Map<String, String> variables = ctx.json.document(variablesJson);
        long key = ctx.nextKey();
        Set<String> correlated = new LinkedHashSet<>();
        BpmnExecutor executor = new BpmnExecutor(ctx);
        executor.run(() -> {
            for (EventStore.Subscription subscription : events.messageSubscriptions(name, correlationKey)) {
                if (correlated.add(subscription.bpmnProcessId())) {
                    executor.events().trigger(subscription, variables);
                    reached.add(subscription.processInstanceKey());
                }
            }
            for (EventStore.Subscription start : events.startSubscriptions("MESSAGE", name)) {
                if (correlated.contains(start.bpmnProcessId()) || (!correlationKey.isEmpty()
                        && ctx.store.hasActiveInstanceWithCorrelationKey(start.bpmnProcessId(), correlationKey))) {
                    continue;
                }
                correlated.add(start.bpmnProcessId());
                reached.add(executor.starts().startAt(start.processDefinitionKey(), start.targetElementId(), variables,
                        correlationKey).processInstanceKey());
            }
        });
        if (ttl > 0) {
            events.insertMessage(new EventStore.BufferedMessage(key, name, correlationKey, messageId.isEmpty() ? null
                    : messageId, variablesJson == null || variablesJson.isBlank() ? "{}" : variablesJson, ctx.now + ttl),
                    ctx.now);
            correlated.forEach(processId -> events.markCorrelated(key, processId));
        }
        ctx.history(-1, "MESSAGE", "PUBLISHED", key, name, null, null);
        return key;
    }

    static Long broadcast(CommandContext ctx, String name, String variablesJson) {
        Map<String, String> variables = ctx.json.document(variablesJson);
        long key = ctx.nextKey();
        BpmnExecutor executor = new BpmnExecutor(ctx);
        executor.run(() -> executor.starts().broadcastSignal(name, variables));
        ctx.history(-1, "SIGNAL", "BROADCASTED", key, name, null, null);
        return key;
    }

    /** Fires timers that are due; returns whether more were due than one command takes. */
    static Boolean fireDueTimers(CommandContext ctx) {
        EventStore events = ctx.store.events();
        List<EventStore.Timer> due = events.dueTimers(ctx.now, TIMERS_PER_COMMAND);
        BpmnExecutor executor = new BpmnExecutor(ctx);
        executor.run(() -> {
            for (EventStore.Timer timer : due) {
                fire(ctx, executor, timer);
            }
        });
        events.deleteExpiredMessages(ctx.now);
        Long next = events.nextTimerDue();
        if (next != null) {
            ctx.effects.timerDueAt(next);
        }
        return due.size() == TIMERS_PER_COMMAND;
    }

    private static void fire(CommandContext ctx, BpmnExecutor executor, EventStore.Timer timer) {
        EventStore events = ctx.store.events();
        ctx.history(timer.processInstanceKey(), "TIMER", "TRIGGERED", timer.key(), timer.targetElementId(), null,
                "{\"dueDate\":" + timer.dueAt() + "}");
        Timers.Schedule next = timer.cycle() == null ? null
                : Timers.next(timer.cycle(), timer.repetitions(), timer.dueAt(), ctx.now);
        if (timer.ownerKey() < 0) {
            rearmOrDelete(ctx, timer, next);
            executor.starts().startAt(timer.processDefinitionKey(), timer.targetElementId(), Map.of(), null);
            return;
        }
        ElementInstance owner = ctx.instance(timer.ownerKey());
        if (owner == null) {
            events.deleteTimer(timer.key());
            return;
        }
        ExecutableElement target = ctx.process(owner.processDefinitionKey()).element(timer.targetElementId());
        boolean repeats = !target.interrupting() && (target.type() == ElementType.BOUNDARY_EVENT
                || target.type() == ElementType.START_EVENT);
        rearmOrDelete(ctx, timer, repeats ? next : null);
        executor.events().trigger(owner.key(), target.id(), Map.of());
    }

    private static void rearmOrDelete(CommandContext ctx, EventStore.Timer timer, Timers.Schedule next) {
        if (next == null) {
            ctx.store.events().deleteTimer(timer.key());
        } else {
            ctx.store.events().rearmTimer(timer.key(), next.dueAt(), next.remaining());
            ctx.effects.timerDueAt(next.dueAt());
        }
    }
}
