package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every model in the project's top-level {@code bpmn/} folder deploys; invalid models are rejected. */
class BpmnFolderDeploymentTests {

    private static final Path BPMN_FOLDER = Path.of("bpmn");

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static List<Path> projectModels() throws IOException {
        if (!Files.isDirectory(BPMN_FOLDER)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(BPMN_FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    @Test
    void deploysEveryModelUnderTheBpmnFolderInOneCall() throws IOException {
        List<Path> models = projectModels();
        if (models.isEmpty()) {
            return; // nothing modelled yet
        }
        DeployResourceCommandStep1 command = engine.client().newDeployResourceCommand();
        DeployResourceCommandStep2 step = null;
        for (Path model : models) {
            byte[] content = Files.readAllBytes(model);
            String name = model.getFileName().toString();
            step = step == null ? command.addResourceBytes(content, name) : step.addResourceBytes(content, name);
        }

        DeploymentEvent deployment = step.send().join();

        assertThat(deployment.getProcesses()).hasSizeGreaterThanOrEqualTo(models.size());
    }

    @Test
    void rejectsAServiceTaskWithoutAJobTypeNamingTheTask() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Process_NoJobType").startEvent()
                .serviceTask("Task_MissingType").endEvent().done();

        String message = Grpc.failsWith(Code.INVALID_ARGUMENT, () -> engine.deploy(model));

        assertThat(message).contains("Task_MissingType");
        Grpc.failsWith(Code.NOT_FOUND, () -> engine.startInstance("Process_NoJobType"));
    }

    @Test
    void rejectsAnExclusiveGatewayFlowWithoutAConditionNamingTheFlow() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Process_NoCondition").startEvent()
                .exclusiveGateway("Gateway_Route")
                .sequenceFlowId("Flow_WithCondition").conditionExpression("= urgent").endEvent()
                .moveToLastExclusiveGateway().sequenceFlowId("Flow_WithoutCondition").endEvent().done();

        String message = Grpc.failsWith(Code.INVALID_ARGUMENT, () -> engine.deploy(model));

        assertThat(message).contains("Flow_WithoutCondition");
        Grpc.failsWith(Code.NOT_FOUND, () -> engine.startInstance("Process_NoCondition"));
    }
}
