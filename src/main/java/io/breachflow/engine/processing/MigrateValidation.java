package io.breachflow.engine.processing;

import io.breachflow.engine.model.ElementType;
import io.breachflow.engine.model.EventDefinition;
import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.ExecutableProcess;
import io.breachflow.engine.state.ElementInstance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a migration before anything changes, with Zeebe 8.8's rejections: a bad mapping instruction is
 * INVALID_ARGUMENT; an instance the plan cannot move (an unmapped active element, a changed element type, user
 * task implementation or flow scope, a catch event torn off its element) is INVALID_STATE, which the doors answer
 * as FAILED_PRECONDITION (gRPC) and 409 (REST). Element kinds Zeebe 8.8 migrates but this engine does not yet
 * (multi-instance bodies, event sub-process instances, event-based gateways, joining gateways holding tokens)
 * are refused naming the element, so an instance is never half-moved.
 */
final class MigrateValidation {
    private static final Set<ElementType> SUPPORTED = EnumSet.of(ElementType.SERVICE_TASK, ElementType.SEND_TASK,
            ElementType.SCRIPT_TASK, ElementType.BUSINESS_RULE_TASK, ElementType.USER_TASK, ElementType.RECEIVE_TASK,
            ElementType.SUB_PROCESS, ElementType.CALL_ACTIVITY, ElementType.INTERMEDIATE_CATCH_EVENT,
            ElementType.EXCLUSIVE_GATEWAY, ElementType.INCLUSIVE_GATEWAY);
    private static final Set<ElementType> NOT_YET = EnumSet.of(ElementType.MULTI_INSTANCE_BODY,
            ElementType.EVENT_SUB_PROCESS, ElementType.EVENT_BASED_GATEWAY);

    private final CommandContext ctx;
    private final long key;
    private final ExecutableProcess source;
    private final ExecutableProcess target;
    private final Map<String, String> mappings = new HashMap<>();

    MigrateValidation(CommandContext ctx, long processInstanceKey, ExecutableProcess source,
            ExecutableProcess target) {
        this.ctx = ctx;
        this.key = processInstanceKey;
        this.source = source;
        this.target = target;
    }

    /** The instructions as source id → target id, once each id was checked against both processes. */
    Map<String, String> checkInstructions(List<Migration.Mapping> instructions) {
        List<String> duplicates = new ArrayList<>();
        for (Migration.Mapping mapping : instructions) {
            if (mappings.containsKey(mapping.sourceElementId()) && !duplicates.contains(mapping.sourceElementId())) {
                duplicates.add(mapping.sourceElementId());
            }
            mappings.put(mapping.sourceElementId(), mapping.targetElementId());
        }
        if (!duplicates.isEmpty()) {
            throw invalid("the mapping instructions contain duplicate source element ids '%s'.", duplicates);
        }
        for (Migration.Mapping mapping : instructions) {
            if (source.find(mapping.sourceElementId()) == null) {
                throw invalid("mapping instructions contain a non-existing source element id '%s'. Elements provided "
                        + "in mapping instructions must exist in the source process definition.",
                        mapping.sourceElementId());
            }
            if (target.find(mapping.targetElementId()) == null) {
                throw invalid("mapping instructions contain a non-existing target element id '%s'. Elements provided "
                        + "in mapping instructions must exist in the target process definition.",
                        mapping.targetElementId());
            }
        }
        return Map.copyOf(mappings);
    }

