package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /v2/process-instances/{key}/modification} through the REST-preferring client: the same command as gRPC
 * ModifyProcessInstance, so the same token moves and the same rejections, as 8.8 problems (404, 400).
 */
class RestModifyProcessInstanceConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private CamundaClient rest;

    /** Start → Task_A → Sub (start → Task_S1 → end) → Task_B → end. */
    @BeforeEach
    void deploy() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Sub").startEvent()
                .serviceTask("Task_A", t -> t.zeebeJobType("a"))
                .subProcess("Sub").embeddedSubProcess().startEvent("Sub_Start")
                .serviceTask("Task_S1", t -> t.zeebeJobType("s1")).endEvent("Sub_End").subProcessDone()
                .serviceTask("Task_B", t -> t.zeebeJobType("b")).endEvent().done());
        rest = engine.restClient();
    }

    private static ProblemException problem(ThrowingCallable call) {
        return assertThatExceptionOfType(ProblemException.class).isThrownBy(call).actual();
    }

    @Test
    void movesATokenOutOfAnIncidentIntoASubProcessWithVariablesInTheScopesTheyName() {
        long instance = engine.startInstance("Process_Sub");
        ActivatedJob a = engine.awaitJob("a");
        engine.client().newFailCommand(a.getKey()).retries(0).errorMessage("relay down").send().join();
        EngineAwait.incident(engine, instance);

        rest.newModifyProcessInstanceCommand(instance).activateElement("Task_S1")
                .withVariables(Map.of("caseId", "C-3"))
                .withVariables(Map.of("inSub", true), "Sub").and()
                .terminateElement(a.getElementInstanceKey()).send().join();

        ActivatedJob s1 = engine.awaitJob("s1");
        assertThat(s1.getVariablesAsMap()).containsEntry("caseId", "C-3").containsEntry("inSub", true);
        assertThat(engine.tables().incidents(instance)).extracting(EngineTables.Incident::state)
                .containsExactly("RESOLVED");
        engine.client().newCompleteCommand(s1.getKey()).send().join();
        assertThat(engine.awaitJob("b").getVariablesAsMap()).containsEntry("caseId", "C-3")
                .doesNotContainKey("inSub");
        assertThat(engine.tables().count(instance, "PROCESS_INSTANCE_MODIFICATION", "MODIFIED")).isEqualTo(1);
    }

    @Test
    void activatesUnderTheAncestorInstanceItIsGiven() {
        long instance = engine.startInstance("Process_Sub");
        engine.completeJob("a");
        ActivatedJob s1 = engine.awaitJob("s1");
        long sub = engine.tables().elementInstanceKey(instance, "Sub");

        rest.newModifyProcessInstanceCommand(instance).activateElement("Task_S1", sub).send().join();

        ActivatedJob second = engine.awaitJob("s1");
        assertThat(second.getElementInstanceKey()).isNotEqualTo(s1.getElementInstanceKey());
        assertThat(engine.tables().activatedElements(instance)).containsOnlyOnce("Sub");
    }

    @Test
    void anUnknownInstanceIsNotFoundNamingTheKey() {
        long instance = engine.startInstance("Process_Sub");

        ProblemException missing = problem(() -> rest.newModifyProcessInstanceCommand(instance + 1000)
                .activateElement("Task_B").send().join());

        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.details().getTitle()).isEqualTo("NOT_FOUND");
        assertThat(missing.details().getDetail()).contains(String.valueOf(instance + 1000));
    }

    @Test
    void badInstructionsAreABadRequestWithTheGrpcMessageAndNothingChanges() {
        long instance = engine.startInstance("Process_Sub");
        ActivatedJob a = engine.awaitJob("a");

        ProblemException unknown = problem(() -> rest.newModifyProcessInstanceCommand(instance)
                .activateElement("Task_B").and().activateElement("Task_Missing").and()
                .terminateElement(a.getElementInstanceKey()).send().join());
        String grpc = Grpc.failsWith(Status.Code.INVALID_ARGUMENT, () -> engine.client()
                .newModifyProcessInstanceCommand(instance).activateElement("Task_B").and()
                .activateElement("Task_Missing").and().terminateElement(a.getElementInstanceKey()).send().join());
        ProblemException badTerminate = problem(() -> rest.newModifyProcessInstanceCommand(instance)
                .terminateElement(a.getElementInstanceKey() + 1000).send().join());
        ProblemException startEvent = problem(() -> rest.newModifyProcessInstanceCommand(instance)
                .activateElement("Sub_Start").send().join());

        assertThat(unknown.code()).isEqualTo(400);
        assertThat(unknown.details().getTitle()).isEqualTo("INVALID_ARGUMENT");
        assertThat(unknown.details().getDetail()).contains("'Task_Missing'").isEqualTo(grpc);
        assertThat(badTerminate.code()).isEqualTo(400);
        assertThat(badTerminate.details().getDetail()).contains(String.valueOf(a.getElementInstanceKey() + 1000));
        assertThat(startEvent.details().getDetail()).contains("Sub_Start");
        assertThat(engine.tables().terminatedElements(instance)).isEmpty();
        assertThat(engine.tables().activatedElements(instance)).doesNotContain("Task_B");
        engine.client().newCompleteCommand(a.getKey()).send().join();
        engine.completeJob("s1");
        engine.completeJob("b");
        EngineAwait.completed(engine, instance, "Process_Sub");
    }
}
