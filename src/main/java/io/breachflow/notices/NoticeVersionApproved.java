package io.breachflow.notices;

import io.breachflow.regimes.ObligationKind;

/** A letter version was approved by someone other than its drafter, bound to its content hash. */
public record NoticeVersionApproved(long versionId, String incidentId, String regime, ObligationKind kind,
        int number, String contentHash, String approvedBy) {
}
