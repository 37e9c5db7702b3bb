package io.breachflow.workflow;

import io.breachflow.filings.AuthorityReports;
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
    private final DraftForms forms;

    DecideReportWorker(AuthorityReports reports, DraftForms forms) {
        this.reports = reports;
        this.forms = forms;
    }

    @JobWorker(type = JobTypes.DECIDE_REPORT)
    public void decide(@Variable String incidentId, @Variable Map<String, Object> obligation,
            @Variable Long reportDraftId, @Variable String contentHash, @Variable Boolean approved) {
        DraftForms.Draft decision = forms.last(incidentId, "approve-report", (String) obligation.get("key"));
        if (reports.find(reportDraftId).filter(d -> d.decidedBy() != null).isPresent()) {
            return;
        }
        if (Boolean.TRUE.equals(approved)) {
            reports.approve(reportDraftId, decision.author(), contentHash);
        } else {
            reports.reject(reportDraftId, decision.author(), decision.fields().getOrDefault("comment", "rejected"));
        }
    }
}
