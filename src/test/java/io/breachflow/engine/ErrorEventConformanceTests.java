package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** BPMN errors (B.6): thrown by jobs or error end events, caught by code or catch-all, searching outward. */
class ErrorEventConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private void throwError(ActivatedJob job, String code, Map<String, Object> variables) {
        engine.client().newThrowErrorCommand(job.getKey()).errorCode(code).errorMessage("rejected")
                .variables(variables).send().join();
    }

    /** A check task with an exact-code boundary and a catch-all boundary. */
    private static BpmnModelInstance checkWithTwoCatchers() {
        return Bpmn.createExecutableProcess("Process_Check").startEvent()
                .serviceTask("Task_Check", t -> t.zeebeJobType("check"))
                .boundaryEvent("Error_Invalid", b -> b.error("INVALID_FACTS"))
                .serviceTask("Task_Fix", t -> t.zeebeJobType("fix")).endEvent()
                .moveToActivity("Task_Check").boundaryEvent("Error_Any", b -> b.error())
                .serviceTask("Task_Investigate", t -> t.zeebeJobType("investigate")).endEvent()
                .moveToActivity("Task_Check").endEvent().done();
    }

    @Test
    void errorThrownByAJobIsCaughtByTheBoundaryWithTheSameCode() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Check").startEvent()
                .serviceTask("Task_Check", t -> t.zeebeJobType("check"))
                .boundaryEvent("Error_Invalid", b -> b.error("INVALID_FACTS"))
                .serviceTask("Task_Fix", t -> t.zeebeJobType("fix")).endEvent()
                .moveToActivity("Task_Check").endEvent().done());
        long instance = engine.startInstance("Process_Check");
        ActivatedJob check = engine.awaitJob("check");

        throwError(check, "INVALID_FACTS", Map.of());

        assertThat(engine.awaitJob("fix").getProcessInstanceKey()).isEqualTo(instance);
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Check");
        assertThat(engine.tables().elementsOfType(instance, "BOUNDARY_EVENT", "ELEMENT_COMPLETED"))
                .containsExactly("Error_Invalid");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(check.getKey()).send().join());
    }

    @Test
    void catchAllBoundaryCatchesAnyCode() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Check").startEvent()
                .serviceTask("Task_Check", t -> t.zeebeJobType("check"))
                .boundaryEvent("Error_Any", b -> b.error())
                .serviceTask("Task_Investigate", t -> t.zeebeJobType("investigate")).endEvent()
                .moveToActivity("Task_Check").endEvent().done());
        long instance = engine.startInstance("Process_Check");

        throwError(engine.awaitJob("check"), "SOMETHING_ELSE", Map.of());

        assertThat(engine.awaitJob("investigate").getProcessInstanceKey()).isEqualTo(instance);
    }

    @Test
    void exactCodeBeatsCatchAllOnTheSameActivity() {
        engine.deploy(checkWithTwoCatchers());
        engine.startInstance("Process_Check");

        throwError(engine.awaitJob("check"), "INVALID_FACTS", Map.of());

        engine.awaitJob("fix");
        EngineAwait.noJob(engine, "investigate");
    }

    @Test
    void catchAllTakesTheCodesThatNoExactCatcherMatches() {
        engine.deploy(checkWithTwoCatchers());
        engine.startInstance("Process_Check");

        throwError(engine.awaitJob("check"), "REGISTRY_DOWN", Map.of());

        engine.awaitJob("investigate");
        EngineAwait.noJob(engine, "fix");
    }

    @Test
    void errorEndEventInsideAnEmbeddedSubProcessIsCaughtByTheSubProcessBoundary() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Assess").startEvent()
                .subProcess("Sub_Assess").embeddedSubProcess().startEvent()
                .serviceTask("Task_Assess", t -> t.zeebeJobType("assess"))
                .endEvent("End_NotReportable", e -> e.error("NOT_REPORTABLE")).subProcessDone()
                .boundaryEvent("Error_NotReportable", b -> b.error("NOT_REPORTABLE"))
                .serviceTask("Task_Record", t -> t.zeebeJobType("record")).endEvent()
                .moveToActivity("Sub_Assess").serviceTask("Task_Notify", t -> t.zeebeJobType("notify")).endEvent()
                .done());
        long instance = engine.startInstance("Process_Assess");

        engine.completeJob("assess");

        assertThat(engine.awaitJob("record").getProcessInstanceKey()).isEqualTo(instance);
        assertThat(engine.tables().terminatedElements(instance)).contains("Sub_Assess");
        EngineAwait.noJob(engine, "notify");
    }

    @Test
    void errorFromATaskDeepInNestedSubProcessesIsCaughtByTheNearestMatchingOuterBoundary() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Nested").startEvent()
                .subProcess("Sub_Outer").embeddedSubProcess().startEvent()
                .subProcess("Sub_Inner").embeddedSubProcess().startEvent()
                .serviceTask("Task_Deep", t -> t.zeebeJobType("deep")).endEvent().subProcessDone()
                .boundaryEvent("Error_Other", b -> b.error("OTHER"))
                .serviceTask("Task_Other", t -> t.zeebeJobType("other")).endEvent()
                .moveToActivity("Sub_Inner").endEvent().subProcessDone()
                .boundaryEvent("Error_Deep", b -> b.error("DEEP_FAILURE"))
                .serviceTask("Task_Recover", t -> t.zeebeJobType("recover")).endEvent()
                .moveToActivity("Sub_Outer").endEvent().done());
        long instance = engine.startInstance("Process_Nested");

        throwError(engine.awaitJob("deep"), "DEEP_FAILURE", Map.of());

        assertThat(engine.awaitJob("recover").getProcessInstanceKey()).isEqualTo(instance);
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Deep", "Sub_Inner", "Sub_Outer");
        EngineAwait.noJob(engine, "other");
    }

    @Test
    void errorIsCaughtByAnErrorEventSubProcess() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Filing")
                .eventSubProcess("Esp_Rejected", e -> e.startEvent("Start_Rejected").error("REJECTED")
                        .serviceTask("Task_Correct", t -> t.zeebeJobType("correct")).endEvent())
                .startEvent().serviceTask("Task_Submit", t -> t.zeebeJobType("submit")).endEvent().done());
        long instance = engine.startInstance("Process_Filing");

        throwError(engine.awaitJob("submit"), "REJECTED", Map.of("portalCode", "E-17"));

        ActivatedJob correct = engine.awaitJob("correct");
        assertThat(correct.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(correct.getVariablesAsMap()).containsEntry("portalCode", "E-17");
        engine.client().newCompleteCommand(correct.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Filing");
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Submit");
    }

    @Test
    void errorVariablesReachTheCatchEventAndOnlyItsOutputMappingsExportThem() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Check").startEvent()
                .serviceTask("Task_Check", t -> t.zeebeJobType("check"))
                .boundaryEvent("Error_Invalid", b -> b.error("INVALID_FACTS")
                        .zeebeOutputExpression("reason", "rejectionReason"))
                .serviceTask("Task_Fix", t -> t.zeebeJobType("fix")).endEvent()
                .moveToActivity("Task_Check").endEvent().done());
        engine.startInstance("Process_Check");

        throwError(engine.awaitJob("check"), "INVALID_FACTS", Map.of("reason", "no DPO named", "debug", 1));

        assertThat(engine.awaitJob("fix").getVariablesAsMap()).containsEntry("rejectionReason", "no DPO named")
                .doesNotContainKey("reason").doesNotContainKey("debug");
    }

    @Test
    void uncaughtErrorFromAJobRaisesAnUnhandledErrorEventIncident() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Plain").startEvent()
                .serviceTask("Task_Check", t -> t.zeebeJobType("check")).endEvent().done());
        long instance = engine.startInstance("Process_Plain");

        throwError(engine.awaitJob("check"), "NOBODY_CATCHES", Map.of());

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);
        assertThat(incident.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT");
        assertThat(incident.elementId()).isEqualTo("Task_Check");
        assertThat(incident.errorMessage()).contains("NOBODY_CATCHES");
        assertThat(engine.tables().completedElements(instance)).doesNotContain("Process_Plain");
    }

    @Test
    void uncaughtErrorEndEventRaisesAnUnhandledErrorEventIncident() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Plain").startEvent()
                .endEvent("End_Error", e -> e.error("NOBODY_CATCHES")).done());
        long instance = engine.startInstance("Process_Plain");

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        assertThat(incident.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT");
        assertThat(incident.elementId()).isEqualTo("End_Error");
    }

    @Test
    void errorWithACodeFromAnExpressionOnTheEndEventIsCaughtByThatCode() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Assess").startEvent()
                .subProcess("Sub_Assess").embeddedSubProcess().startEvent()
                .endEvent("End_Dynamic", e -> e.errorExpression("outcome")).subProcessDone()
                .boundaryEvent("Error_Late", b -> b.error("TOO_LATE"))
                .serviceTask("Task_Late", t -> t.zeebeJobType("late")).endEvent()
                .moveToActivity("Sub_Assess").endEvent().done());

        engine.startInstance("Process_Assess", Map.of("outcome", "TOO_LATE"));

        engine.awaitJob("late");
    }
}
