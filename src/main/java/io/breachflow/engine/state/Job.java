package io.breachflow.engine.state;

/** A unit of work for an external worker, created by a job-based element. */
public final class Job {

    public enum State { ACTIVATABLE, ACTIVATED, FAILED }

    public final long key;
    public final String type;
    public State state;
    public int retries;
    public long deadline;
    public long backoffUntil;
    public String worker;
    public final long elementInstanceKey;
    public final String elementId;
    public final long processInstanceKey;
    public final long processDefinitionKey;
    public final String customHeaders;
    public String errorMessage;
    public final long createdAt;
    /** {@code BPMN_ELEMENT}, or {@code TASK_LISTENER} for a user task listener's job. */
    public String kind = "BPMN_ELEMENT";
    /** For task listener jobs: the listener's event type ({@code CREATING}, ...); otherwise null. */
    public String listenerEventType;
    /** For task listener jobs: the user task whose transition waits for it; otherwise -1. */
    public long userTaskKey = -1;

    public Job(long key, String type, State state, int retries, long deadline, long backoffUntil, String worker,
            long elementInstanceKey, String elementId, long processInstanceKey, long processDefinitionKey,
            String customHeaders, String errorMessage, long createdAt) {
        this.key = key;
        this.type = type;
        this.state = state;
        this.retries = retries;
        this.deadline = deadline;
        this.backoffUntil = backoffUntil;
        this.worker = worker;
        this.elementInstanceKey = elementInstanceKey;
        this.elementId = elementId;
        this.processInstanceKey = processInstanceKey;
        this.processDefinitionKey = processDefinitionKey;
        this.customHeaders = customHeaders;
        this.errorMessage = errorMessage;
        this.createdAt = createdAt;
    }

    /** Whether a user task listener waits on this job (its completion carries a user task result). */
    public boolean isTaskListener() {
        return "TASK_LISTENER".equals(kind);
    }

    /** Activated and its deadline passed: another worker may take it. */
    public boolean isTimedOut(long now) {
        return state == State.ACTIVATED && deadline <= now;
    }
}
