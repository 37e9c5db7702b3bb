package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Service, send, script and business-rule tasks in job mode; pass-through elements; none events. */
class ServiceTaskConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @Test
    void createsJobWithStaticTypeDefaultRetriesAndProcessMetadata() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Static").startEvent()
                .serviceTask("Task_Check", t -> t.zeebeJobType("check")).endEvent().done());
        long instance = engine.startInstance("Process_Static", Map.of("caseRef", "C-1"));

        ActivatedJob job = engine.awaitJob("check");

        assertThat(job.getType()).isEqualTo("check");
        assertThat(job.getRetries()).isEqualTo(3);
        assertThat(job.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(job.getBpmnProcessId()).isEqualTo("Process_Static");
        assertThat(job.getProcessDefinitionVersion()).isEqualTo(1);
        assertThat(job.getElementId()).isEqualTo("Task_Check");
        assertThat(job.getElementInstanceKey()).isPositive().isNotEqualTo(instance);
        assertThat(job.getVariablesAsMap()).containsEntry("caseRef", "C-1");
    }

    @Test
    void evaluatesFeelJobTypeAndRetriesOnActivation() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Feel").startEvent()
                .serviceTask("Task_Dynamic", t -> t.zeebeJobTypeExpression("\"notify-\" + channel")
                        .zeebeJobRetriesExpression("attempts + 1"))
                .endEvent().done());
        engine.startInstance("Process_Feel", Map.of("channel", "mail", "attempts", 4));

        ActivatedJob job = engine.awaitJob("notify-mail");

        assertThat(job.getRetries()).isEqualTo(5);
    }

    @Test
    void usesStaticRetriesFromTheModel() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Retries").startEvent()
                .serviceTask("Task_R", t -> t.zeebeJobType("retrying").zeebeJobRetries("7")).endEvent().done());
        engine.startInstance("Process_Retries");

        assertThat(engine.awaitJob("retrying").getRetries()).isEqualTo(7);
    }

    @Test
    void passesTaskHeadersAsCustomHeaders() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Headers").startEvent()
                .serviceTask("Task_H", t -> t.zeebeJobType("headers")
                        .zeebeTaskHeader("regime", "gdpr").zeebeTaskHeader("template", "notice_en"))
                .endEvent().done());
        engine.startInstance("Process_Headers");

        assertThat(engine.awaitJob("headers").getCustomHeaders())
                .containsExactlyInAnyOrderEntriesOf(Map.of("regime", "gdpr", "template", "notice_en"));
    }

    @Test
    void completesServiceTaskAndContinuesToTheEnd() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Seq").startEvent("Start")
                .serviceTask("Task_One", t -> t.zeebeJobType("one"))
                .serviceTask("Task_Two", t -> t.zeebeJobType("two")).endEvent("End").done());
        long instance = engine.startInstance("Process_Seq");

        engine.completeJob("one");
        engine.completeJob("two");

        EngineAwait.completed(engine, instance, "Process_Seq");
        assertThat(engine.tables().completedElements(instance))
                .containsSubsequence("Start", "Task_One", "Task_Two", "End", "Process_Seq");
    }

    @Test
    void runsSendScriptAndBusinessRuleTasksInJobMode() {
        engine.deploy(Bpmn.createExecutableProcess("Process_JobModes").startEvent()
                .sendTask("Task_Send", t -> t.zeebeJobType("send"))
                .scriptTask("Task_Script", t -> t.zeebeJobType("script"))
                .businessRuleTask("Task_Rule", t -> t.zeebeJobType("rule"))
                .endEvent().done());
        var result = engine.client().newCreateInstanceCommand().bpmnProcessId("Process_JobModes")
                .latestVersion().withResult().send();

        assertThat(engine.completeJob("send", Map.of("sent", true)).getElementId()).isEqualTo("Task_Send");
        assertThat(engine.completeJob("script", Map.of("scored", 2)).getElementId()).isEqualTo("Task_Script");
        assertThat(engine.completeJob("rule", Map.of("decided", "notify")).getElementId()).isEqualTo("Task_Rule");

        assertThat(result.join().getVariablesAsMap())
                .containsEntry("sent", true).containsEntry("scored", 2).containsEntry("decided", "notify");
    }

    @Test
    void passesStraightThroughManualUndefinedTaskAndNoneThrowEvent() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Pass").startEvent("Start")
                .manualTask("Task_Manual").task("Task_Plain").intermediateThrowEvent("Event_Milestone")
                .endEvent("End").done());

        ProcessInstanceResult result = engine.client().newCreateInstanceCommand().bpmnProcessId("Process_Pass")
                .latestVersion().variables(Map.of("kept", 1)).withResult().send().join();

        assertThat(result.getVariablesAsMap()).containsExactlyEntriesOf(Map.of("kept", 1));
        assertThat(engine.tables().completedElements(result.getProcessInstanceKey()))
                .containsSubsequence("Start", "Task_Manual", "Task_Plain", "Event_Milestone", "End", "Process_Pass");
    }
}
