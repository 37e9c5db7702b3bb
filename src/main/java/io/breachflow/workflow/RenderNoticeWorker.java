package io.breachflow.workflow;

import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.LetterDraftRequest;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.MissingRequiredContentException;
import io.breachflow.notices.NoticeDrafting;
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
 * {@code breach.render-notice}: renders the drafted letter in every language of the regime (email, text,
 * print) and stores it as an immutable version whose content hash legal approves; a letter lacking an item
 * the law requires goes back to the drafter ({@code REQUIRED_CONTENT_MISSING}, {@code draftProblem}).
 */
@Component
public class RenderNoticeWorker {

    private final NoticeDrafting letters;
    private final DraftForms drafts;
    private final Redrafts redrafts;

    RenderNoticeWorker(NoticeDrafting letters, DraftForms drafts, Redrafts redrafts) {
        this.letters = letters;
        this.drafts = drafts;
        this.redrafts = redrafts;
    }

    @JobWorker(type = JobTypes.RENDER_NOTICE)
    public Map<String, Object> render(@Variable String incidentId, @Variable Map<String, Object> obligation) {
        String regime = (String) obligation.get("regime");
        DraftForms.Draft draft = drafts.last(incidentId, "draft-notice", (String) obligation.get("key"));
        try {
            // a retried job finds the version it drafted from the same form instead of drafting a second one
            LetterVersion version = letters.forIncident(incidentId).stream()
                    .filter(v -> regime.equals(v.regime()) && v.kind() == ObligationKind.INDIVIDUAL_NOTICE
                            && v.status() == ApprovalStatus.PENDING_APPROVAL && v.fields().equals(draft.fields())
                            && v.draftedBy().equals(draft.author()))
                    .reduce((first, second) -> second)
                    .orElseGet(() -> letters.draft(new LetterDraftRequest(incidentId, regime,
                            ObligationKind.INDIVIDUAL_NOTICE, io.breachflow.regimes.DocumentLanguages.notice(regime), draft.fields(),
                            draft.author())));
            List<FactChange> overtaken = redrafts.stamp(DocumentKind.LETTER, version.id(), incidentId,
                    (String) obligation.get("key"), draft.factsRevision());
            if (!overtaken.isEmpty()) {
                throw RenderReportWorker.overtaken(Redrafts.describe(overtaken));
            }
            Map<String, Object> result = new HashMap<>();
            result.put("letterVersionId", version.id());
            result.put("contentHash", version.contentHash());
            result.put("draftProblem", null);
            return result;
        } catch (MissingRequiredContentException | io.breachflow.notices.UnprintableTextException missing) {
            throw CamundaError.bpmnError(RenderReportWorker.MISSING, missing.getMessage(),
                    Map.of("draftProblem", missing.getMessage()));
        }
    }
}
