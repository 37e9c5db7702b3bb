package io.breachflow.workflow;

import io.breachflow.notices.NoticeDrafting;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code breach.decide-notice}: records legal's decision on the letter version, bound to the content hash
 * shown for approval; the run later sends exactly that version. A version already decided is left alone.
 */
@Component
public class DecideNoticeWorker {

    private final NoticeDrafting letters;
    private final DraftForms forms;

    DecideNoticeWorker(NoticeDrafting letters, DraftForms forms) {
        this.letters = letters;
        this.forms = forms;
    }

    @JobWorker(type = JobTypes.DECIDE_NOTICE)
    public void decide(@Variable String incidentId, @Variable Map<String, Object> obligation,
            @Variable Long letterVersionId, @Variable String contentHash, @Variable Boolean approved) {
        DraftForms.Draft decision = forms.last(incidentId, "approve-notice", (String) obligation.get("key"));
        if (letters.find(letterVersionId).filter(v -> v.decidedBy() != null).isPresent()) {
            return;
        }
        if (Boolean.TRUE.equals(approved)) {
            letters.approve(letterVersionId, decision.author(), contentHash);
        } else {
            letters.reject(letterVersionId, decision.author(), decision.fields().getOrDefault("comment", "rejected"));
        }
    }
}
