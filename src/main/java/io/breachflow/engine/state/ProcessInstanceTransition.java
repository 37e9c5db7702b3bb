package io.breachflow.engine.state;

/**
 * A process instance started or ended, kept in {@code engine_process_instance_history} beside the
 * history log so searches find instances by key, caller and process id without scanning the log.
 *
 * @param state {@code ACTIVE} when it starts, {@code COMPLETED} or {@code TERMINATED} when it ends
 * @param parentProcessInstanceKey the calling instance, or -1
 * @param parentElementInstanceKey the calling call activity instance, or -1
 */
public record ProcessInstanceTransition(long processInstanceKey, long processDefinitionKey, String bpmnProcessId,
        long parentProcessInstanceKey, long parentElementInstanceKey, String state, long timestamp) {

    boolean started() {
        return "ACTIVE".equals(state);
    }
}
