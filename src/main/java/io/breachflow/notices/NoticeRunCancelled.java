package io.breachflow.notices;

/** A user cancelled a notice run; the audit trail records who. Ids only, never personal data. */
public record NoticeRunCancelled(long runId, String incidentId, String cancelledBy) {
}
