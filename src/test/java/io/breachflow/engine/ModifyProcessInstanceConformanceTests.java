package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code ModifyProcessInstance} through the real client: moving tokens, adding tokens, atomic rejection. */
class ModifyProcessInstanceConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    /** Start → Task_A → Task_B → end. */
    private static BpmnModelInstance twoTasks() {
        return Bpmn.createExecutableProcess("Process_Two").startEvent()
                .serviceTask("Task_A", t -> t.zeebeJobType("a"))
                .serviceTask("Task_B", t -> t.zeebeJobType("b")).endEvent().done();
    }

    /** Start → Task_A → Sub (start → Task_S1 → end, boundary timer PT1H → Task_Overdue) → Task_After → end. */
    private static BpmnModelInstance withSubProcess() {
        return Bpmn.createExecutableProcess("Process_Sub").startEvent()
                .serviceTask("Task_A", t -> t.zeebeJobType("a"))
                .subProcess("Sub").embeddedSubProcess().startEvent("Sub_Start")
                .serviceTask("Task_S1", t -> t.zeebeJobType("s1")).endEvent("Sub_End").subProcessDone()
                .boundaryEvent("Timer_Overdue", b -> b.timerWithDuration("PT1H"))
                .serviceTask("Task_Overdue", t -> t.zeebeJobType("overdue")).endEvent()
                .moveToActivity("Sub").serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent()
                .done();
    }

    @Test
    void movesATokenOutOfAnIncident() {
        engine.deploy(twoTasks());
        long instance = engine.startInstance("Process_Two");
        ActivatedJob a = engine.awaitJob("a");
        engine.client().newFailCommand(a.getKey()).retries(0).errorMessage("relay down").send().join();
        EngineAwait.incident(engine, instance);

        engine.client().newModifyProcessInstanceCommand(instance).activateElement("Task_B").and()
                .terminateElement(a.getElementInstanceKey()).send().join();

        assertThat(engine.tables().incidents(instance)).extracting(EngineTables.Incident::state)
                .containsExactly("RESOLVED");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newUpdateRetriesCommand(a.getKey()).retries(1)
                .send().join());
        engine.completeJob("b");
        EngineAwait.completed(engine, instance, "Process_Two");
        assertThat(engine.tables().terminatedElements(instance)).containsExactly("Task_A");
        assertThat(engine.tables().count(instance, "PROCESS_INSTANCE_MODIFICATION", "MODIFIED")).isEqualTo(1);
    }

    @Test
    void addsAParallelTokenAndTheProcessEndsOnce() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Route").startEvent().exclusiveGateway("Route")
                .conditionExpression("= urgent").serviceTask("Task_Urgent", t -> t.zeebeJobType("urgent"))
                .endEvent("End_Urgent")
                .moveToLastExclusiveGateway().defaultFlow().serviceTask("Task_Normal", t -> t.zeebeJobType("normal"))
                .endEvent("End_Normal").done());
        long instance = engine.startInstance("Process_Route", Map.of("urgent", true));
        ActivatedJob urgent = engine.awaitJob("urgent");

        engine.client().newModifyProcessInstanceCommand(instance).activateElement("Task_Normal").send().join();

        ActivatedJob normal = engine.awaitJob("normal");
        engine.client().newCompleteCommand(normal.getKey()).send().join();
        EngineAwait.elementCompleted(engine, instance, "End_Normal");
        assertThat(engine.tables().isCompleted(instance, "Process_Route")).isFalse();
        engine.client().newCompleteCommand(urgent.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Route");
        assertThat(engine.tables().completedElements(instance)).containsOnlyOnce("Process_Route")
                .contains("End_Urgent", "End_Normal");
    }

    @Test
    void activatingInsideASubProcessCreatesTheScopeWithItsBoundaryEventButNotItsStartEvent() {
        engine.clock().pin(Instant.parse("2025-11-17T08:00:00Z"));
        engine.deploy(withSubProcess());
        long instance = engine.startInstance("Process_Sub");
        ActivatedJob a = engine.awaitJob("a");

        engine.client().newModifyProcessInstanceCommand(instance).activateElement("Task_S1").and()
                .terminateElement(a.getElementInstanceKey()).send().join();

        ActivatedJob s1 = engine.awaitJob("s1");
        assertThat(engine.tables().activatedElements(instance)).contains("Sub", "Task_S1").doesNotContain("Sub_Start");
        assertThat(engine.tables().count(instance, "TIMER", "CREATED")).isEqualTo(1);
        engine.clock().add(Duration.ofHours(1));
        assertThat(engine.awaitJob("overdue").getProcessInstanceKey()).isEqualTo(instance);
        EngineAwait.elementTerminated(engine, instance, "Sub");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(s1.getKey()).send().join());
    }

    @Test
    void variablesOfTheActivationLandInTheScopesTheyName() {
        engine.deploy(withSubProcess());
        long instance = engine.startInstance("Process_Sub");
        ActivatedJob a = engine.awaitJob("a");

        engine.client().newModifyProcessInstanceCommand(instance).activateElement("Task_S1")
                .withVariables(Map.of("global", 1))
                .withVariables(Map.of("inSub", 2), "Sub")
                .withVariables(Map.of("inTask", 3), "Task_S1").and()
                .terminateElement(a.getElementInstanceKey()).send().join();

        ActivatedJob s1 = engine.awaitJob("s1");
        assertThat(s1.getVariablesAsMap()).containsEntry("global", 1).containsEntry("inSub", 2)
                .containsEntry("inTask", 3);
        engine.client().newCompleteCommand(s1.getKey()).send().join();
        ActivatedJob after = engine.awaitJob("after");
        assertThat(after.getVariablesAsMap()).containsEntry("global", 1).doesNotContainKeys("inSub", "inTask");
    }

    @Test
    void anUnknownElementIsRejectedAndNothingChanges() {
        engine.deploy(twoTasks());
        long instance = engine.startInstance("Process_Two");
        ActivatedJob a = engine.awaitJob("a");

        String reason = Grpc.failsWith(Status.Code.INVALID_ARGUMENT, () -> engine.client()
                .newModifyProcessInstanceCommand(instance).activateElement("Task_B").and()
                .activateElement("Task_Missing").and().terminateElement(a.getElementInstanceKey()).send().join());

        assertThat(reason).contains("Task_Missing");
        assertThat(engine.tables().terminatedElements(instance)).isEmpty();
        assertThat(engine.tables().activatedElements(instance)).doesNotContain("Task_B");
        engine.client().newCompleteCommand(a.getKey()).send().join();
        engine.completeJob("b");
        EngineAwait.completed(engine, instance, "Process_Two");
    }

    @Test
    void badInstructionsAreRejectedNamingThem() {
        engine.deploy(withSubProcess());
        long instance = engine.startInstance("Process_Sub");
        ActivatedJob a = engine.awaitJob("a");

        assertThat(Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client()
                .newModifyProcessInstanceCommand(instance + 1000).activateElement("Task_A").send().join()))
                .contains(String.valueOf(instance + 1000));
        assertThat(Grpc.failsWith(Status.Code.INVALID_ARGUMENT, () -> engine.client()
                .newModifyProcessInstanceCommand(instance).terminateElement(a.getElementInstanceKey() + 1000)
                .send().join())).contains(String.valueOf(a.getElementInstanceKey() + 1000));
        assertThat(Grpc.failsWith(Status.Code.INVALID_ARGUMENT, () -> engine.client()
                .newModifyProcessInstanceCommand(instance).activateElement("Sub_Start").send().join()))
                .contains("Sub_Start");
        assertThat(Grpc.failsWith(Status.Code.INVALID_ARGUMENT, () -> engine.client()
                .newModifyProcessInstanceCommand(instance).activateElement("Task_After")
                .withVariables(Map.of("x", 1), "Task_S1").send().join())).contains("Task_S1");
        assertThat(Grpc.failsWith(Status.Code.INVALID_ARGUMENT, () -> engine.client()
                .newModifyProcessInstanceCommand(instance).activateElement("Task_S1", a.getElementInstanceKey())
                .send().join())).contains("not an ancestor");
        assertThat(engine.tables().terminatedElements(instance)).isEmpty();
    }

    @Test
    void terminatingEveryActiveElementEndsTheInstance() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Fork").startEvent().parallelGateway("Fork")
                .serviceTask("Task_Left", t -> t.zeebeJobType("left")).endEvent()
                .moveToNode("Fork").serviceTask("Task_Right", t -> t.zeebeJobType("right")).endEvent().done());
        long instance = engine.startInstance("Process_Fork");
        ActivatedJob left = engine.awaitJob("left");
        ActivatedJob right = engine.awaitJob("right");

        engine.client().newModifyProcessInstanceCommand(instance).terminateElement(left.getElementInstanceKey())
                .and().terminateElement(right.getElementInstanceKey()).send().join();

        EngineAwait.terminated(engine, instance, "Process_Fork");
        assertThat(engine.tables().isCompleted(instance, "Process_Fork")).isFalse();
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(left.getKey()).send().join());
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCancelInstanceCommand(instance).send().join());
    }

    @Test
    void terminatingTheLastElementOfASubProcessTerminatesTheSubProcessAndItsInstance() {
        engine.deploy(withSubProcess());
        long instance = engine.startInstance("Process_Sub");
        engine.completeJob("a");
        ActivatedJob s1 = engine.awaitJob("s1");

        engine.client().newModifyProcessInstanceCommand(instance).terminateElement(s1.getElementInstanceKey())
                .send().join();

        EngineAwait.terminated(engine, instance, "Process_Sub");
        assertThat(engine.tables().terminatedElements(instance)).containsSubsequence("Task_S1", "Sub", "Process_Sub");
        EngineAwait.noJob(engine, "after");
    }

    @Test
    void aCalledInstanceCannotBeEmptiedButItsCallActivityCanBeTerminated() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Child").startEvent()
                        .serviceTask("Task_Child", t -> t.zeebeJobType("child")).endEvent().done(),
                Bpmn.createExecutableProcess("Process_Parent").startEvent()
                        .callActivity("Call_Child", c -> c.zeebeProcessId("Process_Child"))
                        .serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent().done());
        long parent = engine.startInstance("Process_Parent");
        ActivatedJob child = engine.awaitJob("child");

        String reason = Grpc.failsWith(Status.Code.INVALID_ARGUMENT, () -> engine.client()
                .newModifyProcessInstanceCommand(child.getProcessInstanceKey())
                .terminateElement(child.getElementInstanceKey()).send().join());
        assertThat(reason).contains("call activity");

        long call = engine.tables().elementInstanceKey(parent, "Call_Child");
        engine.client().newModifyProcessInstanceCommand(parent).activateElement("Task_After").and()
                .terminateElement(call).send().join();
        EngineAwait.terminated(engine, child.getProcessInstanceKey(), "Process_Child");
        engine.completeJob("after");
        EngineAwait.completed(engine, parent, "Process_Parent");
    }

    @Test
    void theModificationSurvivesARestart() {
        engine.deploy(twoTasks());
        long instance = engine.startInstance("Process_Two");
        ActivatedJob a = engine.awaitJob("a");
        engine.client().newModifyProcessInstanceCommand(instance).activateElement("Task_B").and()
                .terminateElement(a.getElementInstanceKey()).send().join();

        engine.restartEngine();

        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(a.getKey()).send().join());
        engine.completeJob("b");
        EngineAwait.completed(engine, instance, "Process_Two");
    }
}
