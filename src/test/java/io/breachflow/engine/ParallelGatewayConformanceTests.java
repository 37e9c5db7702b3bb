package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ParallelGatewayConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static BpmnModelInstance forkJoin() {
        return Bpmn.createExecutableProcess("Process_And").startEvent()
                .parallelGateway("Fork")
                .serviceTask("Task_Regulator", t -> t.zeebeJobType("regulator")).parallelGateway("Join")
                .serviceTask("Task_Close", t -> t.zeebeJobType("close")).endEvent()
                .moveToNode("Fork").serviceTask("Task_Subjects", t -> t.zeebeJobType("subjects")).connectTo("Join")
                .done();
    }

    @Test
    void forksToEveryOutgoingFlowAtOnce() {
        engine.deploy(forkJoin());
        long instance = engine.startInstance("Process_And");

        ActivatedJob regulator = engine.awaitJob("regulator");
        ActivatedJob subjects = engine.awaitJob("subjects");

        assertThat(List.of(regulator.getProcessInstanceKey(), subjects.getProcessInstanceKey()))
                .containsOnly(instance);
    }

    @Test
    void joinsOnlyAfterEveryIncomingFlowHasArrived() {
        engine.deploy(forkJoin());
        long instance = engine.startInstance("Process_And");

        engine.completeJob("regulator");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> engine.activateNow("close").isEmpty());
        engine.completeJob("subjects");

        engine.completeJob("close");
        EngineAwait.completed(engine, instance, "Process_And");
        assertThat(engine.tables().count(instance, "JOB", "CREATED")).isEqualTo(3);
        assertThat(engine.activateNow("close")).isEmpty();
    }

    @Test
    void continuesWithTheVariablesOfEveryBranchAfterTheJoin() {
        engine.deploy(forkJoin());
        engine.startInstance("Process_And");

        engine.completeJob("regulator", Map.of("regulatorNotified", true));
        engine.completeJob("subjects", Map.of("subjectsNotified", 120));

        assertThat(engine.awaitJob("close").getVariablesAsMap())
                .containsEntry("regulatorNotified", true).containsEntry("subjectsNotified", 120);
    }
}
