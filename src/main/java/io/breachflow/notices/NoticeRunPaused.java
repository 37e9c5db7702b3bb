package io.breachflow.notices;

/** A user paused a notice run; the audit trail records who. Ids only, never personal data. */
public record NoticeRunPaused(long runId, String incidentId, String pausedBy) {
}
