package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Event sub-processes (B.8), triggered by messages: interrupting and not, in the process and in a sub-process. */
class EventSubProcessConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    /** Two parallel tasks and a "withdrawn" message event sub-process. */
    private static BpmnModelInstance caseWithWithdrawal(boolean interrupting) {
        return Bpmn.createExecutableProcess("Process_Case")
                .eventSubProcess("Esp_Withdrawn", e -> e.startEvent("Start_Withdrawn").interrupting(interrupting)
                        .message(m -> m.name("case-withdrawn").zeebeCorrelationKeyExpression("caseId"))
                        .serviceTask("Task_Close", t -> t.zeebeJobType("close")).endEvent("End_Withdrawn"))
                .startEvent().parallelGateway("Fork")
                .serviceTask("Task_Assess", t -> t.zeebeJobType("assess")).parallelGateway("Join")
                .moveToNode("Fork").serviceTask("Task_Notify", t -> t.zeebeJobType("notify")).connectTo("Join")
                .endEvent().done();
    }

    private void withdraw(String caseId) {
        engine.publish("case-withdrawn", caseId, Duration.ZERO, Map.of("withdrawnBy", "DPO"));
    }

    @Test
    void interruptingEventSubProcessTerminatesEveryActiveElementOfTheProcess() {
        engine.deploy(caseWithWithdrawal(true));
        long instance = engine.startInstance("Process_Case", Map.of("caseId", "C-1"));
        ActivatedJob assess = engine.awaitJob("assess");
        ActivatedJob notify = engine.awaitJob("notify");

        withdraw("C-1");

        ActivatedJob close = engine.awaitJob("close");
        assertThat(close.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(close.getVariablesAsMap()).containsEntry("withdrawnBy", "DPO");
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Assess", "Task_Notify");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(assess.getKey()).send().join());
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(notify.getKey()).send().join());
        engine.client().newCompleteCommand(close.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Case");
        assertThat(engine.tables().elementsOfType(instance, "EVENT_SUB_PROCESS", "ELEMENT_COMPLETED"))
                .containsExactly("Esp_Withdrawn");
    }

    @Test
    void interruptingEventSubProcessFiresOnlyOnce() {
        engine.deploy(caseWithWithdrawal(true));
        engine.startInstance("Process_Case", Map.of("caseId", "C-1"));
        engine.awaitJobs("assess", 1);

        withdraw("C-1");
        engine.awaitJob("close");
        withdraw("C-1");

        EngineAwait.noJob(engine, "close");
    }

    @Test
    void nonInterruptingEventSubProcessRunsAlongsideAndCanFireSeveralTimes() {
        engine.deploy(caseWithWithdrawal(false));
        long instance = engine.startInstance("Process_Case", Map.of("caseId", "C-1"));
        ActivatedJob assess = engine.awaitJob("assess");

        withdraw("C-1");
        engine.completeJob("close");
        withdraw("C-1");
        engine.completeJob("close");

        engine.client().newCompleteCommand(assess.getKey()).send().join();
        engine.completeJob("notify");
        EngineAwait.completed(engine, instance, "Process_Case");
        assertThat(engine.tables().completedElements(instance)).filteredOn("Esp_Withdrawn"::equals).hasSize(2);
        assertThat(engine.tables().terminatedElements(instance)).isEmpty();
    }

    @Test
    void theScopeCompletesOnlyAfterTheTriggeredEventSubProcessCompletes() {
        engine.deploy(caseWithWithdrawal(false));
        long instance = engine.startInstance("Process_Case", Map.of("caseId", "C-1"));
        withdraw("C-1");
        ActivatedJob close = engine.awaitJob("close");

        engine.completeJob("assess");
        engine.completeJob("notify");
        EngineAwait.elementCompleted(engine, instance, "Join");
        EngineAwait.staysTrue(() -> !engine.tables().isCompleted(instance, "Process_Case"));

        engine.client().newCompleteCommand(close.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Case");
    }

    @Test
    void interruptingEventSubProcessInAnEmbeddedSubProcessTerminatesOnlyThatScope() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Nested").startEvent().parallelGateway("Fork")
                .subProcess("Sub_Obligation", s -> s.embeddedSubProcess()
                        .eventSubProcess("Esp_Revised", e -> e.startEvent("Start_Revised").interrupting(true)
                                .message(m -> m.name("obligation-revised").zeebeCorrelationKeyExpression("caseId"))
                                .serviceTask("Task_Redo", t -> t.zeebeJobType("redo")).endEvent())
                        .startEvent().serviceTask("Task_Draft", t -> t.zeebeJobType("draft")).endEvent())
                .parallelGateway("Join")
                .moveToNode("Fork").serviceTask("Task_Outer", t -> t.zeebeJobType("outer")).connectTo("Join")
                .serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent().done());
        long instance = engine.startInstance("Process_Nested", Map.of("caseId", "C-1"));
        ActivatedJob draft = engine.awaitJob("draft");
        ActivatedJob outer = engine.awaitJob("outer");

        engine.publish("obligation-revised", "C-1", Duration.ZERO, Map.of());

        engine.completeJob("redo");
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Draft").doesNotContain("Task_Outer",
                "Sub_Obligation");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(draft.getKey()).send().join());
        EngineAwait.elementCompleted(engine, instance, "Sub_Obligation");
        engine.client().newCompleteCommand(outer.getKey()).send().join();
        engine.completeJob("after");
        EngineAwait.completed(engine, instance, "Process_Nested");
    }

    @Test
    void eventSubProcessInAnEmbeddedSubProcessListensOnlyWhileThatSubProcessIsActive() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Window").startEvent()
                .subProcess("Sub_Window", s -> s.embeddedSubProcess()
                        .eventSubProcess("Esp_Note", e -> e.startEvent("Start_Note").interrupting(false)
                                .message(m -> m.name("note").zeebeCorrelationKeyExpression("caseId"))
                                .serviceTask("Task_Note", t -> t.zeebeJobType("note")).endEvent())
                        .startEvent().serviceTask("Task_Inside", t -> t.zeebeJobType("inside")).endEvent())
                .serviceTask("Task_Later", t -> t.zeebeJobType("later")).endEvent().done());
        engine.startInstance("Process_Window", Map.of("caseId", "C-1"));
        engine.completeJob("inside");
        engine.awaitJob("later");

        engine.publish("note", "C-1", Duration.ZERO, Map.of());

        EngineAwait.noJob(engine, "note");
    }

    @Test
    void eventSubProcessReadsAndWritesTheVariablesOfItsScope() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Vars")
                .eventSubProcess("Esp_Count", e -> e.startEvent("Start_Count").interrupting(false)
                        .message(m -> m.name("count").zeebeCorrelationKeyExpression("caseId"))
                        .serviceTask("Task_Count", t -> t.zeebeJobType("count")).endEvent())
                .startEvent().serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
        engine.startInstance("Process_Vars", Map.of("caseId", "C-1", "counter", 1));
        ActivatedJob work = engine.awaitJob("work");

        engine.publish("count", "C-1", Duration.ZERO, Map.of());
        ActivatedJob count = engine.awaitJob("count");
        assertThat(count.getVariablesAsMap()).containsEntry("counter", 1);
        engine.client().newCompleteCommand(count.getKey()).variables(Map.of("counter", 2)).send().join();

        EngineAwait.elementCompleted(engine, work.getProcessInstanceKey(), "Esp_Count");
        engine.client().newFailCommand(work.getKey()).retries(1).send().join();
        assertThat(engine.awaitJob("work").getVariablesAsMap()).containsEntry("counter", 2);
    }
}
