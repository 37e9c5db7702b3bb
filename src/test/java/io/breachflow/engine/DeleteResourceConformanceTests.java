package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code DeleteResource} through the real client, with Zeebe 8.8's rules for process definitions and DRGs. */
class DeleteResourceConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static BpmnModelInstance version(String jobType) {
        return Bpmn.createExecutableProcess("Process_Notice").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    private long deploy(BpmnModelInstance model) {
        return engine.deploy(model).getProcesses().get(0).getProcessDefinitionKey();
    }

    private void delete(long key) {
        engine.client().newDeleteResourceCommand(key).send().join();
    }

    @Test
    void deletingTheLatestVersionMakesThePreviousOneTheLatestAndTheVersionIsNotReused() {
        deploy(version("v1"));
        long v2 = deploy(version("v2"));

        delete(v2);

        long instance = engine.startInstance("Process_Notice");
        assertThat(engine.awaitJob("v1").getProcessInstanceKey()).isEqualTo(instance);
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCreateInstanceCommand()
                .processDefinitionKey(v2).send().join());
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCreateInstanceCommand()
                .bpmnProcessId("Process_Notice").version(2).send().join());
        DeploymentEvent v3 = engine.deploy(version("v3"));
        assertThat(v3.getProcesses().get(0).getVersion()).isEqualTo(3);
    }

    @Test
    void deletingTheOnlyVersionLeavesNothingToStartAndTheXmlIsGone() {
        long v1 = deploy(version("v1"));

        delete(v1);

        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.startInstance("Process_Notice"));
        assertThatExceptionOfType(ProblemException.class)
                .isThrownBy(() -> engine.client().newProcessDefinitionGetXmlRequest(v1).send().join())
                .satisfies(problem -> assertThat(problem.code()).isEqualTo(404));
        assertThat(engine.deploy(version("v1")).getProcesses().get(0).getVersion()).isEqualTo(2);
    }

    @Test
    void anUnknownKeyIsNotFound() {
        String reason = Grpc.failsWith(Status.Code.NOT_FOUND,
                () -> engine.client().newDeleteResourceCommand(2251799813685999L).send().join());

        assertThat(reason).contains("2251799813685999");
    }

    @Test
    void aDefinitionWithRunningInstancesIsRefusedUntilTheyEnd() {
        long v1 = deploy(version("v1"));
        long instance = engine.startInstance("Process_Notice");
        ActivatedJob job = engine.awaitJob("v1");

        String reason = Grpc.failsWith(Status.Code.FAILED_PRECONDITION, () -> delete(v1));

        assertThat(reason).contains("running instances");
        engine.client().newCompleteCommand(job.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Notice");
        delete(v1);
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> delete(v1));
    }

    @Test
    void deletingTheLatestVersionReopensThePreviousVersionsMessageStartEvent() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Inbox").startEvent().message("breach-reported")
                .serviceTask("Task_Work", t -> t.zeebeJobType("inbox-v1")).endEvent().done());
        long v2 = engine.deploy(Bpmn.createExecutableProcess("Process_Inbox").startEvent().message("breach-reported")
                .serviceTask("Task_Work", t -> t.zeebeJobType("inbox-v2")).endEvent().done())
                .getProcesses().get(0).getProcessDefinitionKey();

        delete(v2);
        engine.publish("breach-reported", "", Duration.ZERO, Map.of());

        engine.awaitJob("inbox-v1");
        EngineAwait.noJob(engine, "inbox-v2");
    }

    @Test
    void deletingADecisionRequirementsGraphRemovesItsDecisions() {
        DeploymentEvent first = DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);
        String stricter = DmnFiles.text(DmnFiles.BREACH_RISK).replace("records &gt; 1000", "records &gt; 100");
        DeploymentEvent second = DmnFiles.deployText(engine, stricter, DmnFiles.BREACH_RISK);
        long drg = second.getDecisionRequirements().get(0).getDecisionRequirementsKey();

        delete(drg);

        assertThat(engine.client().newEvaluateDecisionCommand().decisionId("Decision_RiskLevel")
                .variables(Map.of("records", 300)).send().join().getDecisionVersion()).isEqualTo(1);
        long deletedDecision = second.getDecisions().get(0).getDecisionKey();
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newEvaluateDecisionCommand()
                .decisionKey(deletedDecision).send().join());
        assertThat(first.getDecisionRequirements().get(0).getVersion()).isEqualTo(1);
        assertThat(DmnFiles.deployText(engine, stricter, DmnFiles.BREACH_RISK).getDecisionRequirements().get(0)
                .getVersion()).isEqualTo(3);
    }
}
