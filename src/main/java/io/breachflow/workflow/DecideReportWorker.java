package io.breachflow.workflow;

import io.breachflow.filings.AuthorityReports;
import io.breachflow.tasklist.HumanTasks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code breach.decide-report}: records legal's decision on the rendered report version, bound to the content
 * hash the approver was shown, so the report filed is exactly the text approved. A version already decided
 * (a retried job) is left as it is.
 */
@Component
public class DecideReportWorker {

    private final AuthorityReports reports;
    private final HumanTasks tasks;

    DecideReportWorker(AuthorityReports reports, HumanTasks tasks) {
        this.reports = reports;
        this.tasks = tasks;
    }

    @JobWorker(type = JobTypes.DECIDE_REPORT)
    public void decide(@Variable String incidentId, @Variable Map<String, Object> obligation,
            @Variable Long reportDraftId, @Variable String contentHash, @Variable Boolean approved) {
        HumanTasks.CompletedForm decision = tasks.lastCompleted(incidentId, "approve-report",
                (String) obligation.get("key")).orElseThrow();
        if (reports.find(reportDraftId).filter(d -> d.decidedBy() != null).isPresent()) {
            return;
        }
        if (Boolean.TRUE.equals(approved)) {
            reports.approve(reportDraftId, decision.completedBy(), contentHash);
        } else {
            reports.reject(reportDraftId, decision.completedBy(), Decisions.comment(decision));
        }
    }
}
