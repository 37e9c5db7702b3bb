package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.SetVariablesResponse;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 8.8 treats setting variables on a Camunda user task's element instance (SetVariables RPC, or
 * {@code PUT /v2/element-instances/{key}/variables}) as an update of the task: {@code updating} listeners run
 * first, see {@code variables} among the changed attributes, and may deny.
 */
class UserTaskVariableUpdateConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private UserTask awaitTask(long instance) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<UserTask> items = engine.restClient().newUserTaskSearchRequest()
                    .filter(f -> f.processInstanceKey(instance)).send().join().items();
            return items.isEmpty() ? null : items.get(0);
        }, t -> t != null && t.getState() == UserTaskState.CREATED);
    }

    private Map<String, String> taskVariables(UserTask task) {
        return engine.restClient().newUserTaskVariableSearchRequest(task.getUserTaskKey()).send().join().items()
                .stream().collect(java.util.stream.Collectors.toMap(Variable::getName, Variable::getValue));
    }

    private long startReview() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Update").startEvent()
                .userTask("Task", t -> t.zeebeUserTask().zeebeTaskListener(l -> l.updating().type("on-update")))
                .serviceTask("Task_After", s -> s.zeebeJobType("after")).endEvent().done());
        return engine.startInstance("Process_Update", Map.of("caseRef", "INC-3"));
    }

    @Test
    void settingLocalVariablesOnTheTaskRunsUpdatingListenersFirst() {
        UserTask task = awaitTask(startReview());

        CamundaFuture<SetVariablesResponse> update = engine.restClient()
                .newSetVariablesCommand(task.getElementInstanceKey()).variables(Map.of("draft", "v2")).local(true)
                .send();
        ActivatedJob listener = engine.awaitJob("on-update");
        assertThat(listener.getUserTask().getChangedAttributes()).contains("variables");
        assertThat(listener.getUserTask().getAction()).isEqualTo("update");
        assertThat(taskVariables(task)).as("before the listener completed").doesNotContainKey("draft");

        engine.client().newCompleteCommand(listener).send().join();
        update.join();

        assertThat(taskVariables(task)).containsEntry("draft", "\"v2\"");
    }

    @Test
    void aDenyingUpdatingListenerRefusesTheVariables() {
        UserTask task = awaitTask(startReview());

        CamundaFuture<SetVariablesResponse> update = engine.restClient()
                .newSetVariablesCommand(task.getElementInstanceKey()).variables(Map.of("draft", "v2")).local(true)
                .send();
        engine.client().newCompleteCommand(engine.awaitJob("on-update"))
                .withResult(r -> r.forUserTask().deny(true).deniedReason("drafts are frozen")).send().join();

        ProblemException refused = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class, update::join);
        assertThat(refused.code()).isEqualTo(409);
        assertThat(refused.details().getDetail()).contains("drafts are frozen");
        assertThat(taskVariables(task)).doesNotContainKey("draft");
    }

    @Test
    void grpcSetVariablesOnTheTaskPropagatesAfterTheListenerButTheProcessScopeIsNoTaskUpdate() {
        long instance = startReview();
        UserTask task = awaitTask(instance);

        engine.client().newSetVariablesCommand(instance).variables(Map.of("severity", 3)).send().join();
        assertThat(engine.activateNow("on-update")).as("a process-scope update").isEmpty();

        CamundaFuture<SetVariablesResponse> update = engine.client()
                .newSetVariablesCommand(task.getElementInstanceKey()).variables(Map.of("caseRef", "INC-4")).send();
        engine.client().newCompleteCommand(engine.awaitJob("on-update")).send().join();
        update.join();
        engine.restClient().newCompleteUserTaskCommand(task.getUserTaskKey()).send().join();

        assertThat(engine.awaitJob("after").getVariablesAsMap()).containsEntry("caseRef", "INC-4")
                .containsEntry("severity", 3);
    }
}
