package io.breachflow.engine.state;

import java.util.List;

/**
 * A Camunda user task ({@code zeebe:userTask}): its lifecycle state and current properties, plus the
 * transition waiting for task listeners ({@link #pending}, JSON the processing layer owns), if any.
 * Rows stay after the task completes or is canceled, as history for the user-task search.
 */
public final class UserTask {

    /** The 8.8 user task states; the -ING states mean a transition waits for its listeners. */
    public enum State { CREATING, CREATED, ASSIGNING, UPDATING, COMPLETING, COMPLETED, CANCELING, CANCELED }

    /** The properties listeners see and may correct; lists are never null. */
    public record Properties(String assignee, List<String> candidateGroups, List<String> candidateUsers,
            String dueDate, String followUpDate, int priority) {

        public Properties {
            candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
            candidateUsers = candidateUsers == null ? List.of() : List.copyOf(candidateUsers);
        }

        public Properties withAssignee(String value) {
            return new Properties(value, candidateGroups, candidateUsers, dueDate, followUpDate, priority);
        }
    }

    public final long key;
    public final long elementInstanceKey;
    public final long processInstanceKey;
    public final long processDefinitionKey;
    public final String bpmnProcessId;
    public final String elementId;
    public State state;
    public Properties properties;
    public final Long formKey;
    public final String externalFormReference;
    public final String customHeaders;
    public final long creationMs;
    public Long completionMs;
    public String pending;

    public UserTask(long key, long elementInstanceKey, long processInstanceKey, long processDefinitionKey,
            String bpmnProcessId, String elementId, State state, Properties properties, Long formKey,
            String externalFormReference, String customHeaders, long creationMs, Long completionMs, String pending) {
        this.key = key;
        this.elementInstanceKey = elementInstanceKey;
        this.processInstanceKey = processInstanceKey;
        this.processDefinitionKey = processDefinitionKey;
        this.bpmnProcessId = bpmnProcessId;
        this.elementId = elementId;
        this.state = state;
        this.properties = properties;
        this.formKey = formKey;
        this.externalFormReference = externalFormReference;
        this.customHeaders = customHeaders;
        this.creationMs = creationMs;
        this.completionMs = completionMs;
        this.pending = pending;
    }

    /** Completed or canceled: kept for history only, no command applies. */
    public boolean ended() {
        return state == State.COMPLETED || state == State.CANCELED;
    }
}
