package io.breachflow.engine.state;

/** A blocked step, waiting for someone to fix the cause and resolve it. */
public record Incident(long key, long processInstanceKey, long elementInstanceKey, String elementId, long jobKey,
        String errorType, String errorMessage, RetryStep retryStep, long createdAt) {

    /** What resolving retries: the element's activation, its completion, or the job. */
    public enum RetryStep { ACTIVATE, COMPLETE, JOB }
}
