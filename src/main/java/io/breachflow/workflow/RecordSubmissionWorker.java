package io.breachflow.workflow;

import io.breachflow.documents.DocumentKind;
import io.breachflow.documents.DocumentRevisions;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code breach.record-submission}: files the approved report by email when the officer chose {@code EMAIL}
 * (a portal submission was already made by the officer, who recorded its receipt), then records the
 * obligation as met.
 */
@Component
public class RecordSubmissionWorker {

    private final IncidentIntake incidents;
    private final AuthorityMail authorityMail;
    private final DocumentRevisions revisions;

    RecordSubmissionWorker(IncidentIntake incidents, AuthorityMail authorityMail, DocumentRevisions revisions) {
        this.incidents = incidents;
        this.authorityMail = authorityMail;
        this.revisions = revisions;
    }

    @JobWorker(type = JobTypes.RECORD_SUBMISSION)
    public void record(@Variable String incidentId, @Variable Map<String, Object> obligation,
            @Variable String channel, @Variable Long reportDraftId) {
        if (reportDraftId != null) {
            // filed: no later revision supersedes it (a supplementary report follows instead); refused when
            // one already did, so a report written from outdated facts is never recorded as filed
            revisions.use(DocumentKind.REPORT, reportDraftId);
        }
        if ("EMAIL".equals(channel) && reportDraftId != null) {
            authorityMail.file(reportDraftId, obligation);
        }
        incidents.markMet(IncidentId.of(incidentId), (String) obligation.get("key"));
    }
}
