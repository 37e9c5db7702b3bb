package io.breachflow.workflow;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code breach.record-notice-sent}: the notice went out (a finished run, a published notice), so it is met. */
@Component
public class RecordNoticeSentWorker {

    private final IncidentIntake incidents;

    RecordNoticeSentWorker(IncidentIntake incidents) {
        this.incidents = incidents;
    }

    @JobWorker(type = JobTypes.RECORD_NOTICE_SENT)
    public void record(@Variable String incidentId, @Variable Map<String, Object> obligation) {
        incidents.markMet(IncidentId.of(incidentId), (String) obligation.get("key"));
    }
}
