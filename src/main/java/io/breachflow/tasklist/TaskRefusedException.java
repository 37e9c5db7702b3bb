package io.breachflow.tasklist;

/**
 * A claim or completion the task's rules do not allow. {@link Reason} decides the HTTP status: a
 * missing task is 404, a person who may not act is 403, a task in the wrong state is 409.
 */
public class TaskRefusedException extends RuntimeException {

    /** Why the task refused. */
    public enum Reason {
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT
    }

    private final Reason reason;

    TaskRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
