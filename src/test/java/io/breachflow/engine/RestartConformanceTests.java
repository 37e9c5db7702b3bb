package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.Process;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** All state lives in the database: a new engine object on the same database carries on. */
class RestartConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static BpmnModelInstance twoTasks() {
        return Bpmn.createExecutableProcess("Process_Durable").startEvent()
                .serviceTask("Task_First", t -> t.zeebeJobType("first"))
                .serviceTask("Task_Second", t -> t.zeebeJobType("second")).endEvent().done();
    }

    @Test
    void anInstanceRunsToCompletionAcrossAnEngineRestart() {
        engine.deploy(twoTasks());
        long instance = engine.startInstance("Process_Durable", Map.of("caseRef", "C-11"));
        engine.completeJob("first", Map.of("step", 1));

        engine.restartEngine();

        ActivatedJob second = engine.completeJob("second");
        assertThat(second.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(second.getVariablesAsMap()).containsEntry("caseRef", "C-11").containsEntry("step", 1);
        EngineAwait.completed(engine, instance, "Process_Durable");
        assertThat(engine.tables().count(instance, "JOB", "CREATED")).isEqualTo(2);
        assertThat(engine.tables().count(instance, "JOB", "COMPLETED")).isEqualTo(2);
        assertThat(engine.tables().elements(instance, "ELEMENT_ACTIVATED")).containsOnlyOnce("Process_Durable");
        assertThat(engine.activateNow("first")).isEmpty();
        assertThat(engine.activateNow("second")).isEmpty();
    }

    @Test
    void aJobWhoseTimeoutPassedWhileTheEngineWasDownIsActivatableRightAfterRestart() {
        engine.deploy(twoTasks());
        engine.startInstance("Process_Durable");
        ActivatedJob job = engine.awaitJob("first", Duration.ofMillis(500));

        engine.stopEngine();
        await().atMost(Duration.ofSeconds(2)).until(() -> System.currentTimeMillis() > job.getDeadline());
        engine.startEngine();

        ActivatedJob again = await().atMost(Duration.ofSeconds(1))
                .until(() -> engine.activateNow("first"), jobs -> !jobs.isEmpty()).get(0);
        assertThat(again.getKey()).isEqualTo(job.getKey());
        assertThat(engine.activateNow("first")).isEmpty();
    }

    @Test
    void anActivatedJobWhoseTimeoutHasNotPassedStaysActivatedAcrossRestart() {
        engine.deploy(twoTasks());
        engine.startInstance("Process_Durable");
        ActivatedJob job = engine.awaitJob("first");

        engine.restartEngine();

        assertThat(engine.activateNow("first")).isEmpty();
        engine.client().newCompleteCommand(job.getKey()).send().join();
        assertThat(engine.awaitJob("second").getProcessInstanceKey()).isEqualTo(job.getProcessInstanceKey());
    }

    @Test
    void deploymentsSurviveRestartAndUnchangedRedeploymentKeepsTheVersion() {
        byte[] xml = Bpmn.convertToString(twoTasks()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Process deployed = engine.client().newDeployResourceCommand().addResourceBytes(xml, "durable.bpmn")
                .send().join().getProcesses().get(0);

        engine.restartEngine();

        Process redeployed = engine.client().newDeployResourceCommand().addResourceBytes(xml, "durable.bpmn")
                .send().join().getProcesses().get(0);
        assertThat(redeployed.getVersion()).isEqualTo(1);
        assertThat(redeployed.getProcessDefinitionKey()).isEqualTo(deployed.getProcessDefinitionKey());
        engine.startInstance("Process_Durable");
        assertThat(engine.awaitJob("first").getProcessDefinitionKey()).isEqualTo(deployed.getProcessDefinitionKey());
    }

    @Test
    void incidentsSurviveRestartAndCanBeResolvedAfterwards() {
        engine.deploy(twoTasks());
        long instance = engine.startInstance("Process_Durable");
        ActivatedJob job = engine.awaitJob("first");
        engine.client().newFailCommand(job.getKey()).retries(0).errorMessage("down").send().join();
        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        engine.restartEngine();

        assertThat(engine.activateNow("first")).isEmpty();
        engine.client().newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
        engine.client().newResolveIncidentCommand(incident.key()).send().join();
        assertThat(engine.awaitJob("first").getKey()).isEqualTo(job.getKey());
    }

    @Test
    void keysIssuedAfterRestartDoNotRepeatEarlierKeys() {
        engine.deploy(twoTasks());
        long before = engine.startInstance("Process_Durable");
        long jobBefore = engine.awaitJob("first").getKey();

        engine.restartEngine();

        long after = engine.startInstance("Process_Durable");
        assertThat(after).isNotEqualTo(before).isGreaterThan(before);
        assertThat(engine.awaitJob("first").getKey()).isNotEqualTo(jobBefore).isGreaterThan(jobBefore);
    }
}
