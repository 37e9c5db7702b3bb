package io.breachflow.workflow;

import io.breachflow.filings.AuthorityReports;
import io.breachflow.filings.ReportDraft;
import io.breachflow.filings.ReportRequest;
import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.MissingRequiredContentException;
import io.breachflow.regimes.ObligationKind;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import io.breachflow.documents.DocumentKind;
import io.breachflow.regimes.FactChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code breach.render-report}: renders the officer's draft with the regime's report template and stores it
 * as an immutable version whose content hash legal then approves. A draft that lacks an item the law requires
 * is a business outcome, not a failure: BPMN error {@code REQUIRED_CONTENT_MISSING} sends it back to the
 * drafter with {@code draftProblem} naming each missing item and its citation.
 */
@Component
public class RenderReportWorker {

    static final String MISSING = "REQUIRED_CONTENT_MISSING";

    private final AuthorityReports reports;
    private final DraftForms drafts;
    private final Redrafts redrafts;

    RenderReportWorker(AuthorityReports reports, DraftForms drafts, Redrafts redrafts) {
        this.reports = reports;
        this.drafts = drafts;
        this.redrafts = redrafts;
    }

    @JobWorker(type = JobTypes.RENDER_REPORT)
    public Map<String, Object> render(@Variable String incidentId, @Variable Map<String, Object> obligation) {
        String key = (String) obligation.get("key");
        DraftForms.Draft draft = drafts.last(incidentId, "draft-report", key);
        String regime = (String) obligation.get("regime");
        try {
            // a retried job finds the version it drafted from the same form instead of drafting a second one
            ReportDraft stored = reports.forIncident(incidentId).stream()
                    .filter(d -> key.equals(d.obligationKey()) && d.status() == ApprovalStatus.PENDING_APPROVAL
                            && d.fields().equals(draft.fields()) && d.draftedBy().equals(draft.author()))
                    .reduce((first, second) -> second)
                    .orElseGet(() -> reports.draft(new ReportRequest(incidentId, key, regime,
                            ObligationKind.valueOf((String) obligation.get("kind")), (String) obligation.get("recipient"),
                            io.breachflow.regimes.DocumentLanguages.report(regime), draft.fields(), draft.author())));
            List<FactChange> overtaken = redrafts.stamp(DocumentKind.REPORT, stored.id(), incidentId, key,
                    draft.factsRevision());
            if (!overtaken.isEmpty()) {
                throw overtaken(Redrafts.describe(overtaken));
            }
            Map<String, Object> result = new HashMap<>();
            result.put("reportDraftId", stored.id());
            result.put("contentHash", stored.contentHash());
            result.put("draftProblem", null);
            return result;
        } catch (MissingRequiredContentException | io.breachflow.notices.UnprintableTextException missing) {
            throw CamundaError.bpmnError(MISSING, missing.getMessage(),
                    Map.of("draftProblem", missing.getMessage()));
        }
    }

    /**
     * The facts changed while the document was drafted: back to the drafter the same way as missing content,
     * with what changed, since the text in hand states facts that are no longer true.
     */
    static RuntimeException overtaken(String problem) {
        return CamundaError.bpmnError(MISSING, problem, Map.of("draftProblem", problem));
    }
}
