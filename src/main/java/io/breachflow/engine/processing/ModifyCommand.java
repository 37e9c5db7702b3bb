package io.breachflow.engine.processing;

import io.breachflow.engine.model.ElementType;
import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.ExecutableProcess;
import io.breachflow.engine.model.Expression;
import io.breachflow.engine.state.ElementInstance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Process instance modification as one command, in Zeebe 8.8's order: first every activate
 * instruction creates its element instance (and any missing sub-process scope, with that scope's
 * boundary events and event sub-process subscriptions but without its start event or input
 * mappings), then every terminate instruction runs (cancelling jobs, resolving incidents, and
 * terminating scopes left with nothing active, up to the process instance), and only then do the
 * activated elements run. Creating before terminating is what lets "terminate the failed task,
 * activate the next one" move a token without the scope ending in between. Any rejection rolls
 * the whole command back.
 */
record ModifyCommand(Modification modification) implements Command<Void> {

    @Override
    public Void execute(CommandContext ctx) {
        ElementInstance processInstance = ctx.instance(modification.processInstanceKey());
        if (processInstance == null || !processInstance.isProcessInstance()) {
            throw Rejection.notFound("Expected to modify process instance but no process instance found with key '%d'",
                    modification.processInstanceKey());
        }
        ExecutableProcess process = ctx.process(processInstance.processDefinitionKey());
        ModifyValidation validation = new ModifyValidation(ctx, processInstance, process);
        validation.check(modification);
        BpmnExecutor executor = new BpmnExecutor(ctx);
        Set<Long> terminating = new HashSet<>(modification.terminations());
        Set<Long> required = new HashSet<>();
        List<ElementInstance> activated = new ArrayList<>();
        for (Modification.Activation activation : modification.activations()) {
            activated.add(prepare(ctx, executor, validation, processInstance, process, activation, terminating,
                    required));
        }
        for (long key : modification.terminations()) {
            terminate(ctx, executor, validation, key, required);
        }
        ctx.history(processInstance.key(), "PROCESS_INSTANCE_MODIFICATION", "MODIFIED", processInstance.key(), null,
                null, summary(ctx));
        executor.run(() -> {
            for (ElementInstance instance : activated) {
                executor.later(() -> {
                    if (ctx.instance(instance.key()) != null) {
                        executor.activate(instance);
                    }
                });
            }
        });
        return null;
    }

    /** Finds or creates the scopes down to the element and creates its (not yet activated) instance. */
    private static ElementInstance prepare(CommandContext ctx, BpmnExecutor executor, ModifyValidation validation,
            ElementInstance processInstance, ExecutableProcess process, Modification.Activation activation,
            Set<Long> terminating, Set<Long> required) {
        ExecutableElement element = process.element(activation.elementId());
        List<ExecutableElement> scopes = ModifyValidation.flowScopes(element);
        ElementInstance scope = activation.ancestorElementInstanceKey() > 0
                ? ctx.instance(activation.ancestorElementInstanceKey()) : processInstance;
        boolean create = activation.ancestorElementInstanceKey() > 0;
        for (ElementInstance above = scope; above != null;
                above = above.isProcessInstance() ? null : ctx.instance(above.flowScopeKey())) {
            setVariables(ctx, activation, above, processInstance);
        }
        requireNotTerminating(validation, element, scope, terminating);
        required.add(scope.key());
        int start = scopes.indexOf(ctx.element(scope)) + 1;
        for (ExecutableElement scopeElement : scopes.subList(start, scopes.size())) {
            ElementInstance existing = create ? null : onlyInstance(ctx, validation, scope, scopeElement);
            if (existing == null) {
                create = true;
                scope = openScope(ctx, executor, validation, scope, scopeElement, activation, processInstance);
            } else {
                scope = existing;
                setVariables(ctx, activation, scope, processInstance);
                requireNotTerminating(validation, element, scope, terminating);
            }
            required.add(scope.key());
        }
        ElementInstance instance = executor.createChild(scope, element);
        setVariables(ctx, activation, instance, processInstance);
        return instance;
    }

