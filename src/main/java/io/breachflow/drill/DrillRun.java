package io.breachflow.drill;

import java.time.Duration;
import java.time.Instant;

/**
 * One drill as stored.
 *
 * @param startedAt the drill time it started at (the scenario's awareness)
 * @param pace how much drill time passes per real minute while it runs
 * @param injectsApplied how many of the scenario's injects were applied
 * @param endedAt the drill time it ended at, or null while it runs
 */
public record DrillRun(long id, String scenario, String incidentId, Instant startedAt, String startedBy,
        Duration pace, boolean paused, int injectsApplied, Instant endedAt, String endedBy, boolean hasReport) {

    /** Whether the drill is still going on. */
    public boolean running() {
        return endedAt == null;
    }

    /** Drill milliseconds per real millisecond; 0 while paused or ended. */
    public double rate() {
        return running() && !paused ? pace.toMillis() / 60_000.0 : 0;
    }
}
