package io.breachflow.filings;

import io.breachflow.regimes.ObligationKind;

/** An authority report was drafted and passed its required-content check; it waits for approval. */
public record ReportDrafted(long draftId, String incidentId, String obligationKey, String regime, ObligationKind kind,
        int number, String contentHash, String draftedBy) {
}
