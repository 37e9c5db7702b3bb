package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status.Code;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** gRPC status codes of bad requests, and UNIMPLEMENTED for the one RPC the engine does not serve. */
class ErrorCodeConformanceTests {

    private static final long UNKNOWN_KEY = 2251799813999999L;

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @BeforeEach
    void deploy() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Codes").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
    }

    @Test
    void unknownKeysAreNotFound() {
        var client = engine.client();
        Grpc.failsWith(Code.NOT_FOUND, () -> client.newCompleteCommand(UNKNOWN_KEY).send().join());
        Grpc.failsWith(Code.NOT_FOUND, () -> client.newFailCommand(UNKNOWN_KEY).retries(1).send().join());
        Grpc.failsWith(Code.NOT_FOUND, () -> client.newUpdateRetriesCommand(UNKNOWN_KEY).retries(1).send().join());
        Grpc.failsWith(Code.NOT_FOUND, () -> client.newUpdateTimeoutCommand(UNKNOWN_KEY).timeout(1000).send().join());
        Grpc.failsWith(Code.NOT_FOUND, () -> client.newCancelInstanceCommand(UNKNOWN_KEY).send().join());
        Grpc.failsWith(Code.NOT_FOUND, () -> client.newResolveIncidentCommand(UNKNOWN_KEY).send().join());
        Grpc.failsWith(Code.NOT_FOUND,
                () -> client.newSetVariablesCommand(UNKNOWN_KEY).variables(Map.of("a", 1)).send().join());
        Grpc.failsWith(Code.NOT_FOUND,
                () -> client.newCreateInstanceCommand().processDefinitionKey(UNKNOWN_KEY).send().join());
    }

    @Test
    void creatingAnInstanceOfAnUnknownProcessIsNotFound() {
        Grpc.failsWith(Code.NOT_FOUND, () -> engine.startInstance("Process_Unknown"));
        Grpc.failsWith(Code.NOT_FOUND, () -> engine.client().newCreateInstanceCommand()
                .bpmnProcessId("Process_Codes").version(7).send().join());
    }

    @Test
    void completingAJobWhoseFailureLeftNoRetriesIsAFailedPrecondition() {
        engine.startInstance("Process_Codes");
        ActivatedJob job = engine.awaitJob("work");
        engine.client().newFailCommand(job.getKey()).retries(0).send().join();

        Grpc.failsWith(Code.FAILED_PRECONDITION, () -> engine.client().newCompleteCommand(job.getKey()).send().join());
    }

    @Test
    void completingAJobWaitingForItsRetryBackOffIsAFailedPrecondition() {
        engine.startInstance("Process_Codes");
        ActivatedJob job = engine.awaitJob("work");
        engine.client().newFailCommand(job.getKey()).retries(2).retryBackoff(Duration.ofMinutes(5)).send().join();

        Grpc.failsWith(Code.FAILED_PRECONDITION, () -> engine.client().newCompleteCommand(job.getKey()).send().join());
    }

    @Test
    void variablesWhoseJsonRootIsNotAnObjectAreInvalid() {
        long instance = engine.startInstance("Process_Codes");
        ActivatedJob job = engine.awaitJob("work");

        Grpc.failsWith(Code.INVALID_ARGUMENT, () -> engine.client().newCreateInstanceCommand()
                .bpmnProcessId("Process_Codes").latestVersion().variables("[1, 2]").send().join());
        Grpc.failsWith(Code.INVALID_ARGUMENT,
                () -> engine.client().newSetVariablesCommand(instance).variables("\"text\"").send().join());
        Grpc.failsWith(Code.INVALID_ARGUMENT,
                () -> engine.client().newCompleteCommand(job.getKey()).variables("42").send().join());
    }

    @Test
    void activatingWithABlankTypeIsInvalid() {
        Grpc.failsWith(Code.INVALID_ARGUMENT, () -> engine.client().newActivateJobsCommand().jobType(" ")
                .maxJobsToActivate(1).requestTimeout(Duration.ofMillis(-1)).send().join());
    }

    @Test
    void activatingFewerThanOneJobIsInvalid() {
        Grpc.failsWith(Code.INVALID_ARGUMENT, () -> engine.client().newActivateJobsCommand().jobType("work")
                .maxJobsToActivate(0).requestTimeout(Duration.ofMillis(-1)).send().join());
    }

    @Test
    void modifyingMigratingOrDeletingSomethingUnknownIsNotFound() {
        var client = engine.client();
        Grpc.failsWith(Code.NOT_FOUND, () -> client.newModifyProcessInstanceCommand(UNKNOWN_KEY)
                .activateElement("Task_Work").send().join());
        Grpc.failsWith(Code.NOT_FOUND, () -> client.newDeleteResourceCommand(UNKNOWN_KEY).send().join());
        assertThat(Grpc.failsWith(Code.NOT_FOUND, () -> client.newMigrateProcessInstanceCommand(UNKNOWN_KEY)
                .migrationPlan(UNKNOWN_KEY).addMappingInstruction("Task_Work", "Task_Work").send().join()))
                .contains(String.valueOf(UNKNOWN_KEY));
    }
}
