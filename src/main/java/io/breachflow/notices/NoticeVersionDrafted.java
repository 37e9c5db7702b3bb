package io.breachflow.notices;

import io.breachflow.regimes.ObligationKind;

/** A letter version was drafted and passed its required-content check; it waits for approval. */
public record NoticeVersionDrafted(long versionId, String incidentId, String regime, ObligationKind kind, int number,
        String contentHash, String draftedBy) {
}
