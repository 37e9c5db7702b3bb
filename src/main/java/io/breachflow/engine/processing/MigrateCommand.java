package io.breachflow.engine.processing;

import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.ExecutableProcess;
import io.breachflow.engine.model.Expression;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.EventStore;
import io.breachflow.engine.state.MigrationStore;
import io.breachflow.engine.state.ProcessDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Process instance migration as Zeebe 8.8 does it, in one command: every active element instance is first checked
 * (breadth first, as Zeebe walks them) against the mapping instructions, and only when all pass does anything
 * change. Then each instance, from the process instance down, moves to its target element in place: its key,
 * state, variables, job (type, retries, headers unchanged: Zeebe does not recreate jobs or re-evaluate
 * expressions), user task and incidents stay. Catch events follow the instructions: a mapped one keeps its
 * subscription (a timer keeps its due date), an unmapped one is closed, and one the target element adds is opened.
 */
record MigrateCommand(Migration migration) implements Command<Void> {

    /** One element instance and the element it becomes. */
    private record Step(ElementInstance instance, ExecutableElement from, ExecutableElement to) {
    }

    @Override
    public Void execute(CommandContext ctx) {
        ElementInstance processInstance = ctx.instance(migration.processInstanceKey());
        if (processInstance == null || !processInstance.isProcessInstance()) {
            throw Rejection.notFound("Expected to migrate process instance but no process instance found with key "
                    + "'%d'", migration.processInstanceKey());
        }
        ProcessDefinition definition = ctx.models().definition(migration.targetProcessDefinitionKey(), ctx.store);
        if (definition == null) {
            throw Rejection.notFound("Expected to migrate process instance to process definition but no process "
                    + "definition found with key '%d'", migration.targetProcessDefinitionKey());
        }
        ExecutableProcess source = ctx.process(processInstance.processDefinitionKey());
        ExecutableProcess target = ctx.process(definition.key());
        MigrateValidation validation = new MigrateValidation(ctx, processInstance.key(), source, target);
        Map<String, String> mappings = validation.checkInstructions(migration.mappings());
        List<Step> steps = plan(ctx, validation, processInstance, source, target);
        BpmnExecutor executor = new BpmnExecutor(ctx);
        MigrationStore store = new MigrationStore(ctx.store);
        executor.run(() -> {
            for (Step step : steps) {
                move(ctx, executor, validation, store, step, mappings, definition.key(), target.bpmnProcessId());
            }
        });
        ctx.history(processInstance.key(), "PROCESS_INSTANCE_MIGRATION", "MIGRATED", processInstance.key(), null,
                null, summary(ctx, source));
        return null;
    }

    /** Every active element instance with its target element, parents before children; rejects before any change. */
    private static List<Step> plan(CommandContext ctx, MigrateValidation validation, ElementInstance processInstance,
            ExecutableProcess source, ExecutableProcess target) {
        List<Step> steps = new ArrayList<>();
        Step root = new Step(processInstance, source.root(), target.root());
        checkOwner(ctx, validation, root);
        steps.add(root);
        Map<Long, String> targetIds = new HashMap<>();
        targetIds.put(processInstance.key(), target.root().id());
        Deque<ElementInstance> queue = new ArrayDeque<>(ctx.children(processInstance.key()));
        while (!queue.isEmpty()) {
            ElementInstance instance = queue.poll();
            if (instance.state() != ElementInstance.State.ACTIVATED
                    && ctx.store.openIncidentsOfElement(instance.key()).isEmpty()) {
                throw validation.state("active element with id '%s' is not in a wait state. Please retry the "
                        + "migration.", instance.elementId());
            }
            ExecutableElement to = validation.checkElement(instance, targetIds.get(instance.flowScopeKey()));
            Step step = new Step(instance, ctx.element(instance), to);
            checkOwner(ctx, validation, step);
            steps.add(step);
            targetIds.put(instance.key(), to.id());
            queue.addAll(ctx.children(instance.key()));
        }
        return steps;
    }

    private static void checkOwner(CommandContext ctx, MigrateValidation validation, Step step) {
        validation.checkNoWaitingTokens(step.instance());
        if (!step.from().mayWait()) {
            return;
        }
        MigrationStore store = new MigrationStore(ctx.store);
        Stream.concat(store.timersOf(step.instance().key()).stream().map(EventStore.Timer::targetElementId),
                        store.subscriptionsOf(step.instance().key()).stream()
                                .map(EventStore.Subscription::targetElementId))
                .filter(id -> !id.equals(step.from().id()))
                .forEach(id -> validation.checkCatchEvent(step.instance(), step.to(), id));
    }

