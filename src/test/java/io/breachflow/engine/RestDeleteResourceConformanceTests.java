package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.camunda.client.api.command.ProblemException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /v2/resources/{key}/deletion} through the REST-preferring client: the same DeleteResource command as
 * gRPC, with 8.8's problems for an unknown key (404) and a definition that still has running instances (409).
 */
class RestDeleteResourceConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static BpmnModelInstance version(String jobType) {
        return Bpmn.createExecutableProcess("Process_Notice").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    private long deploy(String jobType) {
        return engine.deploy(version(jobType)).getProcesses().get(0).getProcessDefinitionKey();
    }

    private ProblemException deletionFails(long key) {
        return assertThatExceptionOfType(ProblemException.class)
                .isThrownBy(() -> engine.restClient().newDeleteResourceCommand(key).send().join()).actual();
    }

    @Test
    void deletingTheLatestVersionMakesThePreviousOneTheLatest() {
        deploy("v1");
        long v2 = deploy("v2");

        engine.restClient().newDeleteResourceCommand(v2).send().join();

        long instance = engine.startInstance("Process_Notice");
        assertThat(engine.awaitJob("v1").getProcessInstanceKey()).isEqualTo(instance);
        assertThat(deletionFails(v2).code()).isEqualTo(404);
    }

    @Test
    void aDefinitionWithRunningInstancesIsAConflictAndStays() {
        long v1 = deploy("v1");
        engine.startInstance("Process_Notice");

        ProblemException refused = deletionFails(v1);

        assertThat(refused.code()).isEqualTo(409);
        assertThat(refused.details().getTitle()).isEqualTo("INVALID_STATE");
        assertThat(refused.details().getDetail()).contains(String.valueOf(v1)).contains("running instances");
        engine.startInstance("Process_Notice");
        assertThat(engine.awaitJobs("v1", 2)).hasSize(2);
    }

    @Test
    void anUnknownResourceIsNotFoundNamingTheKey() {
        ProblemException missing = deletionFails(2251799813685249L);

        assertThat(missing.code()).isEqualTo(404);
        assertThat(missing.details().getTitle()).isEqualTo("NOT_FOUND");
        assertThat(missing.details().getDetail()).contains("2251799813685249");
    }
}
