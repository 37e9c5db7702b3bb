package io.breachflow.notices;

/** Where a notice run stands. */
public enum RunStatus {
    CREATING, RUNNING, PAUSED, CANCELLED, COMPLETED
}
