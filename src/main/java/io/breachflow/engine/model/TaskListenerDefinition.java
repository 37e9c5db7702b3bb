package io.breachflow.engine.model;

/**
 * One {@code zeebe:taskListener} of a Camunda user task: the lifecycle event it blocks, and the job type and
 * retries (static or FEEL, evaluated right before its job is created) of the job a worker completes.
 */
public record TaskListenerDefinition(EventType eventType, Expression type, Expression retries) {

    /** The user task lifecycle events 8.8 runs listeners for; names as on the activated job. */
    public enum EventType {
        CREATING, ASSIGNING, UPDATING, COMPLETING, CANCELING;

        /** Whether a listener of this event may deny the transition (not creation or cancelation, as on Zeebe). */
        public boolean deniable() {
            return this == ASSIGNING || this == UPDATING || this == COMPLETING;
        }
    }
}
