package io.breachflow.filings;

import io.breachflow.regimes.ObligationKind;

/** An authority report was approved by someone other than its drafter, bound to its content hash. */
public record ReportApproved(long draftId, String incidentId, String obligationKey, String regime, ObligationKind kind,
        int number, String contentHash, String approvedBy) {
}
