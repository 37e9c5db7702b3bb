package io.breachflow.engine.state;

/** A blocked step, waiting for someone to fix the cause and resolve it. */
public record Incident(long key, long processInstanceKey, long elementInstanceKey, String elementId, long jobKey,
        String errorType, String errorMessage, RetryStep retryStep, long createdAt) {

    /**
     * What resolving retries: the element's activation, its completion, the job, or a user task transition's
     * listeners (all of them, after a listener's job type or retries failed to evaluate).
     */
    public enum RetryStep { ACTIVATE, COMPLETE, JOB, TASK_LISTENER }
}
