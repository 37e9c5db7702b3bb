package io.breachflow.drill;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What a drill showed, as the report prints it: each obligation met or missed and by how much, who did each step
 * and how long it took, the reminders and escalations that fired, and the longest waits. Names, never personal
 * data: facts are counts, steps name the account that did them.
 */
record DrillReport(long runId, String scenario, String incidentId, String title, ZoneId zone, Instant startedAt,
        Instant endedAt, String startedBy, String endedBy, List<ObligationLine> obligations, List<Step> steps,
        List<Alert> alerts, List<Step> longestWaits, List<Revision> revisions) {

    /** How an obligation ended in the drill. */
    enum Outcome {
        MET_ON_TIME, MET_LATE, MISSED, OPEN, MET, NO_DEADLINE, NO_LONGER_REQUIRED
    }

    /**
     * @param margin time left at meeting it (or at the end), negative when late; null without a deadline or met time
     */
    record ObligationLine(String key, String name, String citation, OffsetDateTime dueAt, Instant metAt,
            Outcome outcome, Duration margin) {
    }

    /**
     * One human task of the case.
     *
     * @param took from the task's arrival to its completion (or to the end of the drill while open)
     */
    record Step(String name, String doneBy, Instant arrivedAt, Instant doneAt, Duration took) {
    }

    /** A reminder ({@code escalation} false) or an escalation to the DPO that fired. */
    record Alert(Instant at, String obligation, boolean escalation, boolean atRisk) {
    }

    /** A revision of the facts (the scenario's injects among them). */
    record Revision(int number, OffsetDateTime revisedAt, String note) {
    }

    public long met() {
        return obligations.stream().filter(o -> o.outcome() == Outcome.MET_ON_TIME || o.outcome() == Outcome.MET).count();
    }

    public long missed() {
        return obligations.stream().filter(o -> o.outcome() == Outcome.MISSED || o.outcome() == Outcome.MET_LATE).count();
    }
}
