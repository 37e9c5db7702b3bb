package io.breachflow.workflow;

import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.incidents.RecordedRevisions;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code breach.record-revision}: records every pending revision of the incident and returns the
 * obligations it starts ({@code revisionStartedObligations}) and, among them, the reports to draft
 * ({@code revisionReports}: new authority reports and supplementary reports for reports already filed). Recording is idempotent, so several revisions in a row, or a retried job,
 * leave each revision recorded exactly once.
 */
@Component
public class RecordRevisionWorker {

    private final IncidentIntake incidents;
    private final ObligationVariables variables;
    private final Clock clock;

    RecordRevisionWorker(IncidentIntake incidents, ObligationVariables variables, ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.variables = variables;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @JobWorker(type = JobTypes.RECORD_REVISION)
    public Map<String, Object> record(@Variable String incidentId) {
        RecordedRevisions recorded = incidents.recordRevisions(IncidentId.of(incidentId));
        Instant now = clock.instant();
        return Map.of("revisionStartedObligations", variables.of(recorded.started(), now),
                "revisionReports", variables.authorityReports(recorded.started(), now));
    }
}