    /** The one live instance of {@code scopeElement} inside {@code parent}, null if none; more than one is ambiguous. */
    private static ElementInstance onlyInstance(CommandContext ctx, ModifyValidation validation, ElementInstance parent,
            ExecutableElement scopeElement) {
        List<ElementInstance> found = ctx.children(parent.key()).stream()
                .filter(child -> child.elementId().equals(scopeElement.id())).toList();
        if (found.size() > 1) {
            throw validation.reject("it contains one or more activate instructions for an element that has a flow "
                    + "scope with more than one active instance: '%s'. Can't decide in which instance of the flow "
                    + "scope the element should be activated. Please specify an ancestor element instance key for "
                    + "this activate instruction.", scopeElement.id());
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** A new sub-process scope: active with its subscriptions, but no start event and no input mappings. */
    private static ElementInstance openScope(CommandContext ctx, BpmnExecutor executor, ModifyValidation validation,
            ElementInstance parent, ExecutableElement scopeElement, Modification.Activation activation,
            ElementInstance processInstance) {
        ElementInstance scope = executor.createChild(parent, scopeElement, scopeElement.type());
        setVariables(ctx, activation, scope, processInstance);
        try {
            executor.events().open(scope, scopeElement);
        } catch (Expression.EvaluationFailure e) {
            throw validation.reject("the subscriptions of '%s' could not be opened: %s", scopeElement.id(),
                    e.getMessage());
        }
        executor.activatedState(scope);
        return scope;
    }

    private static void requireNotTerminating(ModifyValidation validation, ExecutableElement element,
            ElementInstance scope, Set<Long> terminating) {
        if (terminating.contains(scope.key())) {
            throw validation.reject("it contains one or more activate instructions for elements whose required flow "
                    + "scope instance is also being terminated: element '%s' requires flow scope instance '%d' which "
                    + "is being terminated. Please provide a valid ancestor scope key for the activation or avoid "
                    + "terminating the required flow scope.", element.id(), scope.key());
        }
    }

    /** Sets the instruction's variables meant for this instance's element (blank scope: the process instance). */
    private static void setVariables(CommandContext ctx, Modification.Activation activation, ElementInstance instance,
            ElementInstance processInstance) {
        for (Modification.Variables variables : activation.variables()) {
            boolean global = variables.scopeId().isBlank() && instance.key() == processInstance.key();
            if (global || variables.scopeId().equals(instance.elementId())) {
                ctx.variables.setLocal(instance.key(), ctx.json.document(variables.document()));
            }
        }
    }

    /**
     * Terminates the instance, then each enclosing scope left with nothing active and no token
     * waiting at a join (unless an activation needs it), up to the process instance.
     */
    private static void terminate(CommandContext ctx, BpmnExecutor executor, ModifyValidation validation, long key,
            Set<Long> required) {
        ElementInstance instance = ctx.instance(key);
        if (instance == null) {
            return; // already gone with a scope an earlier instruction terminated
        }
        while (instance != null) {
            if (instance.isProcessInstance() && instance.parentElementInstanceKey() >= 0) {
                throw validation.reject("the given instructions would terminate the instance. The instance was "
                        + "created by a call activity in the parent process. To terminate this instance please modify "
                        + "the parent process instead.");
            }
            ElementInstance scope = instance.isProcessInstance() ? null : ctx.instance(instance.flowScopeKey());
            executor.terminate(instance);
            if (instance.isProcessInstance()) {
                ctx.effects.terminatedInstances.add(instance.key());
            }
            if (scope != null && scope.type() == ElementType.MULTI_INSTANCE_BODY) {
                scope.multiInstance(scope.miTotal(), scope.miCompleted(), scope.miTerminated() + 1);
            }
            boolean idle = scope != null && scope.activeChildren() == 0 && scope.waitingTokens() == 0
                    && !required.contains(scope.key());
            instance = idle ? scope : null;
        }
    }

    private String summary(CommandContext ctx) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("activateInstructions", modification.activations().stream().map(a -> Map.of("elementId",
                a.elementId(), "ancestorElementInstanceKey", a.ancestorElementInstanceKey())).toList());
        summary.put("terminateInstructions", modification.terminations().stream()
                .map(key -> Map.of("elementInstanceKey", key)).toList());
        return ctx.json.write(summary);
    }
}
