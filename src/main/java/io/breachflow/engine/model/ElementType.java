package io.breachflow.engine.model;

/** BPMN element kinds the engine executes; names match Zeebe's {@code BpmnElementType} for history readers. */
public enum ElementType {
    PROCESS,
    SUB_PROCESS,
    EVENT_SUB_PROCESS,
    MULTI_INSTANCE_BODY,
    CALL_ACTIVITY,
    INTERMEDIATE_CATCH_EVENT,
    BOUNDARY_EVENT,
    RECEIVE_TASK,
    EVENT_BASED_GATEWAY,
    START_EVENT,
    END_EVENT,
    INTERMEDIATE_THROW_EVENT,
    SERVICE_TASK,
    SEND_TASK,
    SCRIPT_TASK,
    BUSINESS_RULE_TASK,
    USER_TASK,
    MANUAL_TASK,
    TASK,
    EXCLUSIVE_GATEWAY,
    PARALLEL_GATEWAY,
    INCLUSIVE_GATEWAY,
    SEQUENCE_FLOW;

    public boolean isFlowScope() {
        return this == PROCESS || this == SUB_PROCESS || this == EVENT_SUB_PROCESS;
    }
}
