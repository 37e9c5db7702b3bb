package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /v2/incidents/search}: open and resolved incidents of an instance, as the 8.8 client reads them. */
class IncidentSearchConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private long startSend() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Send").startEvent()
                .serviceTask("Task_Send", t -> t.zeebeJobType("send")).endEvent().done());
        return engine.startInstance("Process_Send");
    }

    private List<Incident> incidentsOf(long processInstanceKey) {
        return engine.client().newIncidentSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
                .send().join().items();
    }

    @Test
    void aJobWithoutRetriesShowsAsAnActiveIncidentWithItsJobElementAndMessage() {
        Instant before = Instant.now().minusSeconds(1);
        long instance = startSend();
        ActivatedJob job = engine.awaitJob("send");
        engine.client().newFailCommand(job.getKey()).retries(0).errorMessage("Expected a relay, but none answered")
                .send().join();
        EngineAwait.incident(engine, instance);

        Incident incident = incidentsOf(instance).get(0);

        assertThat(incidentsOf(instance)).hasSize(1);
        assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
        assertThat(incident.getErrorMessage()).isEqualTo("Expected a relay, but none answered");
        assertThat(incident.getState()).isEqualTo(IncidentState.ACTIVE);
        assertThat(incident.getElementId()).isEqualTo("Task_Send");
        assertThat(incident.getElementInstanceKey()).isEqualTo(job.getElementInstanceKey());
        assertThat(incident.getJobKey()).isEqualTo(job.getKey());
        assertThat(incident.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(incident.getProcessDefinitionId()).isEqualTo("Process_Send");
        assertThat(incident.getProcessDefinitionKey()).isEqualTo(job.getProcessDefinitionKey());
        assertThat(incident.getCreationTime().toInstant()).isAfter(before);
        assertThat(engine.client().newIncidentGetRequest(incident.getIncidentKey()).send().join().getElementId())
                .isEqualTo("Task_Send");
    }

    @Test
    void aResolvedIncidentStaysFindableAsResolved() {
        long instance = startSend();
        ActivatedJob job = engine.awaitJob("send");
        engine.client().newFailCommand(job.getKey()).retries(0).errorMessage("down").send().join();
        long key = EngineAwait.incident(engine, instance).key();
        engine.client().newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
        engine.client().newResolveIncidentCommand(key).send().join();

        List<Incident> active = engine.client().newIncidentSearchRequest()
                .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE)).send().join().items();

        assertThat(active).isEmpty();
        assertThat(incidentsOf(instance)).extracting(Incident::getIncidentKey, Incident::getState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(key, IncidentState.RESOLVED));
    }

    @Test
    void anExpressionFailureIsAnExtractValueIncidentWithoutAJob() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Route").startEvent().exclusiveGateway("Gateway_Route")
                .sequenceFlowId("Flow_Big").conditionExpression("= count > 10").endEvent("End_Big")
                .moveToLastGateway().sequenceFlowId("Flow_Small").conditionExpression("= count <= 10")
                .endEvent("End_Small").done());
        long instance = engine.startInstance("Process_Route");
        EngineAwait.incident(engine, instance);

        Incident incident = incidentsOf(instance).get(0);

        assertThat(incident.getElementId()).isEqualTo("Gateway_Route");
        assertThat(incident.getErrorType()).isIn(IncidentErrorType.CONDITION_ERROR,
                IncidentErrorType.EXTRACT_VALUE_ERROR);
        assertThat(incident.getJobKey()).isNull();
    }

    @Test
    void incidentsOfOtherInstancesAreNotReturned() {
        long failing = startSend();
        engine.client().newFailCommand(engine.awaitJob("send").getKey()).retries(0).send().join();
        EngineAwait.incident(engine, failing);
        long healthy = engine.startInstance("Process_Send");

        assertThat(incidentsOf(healthy)).isEmpty();
        assertThat(incidentsOf(failing)).hasSize(1);
    }
}
