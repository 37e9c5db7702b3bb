package io.breachflow.workflow;

import io.breachflow.documents.DocumentStamp;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.incidents.RecordedRevisions;
import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationCatalog;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code breach.record-revision}: records every pending revision of the incident and returns the
 * obligations it starts, split by the process that handles them
 * ({@code revisionReports}: new authority reports and supplementary reports for reports already filed;
 * {@code revisionNotices}: notice waves for people affected only now; {@code revisionPublicNotices}), and
 * re-times or withdraws the running processes of obligations whose deadline moved or that the facts no
 * longer require. Recording is idempotent, so several revisions in a row, or a retried job, leave each
 * revision recorded exactly once, and a job retried after its recording committed starts the same
 * obligations as its first attempt would have.
 */
@Component
public class RecordRevisionWorker {

    private final IncidentIntake incidents;
    private final BreachProcesses processes;
    private final TaskDueDates dueDates;
    private final UserTaskSync taskSync;
    private final ObligationVariables variables;
    private final ObligationCatalog catalog;
    private final Redrafts redrafts;
    private final Clock clock;

    RecordRevisionWorker(IncidentIntake incidents, BreachProcesses processes, TaskDueDates dueDates, UserTaskSync taskSync,
            ObligationVariables variables, ObligationCatalog catalog, Redrafts redrafts, ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.processes = processes;
        this.dueDates = dueDates;
        this.taskSync = taskSync;
        this.variables = variables;
        this.catalog = catalog;
        this.redrafts = redrafts;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @JobWorker(type = JobTypes.RECORD_REVISION)
    public Map<String, Object> record(ActivatedJob job, @Variable String incidentId) {
        // the job key stays the same across retries: a retry after the commit gets the same answer
        RecordedRevisions recorded = incidents.recordRevisions(IncidentId.of(incidentId), job.getKey());
        Instant now = clock.instant();
        String revision = "/revision-" + recorded.latestRevision();
        // reminders count from each obligation's anchor in the facts as revised (a supplement's: the revision)
        BreachFacts facts = incidents.currentFacts(IncidentId.of(incidentId));
        Function<Obligation, Instant> anchors = obligation -> catalog.anchorOf(obligation, facts).orElse(null);
        for (Obligation moved : recorded.moved()) {
            Map<String, Object> obligation = variables.of(moved, anchors.apply(moved), now);
            processes.moveDeadline(incidentId, obligation, null, "moved/" + incidentId + "/" + moved.key() + revision);
            dueDates.move(incidentId, moved.key(), (String) obligation.get("dueAt"));
        }
        // documents in flight written from facts this revision changed go back for a redraft; a retried job
        // finds them superseded already, and the message (keyed by revision) reaches each process once
        for (DocumentStamp superseded : redrafts.supersedeOutdated(incidentId)) {
            if (!recorded.withdrawn().contains(superseded.obligationKey())) {
                processes.factsChanged(incidentId, superseded.obligationKey(), superseded.supersededByRevision());
                taskSync.syncSubject(incidentId, superseded.obligationKey());
            }
        }
        for (String withdrawn : recorded.withdrawn()) {
            processes.withdraw(incidentId, withdrawn, "withdrawn/" + incidentId + "/" + withdrawn + revision);
            taskSync.syncSubject(incidentId, withdrawn);
        }
        return Map.of("revisionReports", variables.authorityReports(recorded.started(), anchors, now),
                "revisionNotices", variables.customerNotices(recorded.started(), anchors, now),
                "revisionPublicNotices", variables.publicNotices(recorded.started(), anchors, now));
    }
}
