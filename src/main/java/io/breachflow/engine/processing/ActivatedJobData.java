package io.breachflow.engine.processing;

/**
 * A job as handed to a worker, with the variables it asked for; task listener jobs also carry their kind
 * ({@code TASK_LISTENER}), the listener's event type and the user task's properties ({@code userTask}, else null).
 */
public record ActivatedJobData(long key, String type, long processInstanceKey, String bpmnProcessId, int version,
        long processDefinitionKey, String elementId, long elementInstanceKey, String customHeaders, String worker,
        int retries, long deadline, String variables, String kind, String listenerEventType,
        UserTaskJobProperties userTask) {

    /** A job of a BPMN element (no listener data). */
    public ActivatedJobData(long key, String type, long processInstanceKey, String bpmnProcessId, int version,
            long processDefinitionKey, String elementId, long elementInstanceKey, String customHeaders, String worker,
            int retries, long deadline, String variables) {
        this(key, type, processInstanceKey, bpmnProcessId, version, processDefinitionKey, elementId,
                elementInstanceKey, customHeaders, worker, retries, deadline, variables, "BPMN_ELEMENT", null, null);
    }
}
