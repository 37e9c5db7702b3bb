package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Zeebe 8.8 runs a user task's {@code canceling} listeners before the task's element terminates: the termination,
 * and whatever follows it (the interrupting boundary event's flow, the instance's end), waits for their jobs.
 */
class UserTaskCancelingListenerConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private UserTask awaitTask(long instance, UserTaskState state) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<UserTask> items = engine.restClient().newUserTaskSearchRequest()
                    .filter(f -> f.processInstanceKey(instance)).send().join().items();
            return items.isEmpty() ? null : items.get(0);
        }, t -> t != null && t.getState() == state);
    }

    private ProcessInstanceState state(long instance) {
        return engine.restClient().newProcessInstanceGetRequest(instance).send().join().getState();
    }

    @Test
    void cancelingTheInstanceWaitsForTheCancelingListener() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Cancel").startEvent()
                .userTask("Task", t -> t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type("on-cancel")))
                .endEvent().done());
        long instance = engine.startInstance("Process_Cancel", Map.of("caseRef", "INC-7"));
        awaitTask(instance, UserTaskState.CREATED);

        engine.restClient().newCancelInstanceCommand(instance).send().join();

        ActivatedJob listener = engine.awaitJob("on-cancel");
        assertThat(listener.getVariablesAsMap()).containsEntry("caseRef", "INC-7");
        assertThat(awaitTask(instance, UserTaskState.CANCELING)).isNotNull();
        assertThat(state(instance)).isEqualTo(ProcessInstanceState.ACTIVE);
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> engine.restClient().newCancelInstanceCommand(instance).send().join()).code())
                .as("a second cancelation while the first is held").isEqualTo(404);

        engine.client().newCompleteCommand(listener).send().join();

        awaitTask(instance, UserTaskState.CANCELED);
        await().atMost(Duration.ofSeconds(5)).until(() -> state(instance) == ProcessInstanceState.TERMINATED);
    }

    @Test
    void anInterruptingTimerTakesItsFlowOnlyAfterTheCancelingListenerCompletes() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Timer").startEvent()
                .userTask("Task", t -> t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type("on-cancel")))
                .endEvent()
                .moveToActivity("Task")
                .boundaryEvent("Timer", b -> b.cancelActivity(true).timerWithDuration("PT1H"))
                .serviceTask("Task_Escalate", s -> s.zeebeJobType("escalate")).endEvent().done());
        long instance = engine.startInstance("Process_Timer");
        awaitTask(instance, UserTaskState.CREATED);

        engine.clock().pin(engine.clock().instant().plus(Duration.ofHours(2)));
        ActivatedJob listener = engine.awaitJob("on-cancel");
        assertThat(listener.getUserTask().getUserTaskKey()).isPositive();
        assertThat(engine.activateNow("escalate")).as("escalation before the listener completed").isEmpty();

        engine.client().newCompleteCommand(listener).send().join();

        engine.awaitJob("escalate");
        assertThat(awaitTask(instance, UserTaskState.CANCELED)).isNotNull();
    }

    @Test
    void aMessageInterruptingTheSubProcessWaitsForTheTaskInside() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Sub").startEvent()
                .subProcess("Sub", s -> s.embeddedSubProcess().startEvent()
                        .userTask("Task", t -> t.zeebeUserTask()
                                .zeebeTaskListener(l -> l.canceling().type("on-cancel")))
                        .endEvent())
                .endEvent()
                .moveToActivity("Sub")
                .boundaryEvent("Withdrawn", b -> b.cancelActivity(true).message(m -> m.name("withdrawn")
                        .zeebeCorrelationKeyExpression("caseRef")))
                .serviceTask("Task_Close", s -> s.zeebeJobType("close")).endEvent().done());
        long instance = engine.startInstance("Process_Sub", Map.of("caseRef", "INC-9"));
        awaitTask(instance, UserTaskState.CREATED);

        engine.publish("withdrawn", "INC-9", Duration.ofMinutes(1), Map.of("reason", "duplicate"));
        ActivatedJob listener = engine.awaitJob("on-cancel");
        assertThat(engine.activateNow("close")).isEmpty();

        engine.client().newCompleteCommand(listener).send().join();

        assertThat(engine.awaitJob("close").getVariablesAsMap()).containsEntry("reason", "duplicate");
    }

    @Test
    void aHeldTerminationCarriesOnAfterARestart() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Restart").startEvent()
                .userTask("Task", t -> t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type("on-cancel")))
                .endEvent()
                .moveToActivity("Task")
                .boundaryEvent("Timer", b -> b.cancelActivity(true).timerWithDuration("PT1H"))
                .serviceTask("Task_Escalate", s -> s.zeebeJobType("escalate")).endEvent().done());
        long instance = engine.startInstance("Process_Restart");
        awaitTask(instance, UserTaskState.CREATED);
        engine.clock().pin(engine.clock().instant().plus(Duration.ofHours(2)));
        long listenerKey = engine.awaitJob("on-cancel").getKey();

        engine.restartEngine();
        engine.client().newCompleteCommand(listenerKey).send().join();

        engine.awaitJob("escalate");
    }
}
