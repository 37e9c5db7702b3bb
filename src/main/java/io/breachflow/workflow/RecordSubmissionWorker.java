package io.breachflow.workflow;

import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code breach.record-submission}: the report was submitted, so its obligation is met. */
@Component
public class RecordSubmissionWorker {

    private final IncidentIntake incidents;

    RecordSubmissionWorker(IncidentIntake incidents) {
        this.incidents = incidents;
    }

    @JobWorker(type = JobTypes.RECORD_SUBMISSION)
    public void record(@Variable String incidentId, @Variable Map<String, Object> obligation) {
        incidents.markMet(IncidentId.of(incidentId), (String) obligation.get("key"));
    }
}
