package io.breachflow.notices;

/** A re-notice was asked for a run that is still sending (or being created): its ledger is not final yet. */
public class RunNotFinishedException extends IllegalStateException {

    private final transient RunStatus status;

    public RunNotFinishedException(long runId, RunStatus status) {
        super("Expected notice run " + runId + " to be finished (COMPLETED or CANCELLED), but it is " + status);
        this.status = status;
    }

    public RunStatus status() {
        return status;
    }
}
