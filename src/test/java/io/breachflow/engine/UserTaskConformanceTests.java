package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Camunda user tasks (zeebe:userTask) and their task listeners, driven through the real 8.8 client. */
class UserTaskConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static BpmnModelInstance review() {
        return Bpmn.createExecutableProcess("Process_Review").startEvent()
                .userTask("Task_Review", t -> t.name("Review the breach").zeebeUserTask()
                        .zeebeAssigneeExpression("officer")
                        .zeebeCandidateGroups("legal, privacy")
                        .zeebeCandidateUsersExpression("[\"ann\", \"bob\"]")
                        .zeebeDueDate("2030-01-31T12:00:00Z")
                        .zeebeFollowUpDateExpression("date and time(\"2030-01-20T09:00:00Z\")")
                        .zeebeTaskPriorityExpression("severity * 10")
                        .zeebeExternalFormReference("https://forms.example/review")
                        .zeebeInputExpression("\"x\"", "local")
                        .zeebeOutputExpression("decision", "reviewDecision"))
                .serviceTask("Task_After", s -> s.zeebeJobType("after")).endEvent().done();
    }

    private UserTask awaitTask(long instance, UserTaskState state) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> task(instance),
                t -> t != null && t.getState() == state);
    }

    private UserTask task(long instance) {
        List<UserTask> items = engine.client().newUserTaskSearchRequest()
                .filter(f -> f.processInstanceKey(instance)).send().join().items();
        return items.isEmpty() ? null : items.get(items.size() - 1);
    }

    private static ProblemException problem(CamundaFuture<?> future) {
        Throwable error = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, future::join);
        while (error != null && !(error instanceof ProblemException)) {
            error = error.getCause();
        }
        assertThat(error).isInstanceOf(ProblemException.class);
        return (ProblemException) error;
    }

    @Test
    void aUserTaskIsSearchableWithItsEvaluatedPropertiesAndCompletesWithVariables() {
        engine.deploy(review());
        long instance = engine.startInstance("Process_Review", Map.of("officer", "olivia", "severity", 7));

        UserTask task = awaitTask(instance, UserTaskState.CREATED);
        assertThat(task.getAssignee()).isEqualTo("olivia");
        assertThat(task.getCandidateGroups()).containsExactly("legal", "privacy");
        assertThat(task.getCandidateUsers()).containsExactly("ann", "bob");
        assertThat(task.getDueDate()).isEqualTo(java.time.OffsetDateTime.parse("2030-01-31T12:00:00Z"));
        assertThat(task.getFollowUpDate()).isEqualTo(java.time.OffsetDateTime.parse("2030-01-20T09:00:00Z"));
        assertThat(task.getPriority()).isEqualTo(70);
        assertThat(task.getExternalFormReference()).isEqualTo("https://forms.example/review");
        assertThat(task.getName()).isEqualTo("Review the breach");
        assertThat(task.getElementId()).isEqualTo("Task_Review");
        assertThat(engine.client().newUserTaskGetRequest(task.getUserTaskKey()).send().join().getAssignee())
                .isEqualTo("olivia");
        assertThat(engine.client().newUserTaskSearchRequest().filter(f -> f.candidateGroup("privacy")).send().join()
                .items()).hasSize(1);

        long key = task.getUserTaskKey();
        engine.client().newUnassignUserTaskCommand(key).send().join();
        assertThat(task(instance).getAssignee()).isNull();
        engine.client().newAssignUserTaskCommand(key).assignee("sam").send().join();
        assertThat(task(instance).getAssignee()).isEqualTo("sam");
        engine.client().newUpdateUserTaskCommand(key).priority(90).candidateUsers("carl").clearDueDate().send().join();
        UserTask updated = task(instance);
        assertThat(updated.getPriority()).isEqualTo(90);
        assertThat(updated.getCandidateUsers()).containsExactly("carl");
        assertThat(updated.getDueDate()).isNull();

        engine.client().newCompleteUserTaskCommand(key).variables(Map.of("decision", "notify", "noise", 1)).send()
                .join();
        ActivatedJob after = engine.awaitJob("after");
        assertThat(after.getVariablesAsMap()).containsEntry("reviewDecision", "notify").doesNotContainKey("noise");
        assertThat(task(instance).getState()).isEqualTo(UserTaskState.COMPLETED);
        assertThat(task(instance).getCompletionDate()).isNotNull();
        ProblemException gone = problem(engine.client().newCompleteUserTaskCommand(key).send());
        assertThat(gone.code()).isEqualTo(404);
    }

    @Test
    void aCreatingListenerCorrectsTheAssigneeWhenTheProcessNamesNone() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Creating").startEvent()
                .userTask("Task", t -> t.zeebeUserTask().zeebeTaskListener(l -> l.creating().type("on-create")))
                .endEvent().done());
        long instance = engine.startInstance("Process_Creating");

        ActivatedJob listener = engine.awaitJob("on-create");
        assertThat(listener.getKind()).isEqualTo(JobKind.TASK_LISTENER);
        assertThat(listener.getListenerEventType()).isEqualTo(ListenerEventType.CREATING);
        assertThat(listener.getUserTask().getPriority()).isEqualTo(50);
        assertThat(task(instance).getState()).isEqualTo(UserTaskState.CREATING);
        engine.client().newCompleteCommand(listener).withResult(r -> r.forUserTask().correctAssignee("dana")
                .correctPriority(80)).send().join();

        UserTask task = awaitTask(instance, UserTaskState.CREATED);
        await().atMost(Duration.ofSeconds(5)).until(() -> "dana".equals(task(instance).getAssignee()));
        assertThat(task(instance).getPriority()).isEqualTo(80);
        assertThat(task.getUserTaskKey()).isPositive();
    }

    @Test
    void aCompletingListenerDeniesThenAllowsTheCompletion() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Deny").startEvent()
                .userTask("Task", t -> t.zeebeUserTask().zeebeTaskListener(l -> l.completing().type("check")))
                .serviceTask("Task_After", s -> s.zeebeJobType("after")).endEvent().done());
        long instance = engine.startInstance("Process_Deny");
        long key = awaitTask(instance, UserTaskState.CREATED).getUserTaskKey();

        CamundaFuture<?> first = engine.client().newCompleteUserTaskCommand(key).variables(Map.of("ok", false)).send();
        ActivatedJob denied = engine.awaitJob("check");
        assertThat(denied.getUserTask().getAction()).isEqualTo("complete");
        assertThat(task(instance).getState()).isEqualTo(UserTaskState.COMPLETING);
        engine.client().newCompleteCommand(denied).withResult(r -> r.forUserTask().deny(true, "missing evidence"))
                .send().join();
        ProblemException problem = problem(first);
        assertThat(problem.code()).isEqualTo(409);
        assertThat(problem.details().getTitle()).isEqualTo("INVALID_STATE");
        assertThat(problem.details().getDetail()).isEqualTo("Command 'COMPLETE' rejected with code 'INVALID_STATE': "
                + "Completion of the User Task with key '" + key + "' was denied by Task Listener. Reason to deny: "
                + "'missing evidence'");
        assertThat(task(instance).getState()).isEqualTo(UserTaskState.CREATED);

        CamundaFuture<?> second = engine.client().newCompleteUserTaskCommand(key).send();
        engine.client().newCompleteCommand(engine.awaitJob("check")).send().join();
        second.join();
        engine.awaitJob("after");
        assertThat(task(instance).getState()).isEqualTo(UserTaskState.COMPLETED);
    }

    @Test
    void aListenerWorkerOnTheRestApiSeesTheTaskAndDeniesOrCorrectsIt() {
        engine.deploy(Bpmn.createExecutableProcess("Process_RestListener").startEvent()
                .userTask("Task", t -> t.zeebeUserTask().zeebeAssignee("=\"alex\"")
                        .zeebeTaskListener(l -> l.completing().type("rest-check")))
                .endEvent().done());
        long instance = engine.startInstance("Process_RestListener");
        long key = awaitTask(instance, UserTaskState.CREATED).getUserTaskKey();
        io.camunda.client.CamundaClient rest = engine.restClient();

        CamundaFuture<?> first = rest.newCompleteUserTaskCommand(key).send();
        ActivatedJob check = rest.newActivateJobsCommand().jobType("rest-check").maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs().get(0);
        assertThat(check.getKind()).isEqualTo(JobKind.TASK_LISTENER);
        assertThat(check.getListenerEventType()).isEqualTo(ListenerEventType.COMPLETING);
        assertThat(check.getUserTask().getUserTaskKey()).isEqualTo(key);
        assertThat(check.getUserTask().getAssignee()).isEqualTo("alex");
        rest.newCompleteCommand(check).withResult(r -> r.forUserTask().deny(true, "not yet")).send().join();
        assertThat(problem(first).code()).isEqualTo(409);
        assertThat(task(instance).getState()).isEqualTo(UserTaskState.CREATED);

        CamundaFuture<?> second = rest.newCompleteUserTaskCommand(key).send();
        ActivatedJob again = rest.newActivateJobsCommand().jobType("rest-check").maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs().get(0);
        rest.newCompleteCommand(again).send().join();
        second.join();
        assertThat(task(instance).getState()).isEqualTo(UserTaskState.COMPLETED);
    }

    @Test
    void assigningListenersRunInModelOrderOneAfterTheOther() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Assigning").startEvent()
                .userTask("Task", t -> t.zeebeUserTask()
                        .zeebeTaskListener(l -> l.assigning().type("first"))
                        .zeebeTaskListener(l -> l.assigning().type("second")))
                .endEvent().done());
        long instance = engine.startInstance("Process_Assigning");
        long key = awaitTask(instance, UserTaskState.CREATED).getUserTaskKey();

        CamundaFuture<?> assign = engine.client().newAssignUserTaskCommand(key).assignee("erin").send();
        ActivatedJob first = engine.awaitJob("first");
        assertThat(first.getUserTask().getAssignee()).isEqualTo("erin");
        assertThat(first.getUserTask().getChangedAttributes()).contains("assignee");
        assertThat(engine.activateNow("second")).as("the second waits for the first").isEmpty();
        engine.client().newCompleteCommand(first).withResult(r -> r.forUserTask().correctAssignee("frank")).send()
                .join();
        ActivatedJob second = engine.awaitJob("second");
        assertThat(second.getUserTask().getAssignee()).isEqualTo("frank");
        assertThat(task(instance).getAssignee()).isNull();
        engine.client().newCompleteCommand(second).send().join();
        assign.join();
        assertThat(task(instance).getAssignee()).isEqualTo("frank");
        assertThat(task(instance).getState()).isEqualTo(UserTaskState.CREATED);
    }

    @Test
    void anInterruptingTimerCancelsTheTaskAndRunsCancelingListeners() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Timer").startEvent()
                .userTask("Task", t -> t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type("on-cancel")))
                .boundaryEvent("Timer", b -> b.cancelActivity(true).timerWithDuration("PT1H"))
                .serviceTask("Task_Escalate", s -> s.zeebeJobType("escalate")).endEvent().done());
        long instance = engine.startInstance("Process_Timer");
        long key = awaitTask(instance, UserTaskState.CREATED).getUserTaskKey();

        engine.clock().pin(engine.clock().instant().plus(Duration.ofHours(2)));
        ActivatedJob canceling = engine.awaitJob("on-cancel");
        assertThat(canceling.getListenerEventType()).isEqualTo(ListenerEventType.CANCELING);
        assertThat(task(instance).getState()).isEqualTo(UserTaskState.CANCELING);
        assertThat(problem(engine.client().newCompleteUserTaskCommand(key).send()).code()).as("canceling").isEqualTo(409);
        engine.client().newCompleteCommand(canceling).send().join();
        engine.awaitJob("escalate");
        await().atMost(Duration.ofSeconds(5)).until(() -> task(instance).getState() == UserTaskState.CANCELED);
    }

    @Test
    void cancelingTheInstanceCancelsTheTask() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Cancel").startEvent()
                .userTask("Task", t -> t.zeebeUserTask()).endEvent().done());
        long instance = engine.startInstance("Process_Cancel");
        awaitTask(instance, UserTaskState.CREATED);
        engine.client().newCancelInstanceCommand(instance).send().join();
        assertThat(task(instance).getState()).isEqualTo(UserTaskState.CANCELED);
    }

    @Test
    void aTaskAndItsWaitingListenerSurviveARestart() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Restart").startEvent()
                .userTask("Task", t -> t.zeebeUserTask().zeebeAssignee("gina")
                        .zeebeTaskListener(l -> l.updating().type("on-update")))
                .serviceTask("Task_After", s -> s.zeebeJobType("after")).endEvent().done());
        long instance = engine.startInstance("Process_Restart");
        long key = awaitTask(instance, UserTaskState.CREATED).getUserTaskKey();
        engine.client().newUpdateUserTaskCommand(key).priority(20).send();
        await().atMost(Duration.ofSeconds(5)).until(() -> task(instance).getState() == UserTaskState.UPDATING);

        engine.restartEngine();

        ActivatedJob listener = engine.awaitJob("on-update");
        assertThat(listener.getUserTask().getPriority()).isEqualTo(20);
        engine.client().newCompleteCommand(listener).send().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> task(instance).getPriority() == 20);
        assertThat(task(instance).getAssignee()).isEqualTo("gina");
        engine.client().newCompleteUserTaskCommand(key).send().join();
        engine.awaitJob("after");
    }

    @Test
    void aBadListenerTypeExpressionIsRejectedNamingTheTask() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Process_Bad").startEvent()
                .userTask("Task_Bad", t -> t.zeebeUserTask().zeebeTaskListener(l -> l.completing().type("=foo(")))
                .endEvent().done();
        assertThatThrownBy(() -> engine.deploy(model)).hasMessageContaining("Task_Bad")
                .hasMessageContaining("foo(");
    }

    @Test
    void jobBasedUserTasksStillCreateJobs() {
        engine.deploy(Bpmn.createExecutableProcess("Process_JobBased").startEvent()
                .userTask("Task", t -> t.zeebeAssignee("hal")).endEvent().done());
        engine.startInstance("Process_JobBased");
        ActivatedJob job = engine.awaitJob("io.camunda.zeebe:userTask");
        assertThat(job.getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee", "hal");
        assertThat(job.getKind()).isEqualTo(JobKind.BPMN_ELEMENT);
    }

    @Test
    void rawRequestsGetProblemJson() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + engine.restPort() + "/v2/user-tasks/";
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(base + "2251799813685999/completion"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("\"title\":\"NOT_FOUND\"").contains("2251799813685999");

        HttpResponse<String> badBody = http.send(HttpRequest.newBuilder(URI.create(base + "1/assignment"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"assignee\": 5}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badBody.statusCode()).isEqualTo(400);
        assertThat(badBody.body()).contains("assignee");

        HttpResponse<String> badPriority = http.send(HttpRequest.newBuilder(URI.create(base + "1"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"changeset\": {\"priority\": 101}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badPriority.statusCode()).isEqualTo(400);
        assertThat(badPriority.body()).contains("priority");

        HttpResponse<String> notJson = http.send(HttpRequest.newBuilder(URI.create(base + "search"))
                .POST(HttpRequest.BodyPublishers.ofString("{oops")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notJson.statusCode()).isEqualTo(400);

        HttpResponse<String> badKey = http.send(HttpRequest.newBuilder(URI.create(base + "abc")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(badKey.body()).contains("userTaskKey");
    }
}
