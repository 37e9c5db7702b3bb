package io.breachflow.engine.processing;

import io.breachflow.engine.model.ElementType;
import io.breachflow.engine.model.EventDefinition;
import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.ExecutableFlow;
import io.breachflow.engine.model.Expression;
import io.breachflow.engine.model.Mapping;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.Incident;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves tokens through a process: activates elements, completes them, takes sequence flows and
 * joins gateways. Steps are queued on an agenda and drained in order inside the command, so a
 * fork creates every branch before any branch runs on; failures become incidents, never exceptions.
 */
final class BpmnExecutor {
    private final CommandContext ctx;
    private final JobBehavior jobs;
    private final EventBehavior events;
    private final ThrowBehavior throwing;
    private final MultiInstanceBehavior multiInstance;
    private final CallActivityBehavior callActivities;
    private final StartBehavior starts;
    private final Deque<Runnable> agenda = new ArrayDeque<>();
    private boolean running;

    BpmnExecutor(CommandContext ctx) {
        this.ctx = ctx;
        this.jobs = new JobBehavior(ctx);
        this.events = new EventBehavior(ctx, this);
        this.throwing = new ThrowBehavior(ctx, this);
        this.multiInstance = new MultiInstanceBehavior(ctx, this);
        this.callActivities = new CallActivityBehavior(ctx, this);
        this.starts = new StartBehavior(ctx, this);
    }

    EventBehavior events() {
        return events;
    }

    ThrowBehavior throwing() {
        return throwing;
    }

    StartBehavior starts() {
        return starts;
    }

    /** Queues a step after the current one; drained by {@link #run}. */
    void later(Runnable step) {
        agenda.add(step);
        if (!running) {
            run(() -> { });
        }
    }

    /** Runs {@code step} and everything it schedules until every token rests in a wait state. */
    void run(Runnable step) {
        agenda.add(step);
        if (running) {
            return;
        }
        running = true;
        try {
            while (!agenda.isEmpty()) {
                agenda.poll().run();
            }
        } finally {
            running = false;
        }
    }

    private void schedule(Runnable step) {
        agenda.add(step);
    }

    ElementInstance createChild(ElementInstance scope, ExecutableElement element) {
        ElementType type = element.loop() != null ? ElementType.MULTI_INSTANCE_BODY : element.type();
        return createChild(scope, element, type);
    }

    ElementInstance createChild(ElementInstance scope, ExecutableElement element, ElementType type) {
        ElementInstance child = ctx.newInstance(ctx.nextKey(), scope.processInstanceKey(), scope.processDefinitionKey(),
                element, scope.key(), type);
        scope.addActiveChildren(1);
        Map<String, String> arrival = ctx.takePendingArrival(scope.key(), element.id());
        if (arrival != null) {
            ctx.pendingTrigger(child.key(), arrival);
        }
        return child;
    }

