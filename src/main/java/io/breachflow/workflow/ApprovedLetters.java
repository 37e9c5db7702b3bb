package io.breachflow.workflow;

import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.NoticeDispatch;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Which approved letter a customer notice sends. */
@Component
class ApprovedLetters {

    private static final String GENERIC = "generic/notice";

    private final NoticeDispatch dispatch;

    ApprovedLetters(NoticeDispatch dispatch) {
        this.dispatch = dispatch;
    }

    /** The letter approved for this notice obligation. */
    ApprovedLetter forNotice(String incidentId, Map<String, Object> obligation) {
        return new ApprovedLetter(GENERIC, "generic", dispatch.currentContentHash(GENERIC));
    }
}
