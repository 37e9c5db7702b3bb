package io.breachflow.filings;

/** An authority report draft was rejected; the correction is a new draft. */
public record ReportRejected(long draftId, String incidentId, String obligationKey, String rejectedBy,
        String comment) {
}
