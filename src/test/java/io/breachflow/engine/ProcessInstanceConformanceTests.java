package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProcessInstanceConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static BpmnModelInstance singleTask(String jobType) {
        return Bpmn.createExecutableProcess("Process_Notice").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    @Test
    void createsAnInstanceOfTheLatestVersionWithVariables() {
        engine.deploy(singleTask("v1"));
        long v2Key = engine.deploy(singleTask("v2")).getProcesses().get(0).getProcessDefinitionKey();

        ProcessInstanceEvent created = engine.client().newCreateInstanceCommand().bpmnProcessId("Process_Notice")
                .latestVersion().variables(Map.of("caseRef", "C-3")).send().join();

        assertThat(created.getVersion()).isEqualTo(2);
        assertThat(created.getProcessDefinitionKey()).isEqualTo(v2Key);
        assertThat(created.getBpmnProcessId()).isEqualTo("Process_Notice");
        assertThat(engine.awaitJob("v2").getVariablesAsMap()).containsEntry("caseRef", "C-3");
    }

    @Test
    void createsAnInstanceOfAnExplicitVersion() {
        engine.deploy(singleTask("v1"));
        engine.deploy(singleTask("v2"));

        ProcessInstanceEvent created = engine.client().newCreateInstanceCommand().bpmnProcessId("Process_Notice")
                .version(1).send().join();

        assertThat(created.getVersion()).isEqualTo(1);
        assertThat(engine.awaitJob("v1").getProcessInstanceKey()).isEqualTo(created.getProcessInstanceKey());
    }

    @Test
    void createsAnInstanceByProcessDefinitionKey() {
        long v1Key = engine.deploy(singleTask("v1")).getProcesses().get(0).getProcessDefinitionKey();
        engine.deploy(singleTask("v2"));

        ProcessInstanceEvent created = engine.client().newCreateInstanceCommand().processDefinitionKey(v1Key)
                .send().join();

        assertThat(created.getVersion()).isEqualTo(1);
        assertThat(created.getBpmnProcessId()).isEqualTo("Process_Notice");
        assertThat(engine.awaitJob("v1").getProcessInstanceKey()).isEqualTo(created.getProcessInstanceKey());
    }

    @Test
    void givesEveryInstanceItsOwnKey() {
        engine.deploy(singleTask("work"));

        long first = engine.startInstance("Process_Notice");
        long second = engine.startInstance("Process_Notice");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void answersCreateWithResultWhenTheInstanceCompletesWithAllRootVariables() {
        engine.deploy(singleTask("work"));
        CamundaFuture<ProcessInstanceResult> result = engine.client().newCreateInstanceCommand()
                .bpmnProcessId("Process_Notice").latestVersion().variables(Map.of("input", 1)).withResult().send();

        engine.completeJob("work", Map.of("output", 2));

        ProcessInstanceResult answer = result.join();
        assertThat(answer.getVariablesAsMap()).containsExactlyInAnyOrderEntriesOf(Map.of("input", 1, "output", 2));
        assertThat(answer.getBpmnProcessId()).isEqualTo("Process_Notice");
        assertThat(answer.getVersion()).isEqualTo(1);
    }

    @Test
    void createWithResultReturnsOnlyTheFetchedVariables() {
        engine.deploy(singleTask("work"));
        CamundaFuture<ProcessInstanceResult> result = engine.client().newCreateInstanceCommand()
                .bpmnProcessId("Process_Notice").latestVersion().variables(Map.of("input", 1)).withResult()
                .fetchVariables("output").send();

        engine.completeJob("work", Map.of("output", 2));

        assertThat(result.join().getVariablesAsMap()).containsExactlyEntriesOf(Map.of("output", 2));
    }

    @Test
    void createWithResultFailsWithDeadlineExceededAfterItsRequestTimeoutButTheInstanceRunsOn() {
        engine.deploy(singleTask("work"));
        long start = System.nanoTime();

        Grpc.failsWith(Status.Code.DEADLINE_EXCEEDED, () -> engine.client().newCreateInstanceCommand()
                .bpmnProcessId("Process_Notice").latestVersion().withResult()
                .requestTimeout(Duration.ofSeconds(1)).send().join());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(engine.awaitJob("work").getBpmnProcessId()).isEqualTo("Process_Notice");
    }

    @Test
    void cancelsAnActiveInstanceAndItsJobs() {
        engine.deploy(singleTask("work"));
        long instance = engine.startInstance("Process_Notice");
        var job = engine.awaitJob("work");

        engine.client().newCancelInstanceCommand(instance).send().join();

        assertThat(engine.tables().elements(instance, "ELEMENT_TERMINATED")).contains("Task_Work", "Process_Notice");
        assertThat(engine.activateNow("work")).isEmpty();
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(job.getKey()).send().join());
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCancelInstanceCommand(instance).send().join());
    }

    @Test
    void cancellingACompletedInstanceIsNotFound() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Empty").startEvent().endEvent().done());
        long instance = engine.client().newCreateInstanceCommand().bpmnProcessId("Process_Empty").latestVersion()
                .withResult().send().join().getProcessInstanceKey();

        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCancelInstanceCommand(instance).send().join());
    }
}
