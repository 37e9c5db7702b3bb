package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.CallActivityBuilder;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Call activities (B.10): which process is called, which variables cross, and what crosses back. */
class CallActivityConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static BpmnModelInstance child(String jobType) {
        return Bpmn.createExecutableProcess("Process_Child").startEvent()
                .serviceTask("Task_Child", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    private static BpmnModelInstance parent(Consumer<CallActivityBuilder> call) {
        return Bpmn.createExecutableProcess("Process_Parent").startEvent()
                .callActivity("Call_Child", call)
                .serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent().done();
    }

    private CompletionStage<ProcessInstanceResult> startParentWithResult(Map<String, Object> variables) {
        return engine.client().newCreateInstanceCommand().bpmnProcessId("Process_Parent").latestVersion()
                .variables(variables).withResult().requestTimeout(Duration.ofSeconds(15)).send();
    }

    @Test
    void callActivityStartsTheLatestVersionOfTheCalledProcessAndContinuesWhenItCompletes() {
        engine.deploy(child("child-v1"));
        engine.deploy(child("child-v2"));
        engine.deploy(parent(c -> c.zeebeProcessId("Process_Child")));
        long parent = engine.startInstance("Process_Parent", Map.of("caseRef", "C-1"));

        ActivatedJob childJob = engine.awaitJob("child-v2");
        assertThat(childJob.getProcessInstanceKey()).isNotEqualTo(parent);
        assertThat(childJob.getBpmnProcessId()).isEqualTo("Process_Child");
        assertThat(childJob.getProcessDefinitionVersion()).isEqualTo(2);
        assertThat(childJob.getVariablesAsMap()).containsEntry("caseRef", "C-1");
        EngineAwait.noJob(engine, "child-v1");
        engine.client().newCompleteCommand(childJob.getKey()).send().join();

        assertThat(engine.awaitJob("after").getProcessInstanceKey()).isEqualTo(parent);
        EngineAwait.completed(engine, childJob.getProcessInstanceKey(), "Process_Child");
        assertThat(engine.tables().elementsOfType(parent, "CALL_ACTIVITY", "ELEMENT_COMPLETED"))
                .containsExactly("Call_Child");
    }

    @Test
    void calledProcessIdCanComeFromAFeelExpression() {
        engine.deploy(child("child"), parent(c -> c.zeebeProcessIdExpression("childProcess")));

        engine.startInstance("Process_Parent", Map.of("childProcess", "Process_Child"));

        assertThat(engine.awaitJob("child").getBpmnProcessId()).isEqualTo("Process_Child");
    }

    @Test
    void bindingDeploymentCallsTheVersionDeployedTogetherWithTheCaller() {
        engine.deploy(child("child-v1"), parent(c -> c.zeebeProcessId("Process_Child")
                .zeebeBindingType(ZeebeBindingType.deployment)));
        engine.deploy(child("child-v2"));

        engine.startInstance("Process_Parent");

        assertThat(engine.awaitJob("child-v1").getProcessDefinitionVersion()).isEqualTo(1);
        EngineAwait.noJob(engine, "child-v2");
    }

    @Test
    void bindingVersionTagCallsTheVersionWithThatTag() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Child").versionTag("2025.1").startEvent()
                .serviceTask("Task_Child", t -> t.zeebeJobType("child-2025.1")).endEvent().done());
        engine.deploy(Bpmn.createExecutableProcess("Process_Child").versionTag("2025.2").startEvent()
                .serviceTask("Task_Child", t -> t.zeebeJobType("child-2025.2")).endEvent().done());
        engine.deploy(parent(c -> c.zeebeProcessId("Process_Child").zeebeBindingType(ZeebeBindingType.versionTag)
                .zeebeVersionTag("2025.1")));

        engine.startInstance("Process_Parent");