    void activate(ElementInstance instance) {
        ExecutableElement element = ctx.element(instance);
        boolean body = instance.type() == ElementType.MULTI_INSTANCE_BODY;
        try {
            if (!body) {
                applyInputs(instance, element);
            }
        } catch (Expression.EvaluationFailure e) {
            incident(instance, "IO_MAPPING_ERROR", e.getMessage(), Incident.RetryStep.ACTIVATE, -1);
            return;
        }
        try {
            events.open(instance, element);
        } catch (Expression.EvaluationFailure e) {
            ctx.store.events().closeAll(instance.key());
            incident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), Incident.RetryStep.ACTIVATE, -1);
            return;
        }
        if (body) {
            multiInstance.activate(instance, element);
            return;
        }
        Map<String, String> trigger = ctx.takePendingTrigger(instance.key());
        switch (element.type()) {
            case PROCESS, SUB_PROCESS, EVENT_SUB_PROCESS -> {
                activated(instance);
                ExecutableElement start = ctx.takePendingStart(instance.key());
                if (start == null) {
                    start = element.type() == ElementType.EVENT_SUB_PROCESS ? element.eventStart()
                            : element.noneStartEvent();
                }
                ElementInstance startInstance = createChild(instance, start);
                schedule(() -> activate(startInstance));
            }
            case EXCLUSIVE_GATEWAY, INCLUSIVE_GATEWAY -> activateConditionalGateway(instance, element);
            case SCRIPT_TASK -> {
                if (element.job() != null) {
                    activateJobElement(instance, element);
                } else {
                    activateScript(instance, element);
                }
            }
            case BUSINESS_RULE_TASK -> {
                if (element.job() != null) {
                    activateJobElement(instance, element);
                } else {
                    activateDecision(instance, element);
                }
            }
            case USER_TASK -> {
                if (element.userTask() != null) {
                    new UserTaskBehavior(ctx, this).activate(instance, element);
                } else {
                    activateJobElement(instance, element);
                }
            }
            case SERVICE_TASK, SEND_TASK -> activateJobElement(instance, element);
            case INTERMEDIATE_CATCH_EVENT, RECEIVE_TASK -> {
                activated(instance);
                if (trigger != null || element.event().is(EventDefinition.Kind.LINK)) {
                    Map<String, String> result = trigger == null ? Map.of() : trigger;
                    schedule(() -> complete(instance, result, null));
                }
            }
            case EVENT_BASED_GATEWAY -> activated(instance);
            case CALL_ACTIVITY -> callActivities.activate(instance, element);
            case INTERMEDIATE_THROW_EVENT, END_EVENT -> activateThrowEvent(instance, element);
            default -> {
                activated(instance);
                Map<String, String> result = trigger == null ? Map.of() : trigger;
                schedule(() -> complete(instance, result, null));
            }
        }
    }

    private void activateThrowEvent(ElementInstance instance, ExecutableElement element) {
        if (element.job() != null) {
            activateJobElement(instance, element);
            return;
        }
        EventDefinition event = element.event();
        switch (event.kind()) {
            case TERMINATE -> {
                activated(instance);
                ElementInstance scope = ctx.instance(instance.flowScopeKey());
                for (ElementInstance sibling : ctx.children(scope.key())) {
                    if (sibling.key() != instance.key()) {
                        terminate(sibling);
                    }
                }
                ctx.store.deleteJoinTokens(scope.key());
                scope.addWaitingTokens(-scope.waitingTokens());
                schedule(() -> complete(instance, Map.of(), null));
            }
            case ERROR -> {
                String code = textOrIncident(instance, event.code(), "error code");
                if (code == null) {
                    return;
                }
                activated(instance);
                if (!throwing.throwError(instance, code, Map.of())) {
                    incident(instance, "UNHANDLED_ERROR_EVENT", String.format("Expected to throw an error event with "
                            + "the code '%s', but it was not caught. No error events are available in the scope.", code),
                            Incident.RetryStep.ACTIVATE, -1);
                }
            }
            case ESCALATION -> {
                String code = textOrIncident(instance, event.code(), "escalation code");
                if (code == null) {
                    return;
                }
                activated(instance);
                throwing.escalate(instance, code);
                schedule(() -> {
                    if (ctx.instance(instance.key()) != null) {
                        complete(instance, Map.of(), null);
                    }
                });
            }
            case SIGNAL -> {
                String name = textOrIncident(instance, event.signalName(), "signal name");
                if (name == null) {
                    return;
                }
                activated(instance);
                starts.broadcastSignal(name, Map.copyOf(ctx.variables.locals(instance.key())));
                schedule(() -> complete(instance, Map.of(), null));
            }
            default -> {
                activated(instance);
                schedule(() -> complete(instance, Map.of(), null));
            }
        }
    }

    /** Evaluates a name or code to text; on failure raises an {@code EXTRACT_VALUE_ERROR} incident and returns null. */
    private String textOrIncident(ElementInstance instance, Expression expression, String what) {
        try {
            return EventBehavior.text(expression, ctx.variables.lookup(instance.key()), what);
        } catch (Expression.EvaluationFailure e) {
            incident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), Incident.RetryStep.ACTIVATE, -1);
            return null;
        }
    }

    void activatedState(ElementInstance instance) {
        activated(instance);
    }

    private void activated(ElementInstance instance) {
        instance.state(ElementInstance.State.ACTIVATED);
        ctx.elementHistory(instance, "ELEMENT_ACTIVATED");
    }

    private void activateJobElement(ElementInstance instance, ExecutableElement element) {
        try {
            JobBehavior.Prepared job = jobs.prepare(instance, element);
            activated(instance);
            jobs.create(instance, job);
        } catch (Expression.EvaluationFailure e) {
            incident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), Incident.RetryStep.ACTIVATE, -1);
        }
    }

    private void activateScript(ElementInstance instance, ExecutableElement element) {
        Object result;
        try {
            result = element.script().evaluate(ctx.variables.lookup(instance.key()));
        } catch (Expression.EvaluationFailure e) {
            incident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), Incident.RetryStep.ACTIVATE, -1);
            return;
        }
        activated(instance);
        Map<String, String> variables = element.resultVariable() == null ? Map.of()
                : Map.of(element.resultVariable(), ctx.json.write(result));
        schedule(() -> complete(instance, variables, null));
    }

    private void activateDecision(ElementInstance instance, ExecutableElement element) {
        DecisionBehavior.TaskOutcome outcome = new DecisionBehavior(ctx).evaluateFor(instance, element.calledDecision());
        if (outcome.incidentType() != null) {
            incident(instance, outcome.incidentType(), outcome.message(), Incident.RetryStep.ACTIVATE, -1);
            return;
        }
        activated(instance);
        schedule(() -> complete(instance, outcome.variables(), null));
    }

    private void activateConditionalGateway(ElementInstance instance, ExecutableElement element) {
        List<ExecutableFlow> chosen = new ArrayList<>();
        try {
            for (ExecutableFlow flow : element.outgoing()) {
                if (flow == element.defaultFlow()) {
                    continue;
                }
                if (flow.condition() == null || isTrue(instance, flow)) {
                    chosen.add(flow);
                    if (element.type() == ElementType.EXCLUSIVE_GATEWAY) {
                        break;
                    }
                }
            }
        } catch (Expression.EvaluationFailure e) {
            incident(instance, "CONDITION_ERROR", e.getMessage(), Incident.RetryStep.ACTIVATE, -1);
            return;
        }
        if (chosen.isEmpty() && element.defaultFlow() != null) {
            chosen.add(element.defaultFlow());
        }
        if (chosen.isEmpty() && !element.outgoing().isEmpty()) {
            incident(instance, "CONDITION_ERROR", "Expected at least one condition to evaluate to true, or to have a "
                    + "default flow", Incident.RetryStep.ACTIVATE, -1);
            return;
        }
        activated(instance);
        schedule(() -> complete(instance, Map.of(), chosen));
    }

    private boolean isTrue(ElementInstance instance, ExecutableFlow flow) {
        Object result = flow.condition().evaluate(ctx.variables.lookup(instance.key()));
        if (result instanceof Boolean b) {
            return b;
        }
        throw new Expression.EvaluationFailure("Expected result of the expression '" + flow.condition().text()
                + "' to be 'BOOLEAN', but was '" + typeName(result) + "'.");
    }

    /** Completes an element: output mappings, variable propagation, then its outgoing flows. */
    void complete(ElementInstance instance, Map<String, String> result, List<ExecutableFlow> flows) {
        if (ctx.instance(instance.key()) == null) {
            return;
        }
        ExecutableElement element = ctx.element(instance);
        boolean body = instance.type() == ElementType.MULTI_INSTANCE_BODY;
        instance.state(ElementInstance.State.COMPLETING);
        if (body) {
            multiInstance.beforeBodyCompletes(instance, element);
        } else if (!element.outputs().isEmpty()) {
            ctx.variables.setLocal(instance.key(), result);
            try {
                applyOutputs(instance, element);
            } catch (Expression.EvaluationFailure e) {
                incident(instance, "IO_MAPPING_ERROR", e.getMessage(), Incident.RetryStep.COMPLETE, -1);
                return;
            }
        } else if (!result.isEmpty() && !element.type().isFlowScope()) {
            ctx.variables.propagate(instance.key(), result);
        }
        ElementInstance scope = instance.isProcessInstance() ? null : ctx.instance(instance.flowScopeKey());
        boolean inner = scope != null && scope.type() == ElementType.MULTI_INSTANCE_BODY;
        if (inner) {
            multiInstance.collectOutput(scope, instance, element);
        }
        events.close(instance, element);
        ctx.elementHistory(instance, "ELEMENT_COMPLETED");
        if (instance.isProcessInstance()) {
            completeProcessInstance(instance);
            return;
        }
        if (element.type().isFlowScope()) {
            ctx.store.deleteJoinTokens(instance.key());
        }
        ctx.remove(instance);
        scope.addActiveChildren(-1);
        if (inner) {
            multiInstance.innerCompleted(scope, ctx.element(scope));
            return;
        }
        if (element.type() == ElementType.INTERMEDIATE_THROW_EVENT && element.event().is(EventDefinition.Kind.LINK)) {
            ExecutableElement target = ctx.process(instance.processDefinitionKey())
                    .linkCatch(element.flowScope(), element.event().linkName());
            ElementInstance link = createChild(scope, target);
            schedule(() -> activate(link));
            return;
        }
        List<ExecutableFlow> outgoing = flows == null ? element.outgoing() : flows;
        for (ExecutableFlow flow : outgoing) {
            takeFlow(flow, scope);
        }
        if (outgoing.isEmpty()) {
            schedule(() -> completeScopeIfDone(scope));
        } else if (scope.waitingTokens() > 0) {
            schedule(() -> retryInclusiveJoins(scope));
        }
    }

    private void completeProcessInstance(ElementInstance instance) {
        Map<String, String> variables = Map.copyOf(ctx.variables.locals(instance.key()));
        if (ctx.isAwaited(instance.key())) {
            ctx.effects.completedInstances.put(instance.key(), JsonCodec.join(variables));
        }
        ctx.store.deleteJoinTokens(instance.key());
        ctx.remove(instance);
        if (instance.parentElementInstanceKey() >= 0) {
            schedule(() -> callActivities.childCompleted(instance.parentElementInstanceKey(), variables));
        }
        starts.instanceEnded(instance);
    }

    /** Completes an event-based gateway along the flow to the event that fired, which completes with its variables. */
    void completeTriggered(ElementInstance gateway, List<ExecutableFlow> flows, Map<String, String> variables) {
        ctx.pendingArrival(gateway.flowScopeKey(), flows.get(0).target().id(), variables);
        schedule(() -> complete(gateway, Map.of(), flows));
    }

    private void takeFlow(ExecutableFlow flow, ElementInstance scope) {
        ctx.history(scope.processInstanceKey(), "PROCESS_INSTANCE", "SEQUENCE_FLOW_TAKEN", ctx.nextKey(), flow.id(),
                ElementType.SEQUENCE_FLOW.name(), null);
        ExecutableElement target = flow.target();
        if (target.isJoin()) {
            Map<String, Integer> tokens = ctx.store.joinTokens(scope.key(), target.id());
            ctx.store.setJoinTokens(scope.key(), target.id(), flow.id(), tokens.getOrDefault(flow.id(), 0) + 1);
            scope.addWaitingTokens(1);
            schedule(() -> tryJoin(scope, target));
        } else {
            ElementInstance next = createChild(scope, target);
            schedule(() -> activate(next));
        }
    }

    private void tryJoin(ElementInstance scope, ExecutableElement gateway) {
        if (ctx.instance(scope.key()) == null) {
            return;
        }
        Map<String, Integer> tokens = ctx.store.joinTokens(scope.key(), gateway.id());
        if (tokens.isEmpty()) {
            return;
        }
        boolean allArrived = gateway.incoming().stream().allMatch(f -> tokens.getOrDefault(f.id(), 0) > 0);
        boolean fire = allArrived
                || (gateway.type() == ElementType.INCLUSIVE_GATEWAY && !canStillArrive(scope, gateway));
        if (!fire) {
            return;
        }
        int consumed = 0;
        for (Map.Entry<String, Integer> token : tokens.entrySet()) {
            if (token.getValue() > 0) {
                ctx.store.setJoinTokens(scope.key(), gateway.id(), token.getKey(), token.getValue() - 1);
                consumed++;
            }
        }
        scope.addWaitingTokens(-consumed);
        ElementInstance joined = createChild(scope, gateway);
        schedule(() -> activate(joined));
    }

    private boolean canStillArrive(ElementInstance scope, ExecutableElement gateway) {
        for (ElementInstance child : ctx.children(scope.key())) {
            if (ctx.element(child).canReach(gateway.id())) {
                return true;
            }
        }
        for (String other : ctx.store.gatewaysWithTokens(scope.key())) {
            if (!other.equals(gateway.id()) && ctx.process(scope.processDefinitionKey()).element(other)
                    .canReach(gateway.id())) {
                return true;
            }
        }
        return false;
    }

    private void retryInclusiveJoins(ElementInstance scope) {
        if (ctx.instance(scope.key()) == null || scope.waitingTokens() == 0) {
            return;
        }
        for (String gatewayId : ctx.store.gatewaysWithTokens(scope.key())) {
            ExecutableElement gateway = ctx.process(scope.processDefinitionKey()).element(gatewayId);
            if (gateway.type() == ElementType.INCLUSIVE_GATEWAY) {
                tryJoin(scope, gateway);
            }
        }
    }

    void completeScopeIfDone(ElementInstance scope) {
        if (ctx.instance(scope.key()) == null || scope.state() != ElementInstance.State.ACTIVATED) {
            return;
        }
        if (scope.waitingTokens() > 0) {
            retryInclusiveJoins(scope);
            return;
        }
        if (scope.activeChildren() == 0) {
            complete(scope, Map.of(), null);
        }
    }

    /**
     * Terminates an instance and everything inside it (children first), cancelling jobs and incidents. Returns
     * false when the termination is held, as Zeebe 8.8 holds it while a user task's canceling listeners run: the
     * instance (and every scope around a held child) stays TERMINATING and ends in {@link HeldTermination}.
     */
    boolean terminate(ElementInstance instance) {
        if (ctx.instance(instance.key()) == null) {
            return true;
        }
        if (instance.state() == ElementInstance.State.TERMINATING) {
            return false;
        }
        instance.state(ElementInstance.State.TERMINATING);
        boolean done = true;
        for (ElementInstance child : ctx.children(instance.key())) {
            done &= terminate(child);
        }
        ExecutableElement element = ctx.element(instance);
        events.close(instance, element);
        if (instance.type() == ElementType.CALL_ACTIVITY) {
            ElementInstance called = ctx.store.calledProcessInstance(instance.key());
            if (called != null && ctx.instance(called.key()) != null) {
                done &= terminate(ctx.instance(called.key()));
            }
        }
        if (instance.type() == ElementType.MULTI_INSTANCE_BODY) {
            ctx.store.events().deleteMultiInstance(instance.key());
        }
        jobs.cancel(instance);
        ctx.store.openIncidentsOfElement(instance.key()).forEach(incident -> {
            ctx.store.resolveIncident(incident.key());
            ctx.history(instance.processInstanceKey(), "INCIDENT", "RESOLVED", incident.key(), incident.elementId(),
                    null, null);
        });
        if (done && element.userTask() != null) {
            done = new UserTaskBehavior(ctx, this).terminated(instance);
        }
        if (done) {
            finishTermination(instance);
        }
        return done;
    }

    /** The end of a termination: the instance leaves state and its scope. */
    void finishTermination(ElementInstance instance) {
        ctx.store.deleteJoinTokens(instance.key());
        ctx.elementHistory(instance, "ELEMENT_TERMINATED");
        ElementInstance scope = instance.isProcessInstance() ? null : ctx.instance(instance.flowScopeKey());
        ctx.remove(instance);
        if (scope != null) {
            scope.addActiveChildren(-1);
        }
        if (instance.isProcessInstance()) {
            starts.instanceEnded(instance);
        }
    }

    HeldTermination held() {
        return new HeldTermination(ctx, this);
    }

    /**
     * A boundary event fired on {@code owner}: an interrupting one terminates the owner first, and when that
     * termination is held (canceling listeners), the event activates only once it has ended.
     */
    void boundaryTriggered(ElementInstance owner, ExecutableElement boundary, Map<String, String> variables) {
        ElementInstance scope = ctx.instance(owner.flowScopeKey());
        if (boundary.interrupting() && !terminate(owner)) {
            held().holdBoundary(owner, boundary, variables);
            return;
        }
        activateBoundary(scope, boundary, variables);
    }

    void activateBoundary(ElementInstance scope, ExecutableElement boundary, Map<String, String> variables) {
        ElementInstance event = createChild(scope, boundary);
        ctx.pendingTrigger(event.key(), variables);
        later(() -> activate(event));
    }

    void incident(ElementInstance instance, String type, String message, Incident.RetryStep step, long jobKey) {
        long key = ctx.nextKey();
        ctx.store.insertIncident(new Incident(key, instance.processInstanceKey(), instance.key(), instance.elementId(),
                jobKey, type, message, step, ctx.now));
        ctx.history(instance.processInstanceKey(), "INCIDENT", "CREATED", key, instance.elementId(), type, message);
    }

    JobBehavior jobs() {
        return jobs;
    }

    private void applyInputs(ElementInstance instance, ExecutableElement element) {
        for (Mapping mapping : element.inputs()) {
            Object value = mapping.source().evaluate(ctx.variables.lookup(instance.key()));
            writeTarget(instance.key(), mapping.target(), ctx.json.write(value), true);
        }
    }

    private void applyOutputs(ElementInstance instance, ExecutableElement element) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Mapping mapping : element.outputs()) {
            Object value = mapping.source().evaluate(ctx.variables.lookup(instance.key()));
            values.put(mapping.target(), ctx.json.write(value));
        }
        long parent = instance.isProcessInstance() ? instance.key() : instance.flowScopeKey();
        values.forEach((target, json) -> writeTarget(parent, target, json, false));
    }

    /** Writes a mapping target: dotted targets update one leaf of an object and keep its siblings. */
    private void writeTarget(long scopeKey, String target, String json, boolean local) {
        String[] path = target.split("\\.");
        String name = path[0];
        String value = json;
        if (path.length > 1) {
            String existing = local ? ctx.variables.locals(scopeKey).get(name) : ctx.variables.visible(scopeKey, name);
            value = ctx.json.withPath(existing, path, 1, json);
        }
        if (local) {
            ctx.variables.setLocal(scopeKey, name, value);
        } else {
            ctx.variables.propagate(scopeKey, Map.of(name, value));
        }
    }

    static String typeName(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number) {
            return "NUMBER";
        }
        if (value instanceof String) {
            return "STRING";
        }
        if (value instanceof Map) {
            return "CONTEXT";
        }
        if (value instanceof List) {
            return "LIST";
        }
        return value.getClass().getSimpleName().toUpperCase();
    }
}
