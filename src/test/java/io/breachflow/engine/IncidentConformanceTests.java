package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Incidents, observed through behaviour; keys and types read from the INCIDENT table. */
class IncidentConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private long startSingleTask() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Job").startEvent()
                .serviceTask("Task_Send", t -> t.zeebeJobType("send")).endEvent().done());
        return engine.startInstance("Process_Job");
    }

    @Test
    void failingAJobWithNoRetriesLeftRaisesAnIncidentAndTheJobIsNotActivatable() {
        long instance = startSingleTask();
        ActivatedJob job = engine.awaitJob("send");

        engine.client().newFailCommand(job.getKey()).retries(0).errorMessage("Expected a mail relay, but none answered")
                .send().join();

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);
        assertThat(incident.errorType()).isEqualTo("JOB_NO_RETRIES");
        assertThat(incident.elementId()).isEqualTo("Task_Send");
        assertThat(incident.errorMessage()).isEqualTo("Expected a mail relay, but none answered");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> engine.activateNow("send").isEmpty());
    }

    @Test
    void resolvingAJobIncidentAfterUpdatingRetriesMakesTheJobActivatableAgain() {
        long instance = startSingleTask();
        ActivatedJob job = engine.awaitJob("send");
        engine.client().newFailCommand(job.getKey()).retries(0).errorMessage("down").send().join();
        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        engine.client().newUpdateRetriesCommand(job.getKey()).retries(2).send().join();
        engine.client().newResolveIncidentCommand(incident.key()).send().join();

        ActivatedJob again = engine.awaitJob("send");
        assertThat(again.getKey()).isEqualTo(job.getKey());
        assertThat(again.getRetries()).isEqualTo(2);
        engine.client().newCompleteCommand(again.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Job");
        assertThat(engine.tables().incidents(instance)).extracting(EngineTables.Incident::state).containsExactly("RESOLVED");
    }

    @Test
    void resolvingAnAlreadyResolvedIncidentIsRejected() {
        long instance = startSingleTask();
        ActivatedJob job = engine.awaitJob("send");
        engine.client().newFailCommand(job.getKey()).retries(0).send().join();
        EngineTables.Incident incident = EngineAwait.incident(engine, instance);
        engine.client().newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
        engine.client().newResolveIncidentCommand(incident.key()).send().join();

        Grpc.failsWith(Status.Code.NOT_FOUND,
                () -> engine.client().newResolveIncidentCommand(incident.key()).send().join());
    }

    @Test
    void failedInputMappingRaisesAnIoMappingIncidentAndResolvingRetriesTheMapping() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Mapping").startEvent()
                .serviceTask("Task_Map", t -> t.zeebeJobType("mapped")
                        .zeebeInputExpression("assert(caseRef, caseRef != null)", "ref"))
                .endEvent().done());
        long instance = engine.startInstance("Process_Mapping");

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);
        assertThat(incident.errorType()).isEqualTo("IO_MAPPING_ERROR");
        assertThat(incident.elementId()).isEqualTo("Task_Map");
        assertThat(engine.activateNow("mapped")).isEmpty();

        engine.client().newSetVariablesCommand(instance).variables(Map.of("caseRef", "C-7")).send().join();
        engine.client().newResolveIncidentCommand(incident.key()).send().join();

        assertThat(engine.awaitJob("mapped").getVariablesAsMap()).containsEntry("ref", "C-7");
    }

    @Test
    void resolvingWithoutFixingTheCauseRaisesANewIncident() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Again").startEvent()
                .serviceTask("Task_Map", t -> t.zeebeJobType("mapped")
                        .zeebeInputExpression("assert(caseRef, caseRef != null)", "ref"))
                .endEvent().done());
        long instance = engine.startInstance("Process_Again");
        EngineTables.Incident first = EngineAwait.incident(engine, instance);

        engine.client().newResolveIncidentCommand(first.key()).send().join();

        EngineTables.Incident second = await().atMost(Duration.ofSeconds(10))
                .until(() -> engine.tables().openIncidents(instance), list -> !list.isEmpty()
                        && list.get(0).key() != first.key()).get(0);
        assertThat(second.errorType()).isEqualTo("IO_MAPPING_ERROR");
    }

    @Test
    void failedOutputMappingRaisesAnIoMappingIncident() {
        engine.deploy(Bpmn.createExecutableProcess("Process_OutFail").startEvent()
                .serviceTask("Task_Out", t -> t.zeebeJobType("out")
                        .zeebeOutputExpression("assert(score, score != null)", "riskScore"))
                .endEvent().done());
        long instance = engine.startInstance("Process_OutFail");

        engine.completeJob("out", Map.of("other", 1));

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);
        assertThat(incident.errorType()).isEqualTo("IO_MAPPING_ERROR");
        assertThat(incident.elementId()).isEqualTo("Task_Out");
    }

    @Test
    void jobTypeExpressionWithoutAStringResultRaisesAnExtractValueIncident() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Type").startEvent()
                .serviceTask("Task_Type", t -> t.zeebeJobTypeExpression("channel")).endEvent().done());
        long instance = engine.startInstance("Process_Type");

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);
        assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
        assertThat(incident.elementId()).isEqualTo("Task_Type");

        engine.client().newSetVariablesCommand(instance).variables(Map.of("channel", "sms")).send().join();
        engine.client().newResolveIncidentCommand(incident.key()).send().join();
        assertThat(engine.awaitJob("sms").getElementId()).isEqualTo("Task_Type");
    }

    /** Part 1 has no error catch events, so every ThrowError is uncaught (zeebe-semantics.md B.6). */
    @Test
    void anUncaughtThrownErrorRaisesAnIncidentAndResolvingItMakesTheJobActivatableAgain() {
        long instance = startSingleTask();
        ActivatedJob job = engine.awaitJob("send");

        engine.client().newThrowErrorCommand(job.getKey()).errorCode("RELAY_REJECTED").errorMessage("rejected")
                .send().join();

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);
        assertThat(incident.errorType()).isEqualTo("UNHANDLED_ERROR_EVENT");
        assertThat(incident.elementId()).isEqualTo("Task_Send");
        assertThat(engine.activateNow("send")).isEmpty();
        Grpc.failsWith(Status.Code.FAILED_PRECONDITION,
                () -> engine.client().newCompleteCommand(job.getKey()).send().join());

        engine.client().newResolveIncidentCommand(incident.key()).send().join();

        assertThat(engine.awaitJob("send").getKey()).isEqualTo(job.getKey());
    }
}
