package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Escalations (B.6): not critical, caught by the nearest enclosing catcher, ignored when uncaught. */
class EscalationConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    /** A sub-process that throws LATE and then goes on to a task; the boundary on it catches LATE. */
    private static BpmnModelInstance escalatingSubProcess(boolean interrupting) {
        return Bpmn.createExecutableProcess("Process_Escalate").startEvent()
                .subProcess("Sub_Draft").embeddedSubProcess().startEvent()
                .intermediateThrowEvent("Throw_Late", t -> t.escalation("LATE"))
                .serviceTask("Task_Draft", t -> t.zeebeJobType("draft")).endEvent().subProcessDone()
                .boundaryEvent("Escalation_Late", b -> b.cancelActivity(interrupting).escalation("LATE"))
                .serviceTask("Task_NotifyDpo", t -> t.zeebeJobType("notify-dpo")).endEvent()
                .moveToActivity("Sub_Draft").endEvent().done();
    }

    @Test
    void escalationThrowIsCaughtByANonInterruptingBoundaryAndTheThrowerContinues() {
        engine.deploy(escalatingSubProcess(false));
        long instance = engine.startInstance("Process_Escalate");

        ActivatedJob notify = engine.awaitJob("notify-dpo");
        assertThat(notify.getProcessInstanceKey()).isEqualTo(instance);
        engine.completeJob("draft");
        engine.client().newCompleteCommand(notify.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Escalate");
        assertThat(engine.tables().completedElements(instance)).contains("Throw_Late", "Sub_Draft", "Escalation_Late");
    }

    @Test
    void interruptingEscalationCatchTerminatesTheScopeAndTheThrowersFlowIsNotTaken() {
        engine.deploy(escalatingSubProcess(true));
        long instance = engine.startInstance("Process_Escalate");

        assertThat(engine.awaitJob("notify-dpo").getProcessInstanceKey()).isEqualTo(instance);
        EngineAwait.noJob(engine, "draft");
        assertThat(engine.tables().terminatedElements(instance)).contains("Sub_Draft");
        assertThat(engine.tables().activatedElements(instance)).doesNotContain("Task_Draft");
    }

    @Test
    void uncaughtEscalationDoesNothingAndTheFlowContinues() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Loose").startEvent()
                .intermediateThrowEvent("Throw_Late", t -> t.escalation("LATE"))
                .serviceTask("Task_Draft", t -> t.zeebeJobType("draft")).endEvent().done());
        long instance = engine.startInstance("Process_Loose");

        engine.completeJob("draft");

        EngineAwait.completed(engine, instance, "Process_Loose");
        assertThat(engine.tables().incidents(instance)).isEmpty();
    }

    @Test
    void escalationEndEventIsCaughtByAnEscalationEventSubProcess() {
        engine.deploy(Bpmn.createExecutableProcess("Process_EscalateEnd")
                .eventSubProcess("Esp_Late", e -> e.startEvent("Start_Late").escalation("LATE").interrupting(false)
                        .serviceTask("Task_NotifyDpo", t -> t.zeebeJobType("notify-dpo")).endEvent())
                .startEvent().parallelGateway("Fork")
                .serviceTask("Task_Draft", t -> t.zeebeJobType("draft")).endEvent()
                .moveToNode("Fork").endEvent("End_Late", e -> e.escalation("LATE")).done());
        long instance = engine.startInstance("Process_EscalateEnd");

        assertThat(engine.awaitJob("notify-dpo").getProcessInstanceKey()).isEqualTo(instance);
        engine.completeJob("draft");
    }

    @Test
    void catchAllEscalationBoundaryCatchesAnyCodeAndTheCodeMatchWins() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Codes").startEvent()
                .subProcess("Sub_Draft").embeddedSubProcess().startEvent()
                .intermediateThrowEvent("Throw_Dynamic", t -> t.escalationExpression("code"))
                .endEvent().subProcessDone()
                .boundaryEvent("Escalation_Late", b -> b.cancelActivity(false).escalation("LATE"))
                .serviceTask("Task_Late", t -> t.zeebeJobType("late")).endEvent()
                .moveToActivity("Sub_Draft").boundaryEvent("Escalation_Any", b -> b.cancelActivity(false).escalation())
                .serviceTask("Task_Any", t -> t.zeebeJobType("any")).endEvent()
                .moveToActivity("Sub_Draft").endEvent().done());

        engine.startInstance("Process_Codes", Map.of("code", "LATE"));
        engine.awaitJob("late");
        EngineAwait.noJob(engine, "any");

        engine.startInstance("Process_Codes", Map.of("code", "OTHER"));
        engine.awaitJob("any");
        EngineAwait.noJob(engine, "late");
    }
}
