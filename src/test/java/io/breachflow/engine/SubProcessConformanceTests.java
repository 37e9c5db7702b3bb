package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SubProcessConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @Test
    void runsEmbeddedSubProcessFromItsStartToItsEndAndThenContinues() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Sub").startEvent()
                .subProcess("Sub_Notify").embeddedSubProcess().startEvent("Sub_Start")
                .serviceTask("Task_Inner", t -> t.zeebeJobType("inner")).endEvent("Sub_End").subProcessDone()
                .serviceTask("Task_Outer", t -> t.zeebeJobType("outer")).endEvent().done());
        long instance = engine.startInstance("Process_Sub");

        ActivatedJob inner = engine.completeJob("inner");
        engine.completeJob("outer");

        EngineAwait.completed(engine, instance, "Process_Sub");
        assertThat(inner.getElementId()).isEqualTo("Task_Inner");
        assertThat(engine.tables().completedElements(instance))
                .containsSubsequence("Sub_Start", "Task_Inner", "Sub_End", "Sub_Notify", "Task_Outer", "Process_Sub");
    }

    @Test
    void runsNestedSubProcesses() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Nested").startEvent()
                .subProcess("Sub_Outer").embeddedSubProcess().startEvent()
                .subProcess("Sub_Inner").embeddedSubProcess().startEvent()
                .serviceTask("Task_Deep", t -> t.zeebeJobType("deep")).endEvent().subProcessDone()
                .endEvent().subProcessDone().endEvent().done());

        var result = engine.client().newCreateInstanceCommand().bpmnProcessId("Process_Nested").latestVersion()
                .withResult().send();
        engine.completeJob("deep", Map.of("depth", 2));

        assertThat(result.join().getVariablesAsMap()).containsEntry("depth", 2);
    }

    @Test
    void dropsSubProcessLocalVariablesWhenItEndsWithoutOutputMappings() {
        engine.deploy(Bpmn.createExecutableProcess("Process_SubLocal").startEvent()
                .subProcess("Sub_Scope", s -> s.zeebeInputExpression("\"draft\"", "noticeState"))
                .embeddedSubProcess().startEvent()
                .serviceTask("Task_Inner", t -> t.zeebeJobType("inner")).endEvent().subProcessDone()
                .endEvent().done());
        var result = engine.client().newCreateInstanceCommand().bpmnProcessId("Process_SubLocal").latestVersion()
                .withResult().send();

        ActivatedJob job = engine.completeJob("inner", Map.of("noticeState", "approved"));

        assertThat(job.getVariablesAsMap()).containsEntry("noticeState", "draft");
        assertThat(result.join().getVariablesAsMap()).doesNotContainKey("noticeState");
    }

    @Test
    void exportsSubProcessLocalVariablesThroughOutputMappings() {
        engine.deploy(Bpmn.createExecutableProcess("Process_SubOut").startEvent()
                .subProcess("Sub_Scope", s -> s.zeebeInputExpression("\"draft\"", "noticeState")
                        .zeebeOutputExpression("noticeState", "finalState"))
                .embeddedSubProcess().startEvent()
                .serviceTask("Task_Inner", t -> t.zeebeJobType("inner")).endEvent().subProcessDone()
                .endEvent().done());
        var result = engine.client().newCreateInstanceCommand().bpmnProcessId("Process_SubOut").latestVersion()
                .withResult().send();

        engine.completeJob("inner", Map.of("noticeState", "approved"));

        assertThat(result.join().getVariablesAsMap()).containsEntry("finalState", "approved")
                .doesNotContainKey("noticeState");
    }

    @Test
    void cancellingTheInstanceTerminatesTheSubProcessAndItsJob() {
        engine.deploy(Bpmn.createExecutableProcess("Process_SubCancel").startEvent()
                .subProcess("Sub_Cancel").embeddedSubProcess().startEvent()
                .serviceTask("Task_Inner", t -> t.zeebeJobType("inner")).endEvent().subProcessDone()
                .endEvent().done());
        long instance = engine.startInstance("Process_SubCancel");
        ActivatedJob job = engine.awaitJob("inner");

        engine.client().newCancelInstanceCommand(instance).send().join();

        assertThat(engine.tables().elements(instance, "ELEMENT_TERMINATED"))
                .contains("Task_Inner", "Sub_Cancel", "Process_SubCancel");
        Grpc.failsWith(io.grpc.Status.Code.NOT_FOUND,
                () -> engine.client().newCompleteCommand(job.getKey()).send().join());
    }
}
