package io.breachflow.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.incidents.Detection;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.TriageOutcome;
import io.breachflow.tasklist.HumanTasks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code breach.record-triage}: records the triage decision ({@code outcome}, {@code awareAt} from the
 * process) with its reasoning and decider, which stay in the tasklist's triage form rather than in
 * process variables. A confirmed breach becomes the incident, whose lifecycle then starts.
 */
@Component
public class RecordTriageWorker {

    private final Detection detection;
    private final HumanTasks tasks;
    private final ObjectMapper mapper;

    RecordTriageWorker(Detection detection, HumanTasks tasks, ObjectMapper mapper) {
        this.detection = detection;
        this.tasks = tasks;
        this.mapper = mapper;
    }

    @JobWorker(type = JobTypes.RECORD_TRIAGE, fetchVariables = {"incidentId", "outcome", "awareAt"})
    public void record(ActivatedJob job) throws JsonProcessingException {
        Map<String, Object> variables = job.getVariablesAsMap();
        String incidentId = (String) variables.get("incidentId");
        HumanTasks.CompletedForm triage = tasks.lastCompleted(incidentId, "triage").orElseThrow(() ->
                new IllegalStateException("Expected a completed triage form for " + incidentId + ", but found none"));
        Object reasoning = mapper.readValue(triage.form(), Map.class).get("reasoning");
        Object awareAt = variables.get("awareAt");
        detection.decide(IncidentId.of(incidentId), TriageOutcome.valueOf((String) variables.get("outcome")),
                awareAt == null ? null : OffsetDateTime.parse((String) awareAt), (String) reasoning,
                triage.completedBy());
    }
}
