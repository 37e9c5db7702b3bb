package io.breachflow.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.tasklist.HumanTasks;
import io.breachflow.tasklist.NewHumanTask;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.UserTaskProperties;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands user tasks to the tasklist. Breachflow's models use Camunda user tasks ({@code zeebe:userTask}): their
 * {@code creating} listener ({@link JobTypes#TASK_CREATED}) stores the task under its user-task key before the
 * engine finishes creating it, so the same models work with Breachflow's inbox and with Camunda's Tasklist on a
 * real cluster. Instances started before the models moved still wait in job-based user tasks
 * ({@code io.camunda.zeebe:userTask}); those are stored under their job key and the job's time-out is extended to
 * thirty days, so it stays activated until a person completes the task and {@link BreachProcesses} completes the
 * job. Either hand-over stores a task handed out twice once.
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
    private final CamundaUserTasks userTasks;
    private final ObjectMapper mapper;
    private final Clock clock;

    OpenHumanTaskWorker(HumanTasks tasks, ElementNames names, BreachProcesses processes, CamundaUserTasks userTasks,
            ObjectMapper mapper, ObjectProvider<Clock> clock) {
        this.tasks = tasks;
        this.names = names;
        this.processes = processes;
        this.userTasks = userTasks;
        this.mapper = mapper;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The {@code creating} listener of a Camunda user task: the task goes to the inbox, then the listener job
     * completes (auto-complete) and the engine finishes creating the task. A failure fails the listener job, which
     * the engine retries, so no task is created without reaching the inbox.
     */
    @JobWorker(type = JobTypes.TASK_CREATED, timeout = HANDOVER_TIMEOUT_MILLIS,
            fetchVariables = {"incidentId", "obligation", "draftProblem"})
    public void created(ActivatedJob job) {
        UserTaskProperties task = job.getUserTask();
        long key = task != null && task.getUserTaskKey() != null ? task.getUserTaskKey()
                : Long.parseLong(job.getCustomHeaders().get(HEADER + "userTaskKey"));
        String dueDate = task == null || task.getDueDate() == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(task.getDueDate());
        List<String> groups = task == null || task.getCandidateGroups() == null ? List.of()
                : task.getCandidateGroups();
        userTasks.record(key, clock.instant());
        open(job, key, names.formOf(job.getBpmnProcessId(), job.getElementId()), groups,
                task == null ? null : task.getAssignee(), dueDate);
    }

    /** A job-based user task of an instance started before the models moved to Camunda user tasks. */
    @JobWorker(type = JobTypes.USER_TASK, autoComplete = false, timeout = HANDOVER_TIMEOUT_MILLIS,
            fetchVariables = {"incidentId", "obligation", "draftProblem"})
    public void open(ActivatedJob job) {
        Map<String, String> headers = job.getCustomHeaders();
        open(job, job.getKey(), headers.get(HEADER + "formKey"), groups(headers.get(HEADER + "candidateGroups")),
                headers.get(HEADER + "assignee"), headers.get(HEADER + "dueDate"));
        processes.holdForPerson(job.getKey());
    }

    /**
     * Stores the task; its deadline is the obligation's (as the deadline dashboard shows it), else the task's own
     * due date (the triage window).
     */
    private void open(ActivatedJob job, long key, String formKey, List<String> groups, String assignee,
            String taskDueDate) {
        Map<String, Object> variables = job.getVariablesAsMap();
        Object incidentId = variables.get("incidentId");
        Map<?, ?> obligation = variables.get("obligation") instanceof Map<?, ?> map ? map : Map.of();
        String dueAt = obligation.get("dueAt") instanceof String due ? due : taskDueDate;
        String elementId = job.getElementId();
        // a draft sent back because it lacked required content (or a referral without evidence) says what to add
        Object problem = formKey != null && (formKey.startsWith("draft-") || formKey.startsWith("prepare-"))
                ? variables.get("draftProblem") : null;
        tasks.open(new NewHumanTask(key, elementId, names.of(job.getBpmnProcessId(), elementId),
                formKey, incidentId == null ? null : incidentId.toString(),
                (String) obligation.get("key"), groups, assignee, dueAt, problem == null ? null : problem.toString()));
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