    private static void move(CommandContext ctx, BpmnExecutor executor, MigrateValidation validation,
            MigrationStore store, Step step, Map<String, String> mappings, long definitionKey, String bpmnProcessId) {
        ElementInstance instance = step.instance();
        instance.migrate(definitionKey, step.to().id());
        if (instance.isProcessInstance()) {
            instance.startedBy(bpmnProcessId, instance.correlationKey());
            store.moveProcessInstance(instance.key(), definitionKey, bpmnProcessId);
        } else {
            store.moveJobs(instance.key(), definitionKey, step.to().id());
            store.moveIncidents(instance.key(), step.to().id());
            store.moveUserTasks(instance.key(), definitionKey, bpmnProcessId, step.to().id());
        }
        moveCatchEvents(ctx, store, step, mappings, definitionKey, bpmnProcessId);
        openAddedCatchEvents(executor, validation, step, mappings);
        ctx.history(instance.processInstanceKey(), "PROCESS_INSTANCE", "ELEMENT_MIGRATED", instance.key(),
                step.to().id(), instance.type().name(), null);
    }

    /** Mapped catch events keep their subscription under the new element id; unmapped ones are closed. */
    private static void moveCatchEvents(CommandContext ctx, MigrationStore store, Step step,
            Map<String, String> mappings, long definitionKey, String bpmnProcessId) {
        if (!step.from().mayWait()) {
            return;
        }
        long owner = step.instance().key();
        for (EventStore.Timer timer : store.timersOf(owner)) {
            String targetId = targetOf(step, mappings, timer.targetElementId());
            if (targetId == null) {
                store.deleteTimer(timer.key());
                ctx.history(timer.processInstanceKey(), "TIMER", "CANCELED", timer.key(), timer.targetElementId(),
                        null, null);
            } else {
                store.moveTimer(timer.key(), definitionKey, targetId);
            }
        }
        for (EventStore.Subscription subscription : store.subscriptionsOf(owner)) {
            String targetId = targetOf(step, mappings, subscription.targetElementId());
            if (targetId == null) {
                store.deleteSubscription(subscription.key());
                ctx.history(subscription.processInstanceKey(), subscription.kind() + "_SUBSCRIPTION", "DELETED",
                        subscription.key(), subscription.targetElementId(), null, null);
            } else {
                store.moveSubscription(subscription.key(), definitionKey, bpmnProcessId, targetId);
            }
        }
    }

    /** The element's own event moves with it; a boundary or event sub-process start event by its instruction. */
    private static String targetOf(Step step, Map<String, String> mappings, String catchEventId) {
        return catchEventId.equals(step.from().id()) ? step.to().id() : mappings.get(catchEventId);
    }

    /** Catch events of the target element that no instruction maps onto get a new subscription. */
    private static void openAddedCatchEvents(BpmnExecutor executor, MigrateValidation validation, Step step,
            Map<String, String> mappings) {
        for (ExecutableElement catchEvent : catchEvents(step.to())) {
            if (!catchEvent.event().needsSubscription() || mappings.containsValue(catchEvent.id())) {
                continue;
            }
            try {
                executor.events().subscribe(step.instance(), catchEvent);
            } catch (Expression.EvaluationFailure e) {
                throw validation.state("the catch event with id '%s' of target element with id '%s' could not be "
                        + "subscribed: %s", catchEvent.id(), step.to().id(), e.getMessage());
            }
        }
    }

    /** The catch events an instance of {@code element} owns besides its own: boundary and event sub-process starts. */
    static List<ExecutableElement> catchEvents(ExecutableElement element) {
        List<ExecutableElement> events = new ArrayList<>(element.boundaryEvents());
        if (element.type().isFlowScope()) {
            events.addAll(element.eventSubProcessStarts());
        }
        return events;
    }

    private String summary(CommandContext ctx, ExecutableProcess source) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sourceProcessId", source.bpmnProcessId());
        summary.put("targetProcessDefinitionKey", migration.targetProcessDefinitionKey());
        summary.put("mappingInstructions", migration.mappings().stream().map(m -> Map.of("sourceElementId",
                m.sourceElementId(), "targetElementId", m.targetElementId())).toList());
        return ctx.json.write(summary);
    }
}
