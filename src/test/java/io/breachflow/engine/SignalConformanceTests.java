package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signals (B.15): a broadcast triggers every matching subscription; nothing is buffered. */
class SignalConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private void broadcast(String signal, Map<String, Object> variables) {
        engine.client().newBroadcastSignalCommand().signalName(signal).variables(variables).send().join();
    }

    private static BpmnModelInstance startedBy(String processId, String signal, String jobType) {
        return Bpmn.createExecutableProcess(processId).startEvent("Start_Signal").signal(signal)
                .serviceTask("Task_Start", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    private static BpmnModelInstance waitingFor(String processId, String signal, String jobType) {
        return Bpmn.createExecutableProcess(processId).startEvent()
                .intermediateCatchEvent("Catch_Signal", c -> c.signal(signal))
                .serviceTask("Task_After", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    @Test
    void broadcastSignalStartsAnInstanceOfEveryProcessWithThatSignalStart() {
        engine.deploy(startedBy("Process_Lockdown", "breach-declared", "lockdown"),
                startedBy("Process_Comms", "breach-declared", "comms"));

        broadcast("breach-declared", Map.of("severity", "high"));

        assertThat(engine.awaitJob("lockdown").getVariablesAsMap()).containsEntry("severity", "high");
        assertThat(engine.awaitJob("comms").getVariablesAsMap()).containsEntry("severity", "high");
        EngineAwait.noJob(engine, "lockdown");
    }

    @Test
    void onlyTheLatestVersionSubscribesToASignalStart() {
        engine.deploy(startedBy("Process_Lockdown", "breach-declared", "lockdown-v1"));
        engine.deploy(startedBy("Process_Lockdown", "breach-declared", "lockdown-v2"));

        broadcast("breach-declared", Map.of());

        assertThat(engine.awaitJob("lockdown-v2").getProcessDefinitionVersion()).isEqualTo(2);
        EngineAwait.noJob(engine, "lockdown-v1");
        assertThat(engine.tables().instancesOf("Process_Lockdown")).hasSize(1);
    }

    @Test
    void intermediateSignalCatchContinuesEveryWaitingInstanceWithTheSignalVariables() {
        engine.deploy(waitingFor("Process_Hold", "hold-lifted", "resume"));
        long first = engine.startInstance("Process_Hold");
        long second = engine.startInstance("Process_Hold");

        broadcast("hold-lifted", Map.of("liftedBy", "legal"));

        var jobs = engine.awaitJobs("resume", 2);
        assertThat(jobs).extracting(ActivatedJob::getProcessInstanceKey).containsExactlyInAnyOrder(first, second);
        assertThat(jobs).allSatisfy(job -> assertThat(job.getVariablesAsMap()).containsEntry("liftedBy", "legal"));
    }

    @Test
    void signalsAreNotBuffered() {
        engine.deploy(waitingFor("Process_Hold", "hold-lifted", "resume"));
        broadcast("hold-lifted", Map.of());

        engine.startInstance("Process_Hold");

        EngineAwait.noJob(engine, "resume");
    }

    @Test
    void interruptingSignalBoundaryTerminatesTheTask() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Notice").startEvent()
                .serviceTask("Task_Send", t -> t.zeebeJobType("send"))
                .boundaryEvent("Signal_Stop", b -> b.signal("stop-notices"))
                .serviceTask("Task_Stopped", t -> t.zeebeJobType("stopped")).endEvent()
                .moveToActivity("Task_Send").endEvent().done());
        long instance = engine.startInstance("Process_Notice");
        ActivatedJob send = engine.awaitJob("send");

        broadcast("stop-notices", Map.of());

        assertThat(engine.awaitJob("stopped").getProcessInstanceKey()).isEqualTo(instance);
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Send");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(send.getKey()).send().join());
    }

    @Test
    void nonInterruptingSignalBoundaryKeepsTheTaskActive() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Notice").startEvent()
                .serviceTask("Task_Send", t -> t.zeebeJobType("send"))
                .boundaryEvent("Signal_Status", b -> b.cancelActivity(false).signal("status-requested"))
                .serviceTask("Task_Status", t -> t.zeebeJobType("status")).endEvent()
                .moveToActivity("Task_Send").endEvent().done());
        long instance = engine.startInstance("Process_Notice");
        ActivatedJob send = engine.awaitJob("send");

        broadcast("status-requested", Map.of());
        engine.completeJob("status");
        broadcast("status-requested", Map.of());
        engine.completeJob("status");

        engine.client().newCompleteCommand(send.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Notice");
    }

    @Test
    void signalEventSubProcessStartsInEveryActiveInstance() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Case")
                .eventSubProcess("Esp_Audit", e -> e.startEvent("Start_Audit").interrupting(false).signal("audit-requested")
                        .serviceTask("Task_Snapshot", t -> t.zeebeJobType("snapshot")).endEvent())
                .startEvent().serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
        long first = engine.startInstance("Process_Case");
        long second = engine.startInstance("Process_Case");

        broadcast("audit-requested", Map.of());

        assertThat(engine.awaitJobs("snapshot", 2)).extracting(ActivatedJob::getProcessInstanceKey)
                .containsExactlyInAnyOrder(first, second);
        assertThat(engine.awaitJobs("work", 2)).hasSize(2);
    }

    @Test
    void interruptingSignalEventSubProcessTerminatesTheWork() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Case")
                .eventSubProcess("Esp_Abort", e -> e.startEvent("Start_Abort").interrupting(true).signal("abort-all")
                        .serviceTask("Task_Abort", t -> t.zeebeJobType("abort")).endEvent())
                .startEvent().serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
        long instance = engine.startInstance("Process_Case");
        ActivatedJob work = engine.awaitJob("work");

        broadcast("abort-all", Map.of());

        assertThat(engine.awaitJob("abort").getProcessInstanceKey()).isEqualTo(instance);
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(work.getKey()).send().join());
    }

    @Test
    void signalThrowEventBroadcastsItsInputMappedVariables() {
        engine.deploy(waitingFor("Process_Listener", "case-closed", "archive"),
                Bpmn.createExecutableProcess("Process_Thrower").startEvent()
                        .intermediateThrowEvent("Throw_Closed", t -> t.signal("case-closed")
                                .zeebeInputExpression("caseRef", "closedCase"))
                        .serviceTask("Task_Continue", t -> t.zeebeJobType("continue")).endEvent().done());
        long listener = engine.startInstance("Process_Listener");

        engine.startInstance("Process_Thrower", Map.of("caseRef", "C-9", "secret", "x"));

        ActivatedJob archive = engine.awaitJob("archive");
        assertThat(archive.getProcessInstanceKey()).isEqualTo(listener);
        assertThat(archive.getVariablesAsMap()).containsEntry("closedCase", "C-9").doesNotContainKey("secret");
        engine.awaitJob("continue");
    }

    @Test
    void signalEndEventBroadcastsToo() {
        engine.deploy(waitingFor("Process_Listener", "case-closed", "archive"),
                Bpmn.createExecutableProcess("Process_Thrower").startEvent()
                        .endEvent("End_Closed", e -> e.signal("case-closed")).done());
        long listener = engine.startInstance("Process_Listener");

        long thrower = engine.startInstance("Process_Thrower");

        assertThat(engine.awaitJob("archive").getProcessInstanceKey()).isEqualTo(listener);
        EngineAwait.completed(engine, thrower, "Process_Thrower");
    }
}
