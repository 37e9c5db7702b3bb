package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Terminate end events (B.15): end everything in the flow scope, then complete that scope. */
class TerminateEndEventConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @Test
    void terminateEndEventEndsTheWholeProcessAndCancelsTheOtherBranchesJobs() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Race").startEvent().parallelGateway("Fork")
                .serviceTask("Task_Fast", t -> t.zeebeJobType("fast")).endEvent("End_Terminate", e -> e.terminate())
                .moveToNode("Fork").serviceTask("Task_Slow", t -> t.zeebeJobType("slow")).endEvent().done());
        var result = engine.client().newCreateInstanceCommand().bpmnProcessId("Process_Race").latestVersion()
                .variables(Map.of("caseRef", "C-1")).withResult().requestTimeout(Duration.ofSeconds(15)).send();
        ActivatedJob slow = engine.awaitJob("slow");

        engine.completeJob("fast", Map.of("winner", "fast"));

        var completed = result.join();
        long instance = completed.getProcessInstanceKey();
        assertThat(completed.getVariablesAsMap()).containsEntry("winner", "fast");
        assertThat(engine.tables().completedElements(instance)).contains("End_Terminate", "Process_Race");
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Slow")
                .doesNotContain("Process_Race");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(slow.getKey()).send().join());
    }

    @Test
    void terminateEndEventInASubProcessEndsOnlyTheSubProcessAndTheParentContinues() {
        engine.deploy(Bpmn.createExecutableProcess("Process_SubRace").startEvent()
                .subProcess("Sub_Race").embeddedSubProcess().startEvent().parallelGateway("Fork")
                .serviceTask("Task_Fast", t -> t.zeebeJobType("fast")).endEvent("End_Terminate", e -> e.terminate())
                .moveToNode("Fork").serviceTask("Task_Slow", t -> t.zeebeJobType("slow")).endEvent()
                .subProcessDone()
                .serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent().done());
        long instance = engine.startInstance("Process_SubRace");
        ActivatedJob slow = engine.awaitJob("slow");

        engine.completeJob("fast");

        assertThat(engine.awaitJob("after").getProcessInstanceKey()).isEqualTo(instance);
        assertThat(engine.tables().completedElements(instance)).contains("Sub_Race");
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Slow").doesNotContain("Sub_Race");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(slow.getKey()).send().join());
    }

    @Test
    void terminateEndEventAlsoEndsARunningNonInterruptingEventSubProcess() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Stop")
                .eventSubProcess("Esp_Note", e -> e.startEvent("Start_Note").interrupting(false)
                        .message(m -> m.name("note").zeebeCorrelationKeyExpression("caseId"))
                        .serviceTask("Task_Note", t -> t.zeebeJobType("note")).endEvent())
                .startEvent().serviceTask("Task_Work", t -> t.zeebeJobType("work"))
                .endEvent("End_Terminate", e -> e.terminate()).done());
        long instance = engine.startInstance("Process_Stop", Map.of("caseId", "C-1"));
        ActivatedJob work = engine.awaitJob("work");
        engine.publish("note", "C-1", Duration.ZERO, Map.of());
        ActivatedJob note = engine.awaitJob("note");

        engine.client().newCompleteCommand(work.getKey()).send().join();

        EngineAwait.completed(engine, instance, "Process_Stop");
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Note", "Esp_Note");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(note.getKey()).send().join());
    }
}
