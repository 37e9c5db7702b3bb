package io.breachflow.notices;

/**
 * A notice run ended: every ledger row reached a final state ({@link RunStatus#COMPLETED}) or the run
 * was cancelled ({@link RunStatus#CANCELLED}). Published after the run's status is committed, so the
 * workflow can close the notice obligation of {@code incidentId} (null for runs started without one).
 * Carries counts only, never personal data.
 */
public record NoticeRunFinished(long runId, String incidentId, RunStatus status, long sent, long bounced, long failed,
        long suppressed) {
}
