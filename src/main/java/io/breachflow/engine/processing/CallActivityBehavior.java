package io.breachflow.engine.processing;

import io.breachflow.engine.model.CalledElement;
import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.ExecutableProcess;
import io.breachflow.engine.model.Expression;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.Incident;
import io.breachflow.engine.state.ProcessDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/** Call activities: start the called process at its none start event and continue when it completes. */
final class CallActivityBehavior {
    private final CommandContext ctx;
    private final BpmnExecutor executor;

    CallActivityBehavior(CommandContext ctx, BpmnExecutor executor) {
        this.ctx = ctx;
        this.executor = executor;
    }

    void activate(ElementInstance instance, ExecutableElement element) {
        CalledElement called = element.calledElement();
        String processId;
        try {
            processId = EventBehavior.text(called.processId(), ctx.variables.lookup(instance.key()), "called process id");
        } catch (Expression.EvaluationFailure e) {
            executor.incident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), Incident.RetryStep.ACTIVATE, -1);
            return;
        }
        ProcessDefinition definition = switch (called.binding()) {
            case LATEST -> ctx.store.latestDefinition(processId);
            case DEPLOYMENT -> ctx.store.definitionInDeployment(processId,
                    ctx.models().definition(instance.processDefinitionKey(), ctx.store).deploymentKey());
            case VERSION_TAG -> ctx.store.latestDefinitionWithTag(processId, called.versionTag());
        };
        if (definition == null) {
            executor.incident(instance, "CALLED_ELEMENT_ERROR", String.format("Expected process with BPMN process id "
                    + "'%s' to be deployed, but not found.", processId), Incident.RetryStep.ACTIVATE, -1);
            return;
        }
        ExecutableProcess process = ctx.process(definition.key());
        if (process.root().noneStartEvent() == null) {
            executor.incident(instance, "CALLED_ELEMENT_ERROR", String.format("Expected process with BPMN process id "
                    + "'%s' to have a none start event, but not found.", processId), Incident.RetryStep.ACTIVATE, -1);
            return;
        }
        executor.activatedState(instance);
        Map<String, String> variables = called.propagateAllParentVariables()
                ? ctx.variables.visible(instance.key())
                : new LinkedHashMap<>(ctx.variables.locals(instance.key()));
        long key = ctx.nextKey();
        ElementInstance child = ctx.newInstance(key, key, definition.key(), process.root(), -1);
        child.parentElementInstanceKey(instance.key());
        child.startedBy(definition.bpmnProcessId(), null);
        ctx.variables.setLocal(key, variables);
        executor.later(() -> executor.activate(child));
    }

    void childCompleted(long callActivityKey, Map<String, String> childVariables) {
        ElementInstance instance = ctx.instance(callActivityKey);
        if (instance == null) {
            return;
        }
        ExecutableElement element = ctx.element(instance);
        boolean propagate = element.calledElement().propagateAllChildVariables() || !element.outputs().isEmpty();
        executor.complete(instance, propagate ? childVariables : Map.of(), null);
    }
}
