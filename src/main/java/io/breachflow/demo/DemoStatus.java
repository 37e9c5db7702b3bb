package io.breachflow.demo;

import java.time.Instant;

/**
 * Where the demo data stands, as the banner and the administration page show it.
 *
 * @param state {@code NONE} when this database never had demo data
 * @param incidentId the demo incident, once reported
 * @param failure why seeding stopped (no personal data), when it failed
 */
public record DemoStatus(State state, String incidentId, Long cohortId, Long runId, Instant startedAt,
        Instant finishedAt, String failure, Instant removedAt, String removedBy) {

    /** PREPARING while the seeder works, READY when done, FAILED when it stopped half way, REMOVED for good. */
    public enum State { NONE, PREPARING, READY, FAILED, REMOVED }

    static final DemoStatus NONE = new DemoStatus(State.NONE, null, null, null, null, null, null, null, null);

    /** Whether demo data exists in the database now (also half-seeded data, which an administrator can remove). */
    public boolean present() {
        return state == State.PREPARING || state == State.READY || state == State.FAILED;
    }

    public boolean preparing() {
        return state == State.PREPARING;
    }
}
