package io.breachflow.workflow;

import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.NoticeDrafting;
import org.springframework.stereotype.Component;

/** Which approved letter a customer notice sends: the version legal approved in this process. */
@Component
class ApprovedLetters {

    private final NoticeDrafting drafting;

    ApprovedLetters(NoticeDrafting drafting) {
        this.drafting = drafting;
    }

    /**
     * The approved letter version {@code letterVersionId}.
     *
     * @throws IllegalStateException when the version is not approved (the run must never send anything else)
     */
    ApprovedLetter approved(long letterVersionId) {
        return drafting.approvedLetter(letterVersionId);
    }
}
