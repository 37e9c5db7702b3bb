package io.breachflow.notices;

/** A user resumed a notice run; the audit trail records who. Ids only, never personal data. */
public record NoticeRunResumed(long runId, String incidentId, String resumedBy) {
}