    /** Checks one active element below the process; returns the target element it becomes. */
    ExecutableElement checkElement(ElementInstance instance, String expectedFlowScopeId) {
        String id = instance.elementId();
        if (NOT_YET.contains(instance.type())) {
            throw state("active element with id '%s' has an unsupported type. The migration of a %s is not "
                    + "supported by the embedded engine yet.", id, instance.type());
        }
        if (!SUPPORTED.contains(instance.type())) {
            throw state("active element with id '%s' has an unsupported type. The migration of a %s is not "
                    + "supported.", id, instance.type());
        }
        String targetId = mappings.get(id);
        if (targetId == null) {
            throw state("no mapping instruction defined for active element with id '%s'. Elements cannot be "
                    + "migrated without a mapping.", id);
        }
        ExecutableElement from = ctx.element(instance);
        ExecutableElement to = target.element(targetId);
        if (to.type() != instance.type() || to.loop() != null) {
            throw state("active element with id '%s' and type '%s' is mapped to an element with id '%s' and "
                    + "different type '%s'. Elements must be mapped to elements of the same type.", id,
                    instance.type(), targetId, to.loop() != null ? ElementType.MULTI_INSTANCE_BODY : to.type());
        }
        if (instance.type() == ElementType.USER_TASK && (from.userTask() == null) != (to.userTask() == null)) {
            throw state("active user task with id '%s' and implementation '%s' is mapped to an user task with id "
                    + "'%s' and different implementation '%s'. Elements must be mapped to elements of the same "
                    + "implementation.", id, implementation(from), targetId, implementation(to));
        }
        if (!to.flowScope().id().equals(expectedFlowScopeId)) {
            throw state("the flow scope of active element with id '%s' is changed. The flow scope of the active "
                    + "element is expected to be '%s' but was '%s'. The flow scope of an element cannot be changed "
                    + "during migration yet.", id, expectedFlowScopeId, to.flowScope().id());
        }
        if (from.event().needsSubscription() && from.event().kind() != to.event().kind()) {
            throw state("active element with id '%s' waits for a %s event but is mapped to element with id '%s' "
                    + "that waits for a %s event. Catch events must be mapped to catch events of the same type.", id,
                    from.event().kind(), targetId, to.event().kind());
        }
        return to;
    }

    /** A scope whose joining gateways hold tokens: Zeebe 8.8 maps them with their flows, this engine not yet. */
    void checkNoWaitingTokens(ElementInstance scope) {
        if (scope.waitingTokens() > 0) {
            throw state("active element with id '%s' has tokens waiting at joining gateway(s) %s. The migration of "
                    + "joining gateways is not supported by the embedded engine yet.", scope.elementId(),
                    ctx.store.gatewaysWithTokens(scope.key()));
        }
    }

    /**
     * A catch event the owner waits for ({@code catchEventId}, a boundary event or event sub-process start) that is
     * mapped must stay attached to the owner's target element and keep its event type.
     */
    void checkCatchEvent(ElementInstance owner, ExecutableElement to, String catchEventId) {
        String targetId = mappings.get(catchEventId);
        if (targetId == null) {
            return; // unmapped: its subscription closes
        }
        ExecutableElement mapped = target.element(targetId);
        if (!MigrateCommand.catchEvents(to).contains(mapped)) {
            throw state("active element with id '%s' is mapped to an element with id '%s' and has a boundary event "
                    + "with id '%s' that is mapped to an element with id '%s'. These mappings detach the boundary "
                    + "event from the element in the target process. Boundary events must stay attached to the same "
                    + "element instance.", owner.elementId(), to.id(), catchEventId, targetId);
        }
        EventDefinition.Kind kind = source.element(catchEventId).event().kind();
        if (mapped.event().kind() != kind) {
            throw state("active element with id '%s' has a catch event with id '%s' of type %s that is mapped to "
                    + "catch event with id '%s' of type %s. Catch events must be mapped to catch events of the same "
                    + "type.", owner.elementId(), catchEventId, kind, targetId, mapped.event().kind());
        }
    }

    private static String implementation(ExecutableElement userTask) {
        return userTask.userTask() != null ? "zeebe user task" : "job worker";
    }

    Rejection state(String reason, Object... args) {
        return Rejection.precondition("Expected to migrate process instance '%d' but " + reason, prepend(args));
    }

    private Rejection invalid(String reason, Object... args) {
        return Rejection.invalid("Expected to migrate process instance '%d' but " + reason, prepend(args));
    }

    private Object[] prepend(Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = key;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
