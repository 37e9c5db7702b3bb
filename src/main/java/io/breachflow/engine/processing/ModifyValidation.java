package io.breachflow.engine.processing;

import io.breachflow.engine.model.ElementType;
import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.ExecutableProcess;
import io.breachflow.engine.state.ElementInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a modification before anything changes, so a bad instruction is answered with
 * INVALID_ARGUMENT naming it, as Zeebe 8.8 does: unknown or unsupported elements to activate,
 * variable scopes that are not the element or one of its flow scopes, ancestor keys that are not a
 * live ancestor in this instance, and element instances to terminate that are not live in it.
 */
final class ModifyValidation {
    private final CommandContext ctx;
    private final ElementInstance processInstance;
    private final ExecutableProcess process;
    private final String processId;

    ModifyValidation(CommandContext ctx, ElementInstance processInstance, ExecutableProcess process) {
        this.ctx = ctx;
        this.processInstance = processInstance;
        this.process = process;
        this.processId = process.bpmnProcessId();
    }

    void check(Modification modification) {
        for (Modification.Activation activation : modification.activations()) {
            ExecutableElement element = process.find(activation.elementId());
            if (element == null) {
                throw reject("it contains one or more activate instructions with an element that could not be "
                        + "found: '%s'", activation.elementId());
            }
            checkSupported(element);
            checkVariables(activation, element);
            checkAncestor(activation, element);
        }
        for (long key : modification.terminations()) {
            ElementInstance instance = ctx.instance(key);
            if (instance == null || instance.processInstanceKey() != processInstance.key()) {
                throw reject("it contains one or more terminate instructions with an element instance that could "
                        + "not be found: '%d'", key);
            }
        }
    }

    private void checkSupported(ExecutableElement element) {
        ElementType type = element.type();
        if (type == ElementType.PROCESS || type == ElementType.START_EVENT || type == ElementType.BOUNDARY_EVENT) {
            throw reject("it contains one or more activate instructions for elements that are unsupported: '%s'. "
                    + "The activation of elements with type '%s' is not supported", element.id(), type);
        }
        boolean afterEventGateway = element.incoming().stream()
                .anyMatch(flow -> flow.source().type() == ElementType.EVENT_BASED_GATEWAY);
        if (afterEventGateway) {
            throw reject("it contains one or more activate instructions for elements that are unsupported: '%s'. "
                    + "The activation of events belonging to an event-based gateway is not supported", element.id());
        }
        for (ExecutableElement scope : flowScopes(element)) {
            if (scope.loop() != null) {
                throw reject("it contains one or more activate instructions that would result in the activation of "
                        + "multi-instance element '%s', which is currently unsupported.", scope.id());
            }
        }
    }

    private void checkVariables(Modification.Activation activation, ExecutableElement element) {
        List<String> scopeIds = flowScopes(element).stream().map(ExecutableElement::id).toList();
        for (Modification.Variables variables : activation.variables()) {
            String scopeId = variables.scopeId();
            if (!scopeId.isBlank() && process.find(scopeId) == null) {
                throw reject("it contains one or more variable instructions with a scope element id that could not "
                        + "be found: '%s'", scopeId);
            }
            if (!scopeId.isBlank() && !scopeId.equals(element.id()) && !scopeIds.contains(scopeId)) {
                throw reject("it contains one or more variable instructions with a scope element '%s' that doesn't "
                        + "belong to the activating element's flow scope. These variables should be set before or "
                        + "after the modification.", scopeId);
            }
            ctx.json.document(variables.document());
        }
    }

    private void checkAncestor(Modification.Activation activation, ExecutableElement element) {
        long key = activation.ancestorElementInstanceKey();
        if (key <= 0) {
            return;
        }
        ElementInstance ancestor = ctx.instance(key);
        if (ancestor == null) {
            throw reject("it contains one or more activate instructions with an ancestor scope key that does not "
                    + "exist, or is not in an active state: '%d'", key);
        }
        if (ancestor.processInstanceKey() != processInstance.key()) {
            throw reject("it contains one or more activate instructions with an ancestor scope key that does not "
                    + "belong to the modified process instance: '%d'", key);
        }
        boolean isAncestor = flowScopes(element).stream().anyMatch(scope -> scope.id().equals(ancestor.elementId()));
        if (!isAncestor) {
            throw reject("it contains one or more activate instructions with an ancestor scope key that is not an "
                    + "ancestor of the element to activate: instance '%d' of element '%s' is not an ancestor of "
                    + "element '%s'", key, ancestor.elementId(), element.id());
        }
    }

    /** The element's enclosing scopes, outermost (the process) first. */
    static List<ExecutableElement> flowScopes(ExecutableElement element) {
        List<ExecutableElement> scopes = new ArrayList<>();
        for (ExecutableElement scope = element.flowScope(); scope != null; scope = scope.flowScope()) {
            scopes.add(0, scope);
        }
        return scopes;
    }

    Rejection reject(String reason, Object... args) {
        return Rejection.invalid("Expected to modify instance of process '%s' but " + reason, prepend(processId, args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
