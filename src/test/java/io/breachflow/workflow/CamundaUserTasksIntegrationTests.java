package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.tasklist.Actor;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 20: Breachflow's models use Camunda user tasks, so the engine holds each task a person works on (what
 * Camunda's Tasklist would show on a real cluster) and the inbox completes it through the user-task command. An
 * instance started before the models moved still waits in a job-based user task, and that task still reaches the
 * inbox and completes through its job. A claim in the inbox is the engine task's assignee too.
 */
@BreachflowIntegrationTest
class CamundaUserTasksIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    @Autowired
    CamundaClient client;

    @Autowired
    HumanTasks tasks;

    @Autowired
    UserTaskSync taskSync;

    BreachApi api;
    String type;

    @BeforeEach
    void setUp() {
        api = new BreachApi(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
        type = "CREDENTIAL_STUFFING_" + UUID.randomUUID();
    }

    @Test
    void theTriageTaskIsACamundaUserTaskWithItsGroupDueDateAndFormAndTheInboxCompletesIt() throws Exception {
        String suspected = signal("2025-11-20T09:00:00+09:00");
        long key = Long.parseLong(String.valueOf(awaitTriage(suspected).get("id")));

        UserTask task = client.newUserTaskGetRequest(key).send().join();
        assertThat(task.getState()).isEqualTo(UserTaskState.CREATED);
        assertThat(task.getElementId()).isEqualTo("Task_TriageSuspectedIncident");
        assertThat(task.getCandidateGroups()).containsExactly("compliance-officer");
        assertThat(task.getExternalFormReference()).as("the form the inbox shows").isEqualTo("triage");
        assertThat(task.getDueDate().toInstant()).as("observed + 24 h")
                .isEqualTo(OffsetDateTime.parse("2025-11-21T09:00:00+09:00").toInstant());

        assertThat(api.post("/api/tasks/" + key + "/claim", "{}", as("officer")).getStatus()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> client.newUserTaskGetRequest(key).send().join().getAssignee(),
                "officer"::equals);
        assertThat(api.post("/api/tasks/" + key + "/unclaim", "{}", as("officer")).getStatus()).isEqualTo(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(client.newUserTaskGetRequest(key).send().join()
                .getAssignee()).as("back to the candidate groups").isNull());

        assertThat(api.complete(key, """
                {"outcome": "FALSE_ALARM", "reasoning": "A load test from our own office"}""", as("officer"))
                .getStatus()).isEqualTo(204);

        await().atMost(PATIENCE).until(() -> client.newUserTaskGetRequest(key).send().join().getState(),
                UserTaskState.COMPLETED::equals);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.getObject("/api/suspected-incidents/" + suspected,
                as("dpo"))).containsEntry("status", "FALSE_ALARM"));
        assertThat(client.newProcessInstanceGetRequest(task.getProcessInstanceKey()).send().join().getState())
                .isEqualTo(ProcessInstanceState.COMPLETED);
    }

    @Test
    void aTaskWhoseProcessWasCancelledLeavesTheInboxAtTheNextSync() throws Exception {
        String suspected = signal("2025-11-21T09:00:00+09:00");
        long key = Long.parseLong(String.valueOf(awaitTriage(suspected).get("id")));
        long instance = client.newUserTaskGetRequest(key).send().join().getProcessInstanceKey();

        client.newCancelInstanceCommand(instance).send().join();
        assertThat(tasks.get(key).state()).as("until the sync looks").isEqualTo(HumanTask.State.OPEN);
        taskSync.sync();

        assertThat(tasks.get(key).state()).isEqualTo(HumanTask.State.CANCELLED);
        assertThat(api.openTasks(suspected, "Triage suspected incident", as("officer"))).isEmpty();
    }

    @Test
    void aJobBasedUserTaskOfAnInstanceStartedBeforeTheUpgradeReachesTheInboxAndCompletesThroughItsJob() {
        client.newDeployResourceCommand().addResourceFromClasspath("legacy/job-based-review.bpmn").send().join();
        String incident = UUID.randomUUID().toString();
        long instance = client.newCreateInstanceCommand().bpmnProcessId("Process_LegacyJobBasedReview")
                .latestVersion().variables(Map.of("incidentId", incident)).send().join().getProcessInstanceKey();

        HumanTask task = await().atMost(PATIENCE).until(() -> tasks.openForIncident(incident), open -> open.size() == 1)
                .get(0);
        assertThat(task.formKey()).isEqualTo("post-incident-review");
        assertThat(task.candidateGroups()).containsExactly("dpo");
        taskSync.sync();
        assertThat(tasks.get(task.id()).state()).as("its job is held, not taken for gone")
                .isEqualTo(HumanTask.State.OPEN);

        tasks.complete(task.id(), new Actor("dana", Set.of("DPO")),
                Map.of("lessonsLearned", "Revoke service keys when their owner leaves"));

        await().atMost(PATIENCE).until(() -> client.newProcessInstanceGetRequest(instance).send().join().getState(),
                ProcessInstanceState.COMPLETED::equals);
    }

    private String signal(String observedAt) throws Exception {
        var answer = api.post("/api/signals", """
                {"source": "siem", "reference": "%s", "type": "%s", "severity": "HIGH", "observedAt": "%s",
                 "summary": "Many failed logins"}""".formatted(UUID.randomUUID(), type, observedAt), as("officer"));
        assertThat(answer.getStatus()).isEqualTo(202);
        return (String) new ObjectMapper().readValue(answer.getContentAsString(), Map.class).get("suspectedIncidentId");
    }

    private Map<String, Object> awaitTriage(String id) {
        List<Map<String, Object>> open = await().atMost(PATIENCE)
                .until(() -> api.openTasks(id, "Triage suspected incident", as("officer")), t -> t.size() == 1);
        return open.get(0);
    }
}
