package io.breachflow.workflow;

import io.breachflow.notices.NoticeDrafting;
import io.breachflow.tasklist.HumanTasks;
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
    private final HumanTasks tasks;

    DecideNoticeWorker(NoticeDrafting letters, HumanTasks tasks) {
        this.letters = letters;
        this.tasks = tasks;
    }

    @JobWorker(type = JobTypes.DECIDE_NOTICE)
    public void decide(@Variable String incidentId, @Variable Map<String, Object> obligation,
            @Variable Long letterVersionId, @Variable String contentHash, @Variable Boolean approved) {
        HumanTasks.CompletedForm decision = tasks.lastCompleted(incidentId, "approve-notice",
                (String) obligation.get("key")).orElseThrow();
        if (letters.find(letterVersionId).filter(v -> v.decidedBy() != null).isPresent()) {
            return;
        }
        if (Boolean.TRUE.equals(approved)) {
            letters.approve(letterVersionId, decision.completedBy(), contentHash);
        } else {
            letters.reject(letterVersionId, decision.completedBy(), Decisions.comment(decision));
        }
    }
}
