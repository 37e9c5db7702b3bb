package io.breachflow.notices;

import io.breachflow.regimes.ObligationKind;
import java.util.List;

/**
 * Approved letters for tests that send: drafted by "officer" and approved by "legal" through
 * {@link NoticeDrafting}, as in the application, since nothing else can be sent.
 */
public final class ApprovedLetters {

    private ApprovedLetters() {
    }

    /** A Korean PIPA individual notice for {@code incidentId}, drafted and approved. */
    public static ApprovedLetter korean(NoticeDrafting drafting, String incidentId) {
        return drafting.approvedLetter(approve(drafting, draftKorean(drafting, incidentId)).id());
    }

    /** The same letter drafted only, still pending approval. */
    public static LetterVersion draftKorean(NoticeDrafting drafting, String incidentId) {
        return drafting.draft(new LetterDraftRequest(incidentId, "KR-PIPA", ObligationKind.INDIVIDUAL_NOTICE,
                List.of("ko"), LetterFixtures.fields("ko"), "officer"));
    }

    public static LetterVersion approve(NoticeDrafting drafting, LetterVersion version) {
        return drafting.approve(version.id(), "legal", version.contentHash());
    }
}
