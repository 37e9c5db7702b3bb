package io.breachflow.notices.internal;

/** Waits for a run's next send slot, so the run holds its messages-per-second ceiling. */
interface Pace {

    Pace NONE = () -> { };

    void acquire() throws InterruptedException;
}