        engine.awaitJob("child-2025.1");
        EngineAwait.noJob(engine, "child-2025.2");
    }

    @Test
    void withoutParentPropagationOnlyTheInputMappedVariablesReachTheChild() {
        engine.deploy(child("child"), parent(c -> c.zeebeProcessId("Process_Child")
                .zeebePropagateAllParentVariables(false).zeebeInputExpression("caseRef", "ref")));

        engine.startInstance("Process_Parent", Map.of("caseRef", "C-1", "victimCount", 4500));

        assertThat(engine.awaitJob("child").getVariablesAsMap()).containsEntry("ref", "C-1")
                .doesNotContainKey("caseRef").doesNotContainKey("victimCount");
    }

    @Test
    void byDefaultAllParentVariablesReachTheChild() {
        engine.deploy(child("child"), parent(c -> c.zeebeProcessId("Process_Child")));

        engine.startInstance("Process_Parent", Map.of("caseRef", "C-1", "victimCount", 4500));

        assertThat(engine.awaitJob("child").getVariablesAsMap()).containsEntry("caseRef", "C-1")
                .containsEntry("victimCount", 4500);
    }

    @Test
    void byDefaultTheChildsVariablesComeBackToTheParent() {
        engine.deploy(child("child"), parent(c -> c.zeebeProcessId("Process_Child")));
        var result = startParentWithResult(Map.of());

        engine.completeJob("child", Map.of("verdict", "reportable"));
        engine.completeJob("after");

        assertThat(result.toCompletableFuture().join().getVariablesAsMap()).containsEntry("verdict", "reportable");
    }

    @Test
    void withoutChildPropagationAndWithoutOutputMappingsNothingComesBack() {
        engine.deploy(child("child"), parent(c -> c.zeebeProcessId("Process_Child")
                .zeebePropagateAllChildVariables(false)));
        var result = startParentWithResult(Map.of("caseRef", "C-1"));

        engine.completeJob("child", Map.of("verdict", "reportable"));
        engine.completeJob("after");

        assertThat(result.toCompletableFuture().join().getVariablesAsMap()).containsEntry("caseRef", "C-1")
                .doesNotContainKey("verdict");
    }

    @Test
    void outputMappingsChooseWhatComesBackFromTheChild() {
        engine.deploy(child("child"), parent(c -> c.zeebeProcessId("Process_Child")
                .zeebeOutputExpression("verdict", "childVerdict")));
        var result = startParentWithResult(Map.of());

        engine.completeJob("child", Map.of("verdict", "reportable", "scratch", 1));
        engine.completeJob("after");

        assertThat(result.toCompletableFuture().join().getVariablesAsMap())
                .containsEntry("childVerdict", "reportable").doesNotContainKey("verdict").doesNotContainKey("scratch");
    }

    @Test
    void errorFromCalledProcessIsCaughtByCallActivityBoundary() {
        engine.deploy(child("child"), Bpmn.createExecutableProcess("Process_Parent").startEvent()
                .callActivity("Call_Child", c -> c.zeebeProcessId("Process_Child"))
                .boundaryEvent("Error_ChildFailed", b -> b.error("CHILD_FAILED"))
                .serviceTask("Task_Recover", t -> t.zeebeJobType("recover")).endEvent()
                .moveToActivity("Call_Child").serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent()
                .done());
        long parent = engine.startInstance("Process_Parent");
        ActivatedJob childJob = engine.awaitJob("child");

        engine.client().newThrowErrorCommand(childJob.getKey()).errorCode("CHILD_FAILED").send().join();

        ActivatedJob recover = engine.awaitJob("recover");
        assertThat(recover.getProcessInstanceKey()).isEqualTo(parent);
        EngineAwait.terminated(engine, childJob.getProcessInstanceKey(), "Process_Child");
        assertThat(engine.tables().terminatedElements(parent)).contains("Call_Child");
        assertThat(engine.tables().openIncidents(childJob.getProcessInstanceKey())).isEmpty();
        EngineAwait.noJob(engine, "after");
    }

    /** B.6: the error variables are merged into the catch event, also when the error crosses a call activity. */
    @Test
    void errorVariablesFromTheCalledProcessReachTheCallActivityBoundary() {
        engine.deploy(child("child"), Bpmn.createExecutableProcess("Process_Parent").startEvent()
                .callActivity("Call_Child", c -> c.zeebeProcessId("Process_Child"))
                .boundaryEvent("Error_ChildFailed", b -> b.error("CHILD_FAILED"))
                .serviceTask("Task_Recover", t -> t.zeebeJobType("recover")).endEvent()
                .moveToActivity("Call_Child").endEvent().done());
        engine.startInstance("Process_Parent");

        engine.client().newThrowErrorCommand(engine.awaitJob("child").getKey()).errorCode("CHILD_FAILED")
                .variables(Map.of("cause", "registry offline")).send().join();

        assertThat(engine.awaitJob("recover").getVariablesAsMap()).containsEntry("cause", "registry offline");
    }

    @Test
    void interruptingBoundaryOnACallActivityTerminatesTheChildInstance() {
        engine.clock().pin(Instant.parse("2025-11-17T08:00:00Z"));
        engine.deploy(child("child"), Bpmn.createExecutableProcess("Process_Parent").startEvent()
                .callActivity("Call_Child", c -> c.zeebeProcessId("Process_Child"))
                .boundaryEvent("Timer_Overdue", b -> b.timerWithDuration("PT1H"))
                .serviceTask("Task_Overdue", t -> t.zeebeJobType("overdue")).endEvent()
                .moveToActivity("Call_Child").endEvent()
                .done());
        long parent = engine.startInstance("Process_Parent");
        ActivatedJob childJob = engine.awaitJob("child");

        engine.clock().add(Duration.ofHours(1));

        assertThat(engine.awaitJob("overdue").getProcessInstanceKey()).isEqualTo(parent);
        EngineAwait.terminated(engine, childJob.getProcessInstanceKey(), "Process_Child");
        Grpc.failsWith(Status.Code.NOT_FOUND,
                () -> engine.client().newCompleteCommand(childJob.getKey()).send().join());
    }

    @Test
    void cancellingTheParentCancelsTheChild() {
        engine.deploy(child("child"), parent(c -> c.zeebeProcessId("Process_Child")));
        long parent = engine.startInstance("Process_Parent");
        ActivatedJob childJob = engine.awaitJob("child");

        engine.client().newCancelInstanceCommand(parent).send().join();

        EngineAwait.terminated(engine, childJob.getProcessInstanceKey(), "Process_Child");
    }

    @Test
    void terminateEndEventAtTheChildsTopLevelCompletesTheChildAndTheCallerContinues() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Child").startEvent().parallelGateway("Fork")
                        .serviceTask("Task_Child", t -> t.zeebeJobType("child")).endEvent("End_Terminate", e -> e.terminate())
                        .moveToNode("Fork").serviceTask("Task_Other", t -> t.zeebeJobType("other")).endEvent().done(),
                parent(c -> c.zeebeProcessId("Process_Child")));
        long parent = engine.startInstance("Process_Parent");

        engine.completeJob("child");

        assertThat(engine.awaitJob("after").getProcessInstanceKey()).isEqualTo(parent);
    }

    @Test
    void unknownCalledProcessRaisesAnIncidentResolvableAfterDeployingIt() {
        engine.deploy(parent(c -> c.zeebeProcessId("Process_Child")));
        long parent = engine.startInstance("Process_Parent");

        EngineTables.Incident incident = EngineAwait.incident(engine, parent);
        assertThat(incident.errorType()).isEqualTo("CALLED_ELEMENT_ERROR");
        assertThat(incident.elementId()).isEqualTo("Call_Child");

        engine.deploy(child("child"));
        engine.client().newResolveIncidentCommand(incident.key()).send().join();

        engine.completeJob("child");
        assertThat(engine.awaitJob("after").getProcessInstanceKey()).isEqualTo(parent);
    }
}
