package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeploymentConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static BpmnModelInstance singleTask(String processId, String jobType) {
        return Bpmn.createExecutableProcess(processId).startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    @Test
    void deploysSeveralResourcesInOneCall() {
        DeploymentEvent deployment = engine.deploy(singleTask("Process_A", "a"), singleTask("Process_B", "b"));

        assertThat(deployment.getKey()).isPositive();
        assertThat(deployment.getProcesses()).extracting(Process::getBpmnProcessId, Process::getVersion,
                        Process::getResourceName)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Process_A", 1, "Process_A.bpmn"),
                        org.assertj.core.groups.Tuple.tuple("Process_B", 1, "Process_B.bpmn"));
        assertThat(deployment.getProcesses()).extracting(Process::getProcessDefinitionKey).doesNotHaveDuplicates();
    }

    private Process deployXml(String xml) {
        return engine.client().newDeployResourceCommand()
                .addResourceStringUtf8(xml, "Process_Same.bpmn").send().join().getProcesses().get(0);
    }

    /** The model builder generates fresh random ids each time, so the very same XML is deployed twice. */
    @Test
    void redeployingUnchangedContentKeepsTheVersionAndKey() {
        String xml = Bpmn.convertToString(singleTask("Process_Same", "a"));
        Process first = deployXml(xml);

        Process second = deployXml(xml);

        assertThat(second.getVersion()).isEqualTo(1);
        assertThat(second.getProcessDefinitionKey()).isEqualTo(first.getProcessDefinitionKey());
    }

    @Test
    void deployingChangedContentCreatesTheNextVersion() {
        Process first = engine.deploy(singleTask("Process_Versioned", "v1")).getProcesses().get(0);

        Process second = engine.deploy(singleTask("Process_Versioned", "v2")).getProcesses().get(0);

        assertThat(second.getVersion()).isEqualTo(2);
        assertThat(second.getProcessDefinitionKey()).isNotEqualTo(first.getProcessDefinitionKey());
    }

    @Test
    void deploysRawXmlResources() {
        String xml = Bpmn.convertToString(singleTask("Process_Xml", "xml"));

        DeploymentEvent deployment = engine.client().newDeployResourceCommand()
                .addResourceBytes(xml.getBytes(StandardCharsets.UTF_8), "notice.bpmn").send().join();

        assertThat(deployment.getProcesses()).singleElement()
                .satisfies(p -> assertThat(p.getResourceName()).isEqualTo("notice.bpmn"));
    }

    @Test
    void rejectsAnInvalidModelNamingTheElementAndStoresNothingOfThatDeployment() {
        BpmnModelInstance invalid = Bpmn.createExecutableProcess("Process_Broken").startEvent()
                .serviceTask("Task_WithoutType").endEvent().done();

        String message = Grpc.failsWith(Status.Code.INVALID_ARGUMENT,
                () -> engine.deploy(singleTask("Process_Valid", "valid"), invalid));

        assertThat(message).contains("Task_WithoutType");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.startInstance("Process_Valid"));
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.startInstance("Process_Broken"));
    }

    @Test
    void rejectsAResourceThatIsNotBpmn() {
        Grpc.failsWith(Status.Code.INVALID_ARGUMENT, () -> engine.client().newDeployResourceCommand()
                .addResourceBytes("not xml at all".getBytes(StandardCharsets.UTF_8), "broken.bpmn").send().join());
    }
}
