package io.breachflow.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.tasklist.HumanTasks;
import io.breachflow.tasklist.NewHumanTask;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Takes job-based user tasks ({@code io.camunda.zeebe:userTask}) and hands each to the tasklist. Once
 * the task is stored the job's time-out is extended to thirty days, so it stays activated until a person
 * completes the task and {@link BreachProcesses} completes the job; a job handed out again (crash before
 * the hand-over, or thirty days without completion) is stored once and held again. Reads the reserved {@code io.camunda.zeebe:*} headers Camunda 8 puts on these jobs.
 */
@Component
public class OpenHumanTaskWorker {

    /**
     * Activation time-out until the task is safely in the tasklist: if the app dies before, the engine
     * hands the job out again soon rather than in thirty days.
     */
    static final long HANDOVER_TIMEOUT_MILLIS = 5L * 60 * 1000;

    private static final String HEADER = "io.camunda.zeebe:";

    private final HumanTasks tasks;
    private final ElementNames names;
    private final BreachProcesses processes;
    private final ObjectMapper mapper;

    OpenHumanTaskWorker(HumanTasks tasks, ElementNames names, BreachProcesses processes, ObjectMapper mapper) {
        this.tasks = tasks;
        this.names = names;
        this.processes = processes;
        this.mapper = mapper;
    }

    @JobWorker(type = JobTypes.USER_TASK, autoComplete = false, timeout = HANDOVER_TIMEOUT_MILLIS,
            fetchVariables = {"incidentId", "obligation", "draftProblem"})
    public void open(ActivatedJob job) {
        Map<String, String> headers = job.getCustomHeaders();
        Map<String, Object> variables = job.getVariablesAsMap();
        Object incidentId = variables.get("incidentId");
        Map<?, ?> obligation = variables.get("obligation") instanceof Map<?, ?> map ? map : Map.of();
        String dueAt = headers.getOrDefault(HEADER + "dueDate", (String) obligation.get("dueAt"));
        String elementId = job.getElementId();
        String formKey = headers.get(HEADER + "formKey");
        // a draft sent back because it lacked required content (or a referral without evidence) says what to add
        Object problem = formKey != null && (formKey.startsWith("draft-") || formKey.startsWith("prepare-"))
                ? variables.get("draftProblem") : null;
        tasks.open(new NewHumanTask(job.getKey(), elementId, names.of(job.getBpmnProcessId(), elementId),
                formKey, incidentId == null ? null : incidentId.toString(),
                (String) obligation.get("key"), groups(headers.get(HEADER + "candidateGroups")),
                headers.get(HEADER + "assignee"), dueAt, problem == null ? null : problem.toString()));
        processes.holdForPerson(job.getKey());
    }

    private List<String> groups(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return mapper.readValue(header, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of(header.split(","));
        }
    }
}
