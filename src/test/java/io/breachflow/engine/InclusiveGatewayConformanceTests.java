package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.InclusiveGatewayBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InclusiveGatewayConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    /** Three conditional branches (plus an optional default) joined by an inclusive gateway. */
    private static BpmnModelInstance orForkJoin(boolean withDefault) {
        var builder = Bpmn.createExecutableProcess("Process_Or").startEvent()
                .inclusiveGateway("Fork")
                .sequenceFlowId("Flow_Eu").conditionExpression("= list contains(regions, \"eu\")")
                .serviceTask("Task_Eu", t -> t.zeebeJobType("eu")).inclusiveGateway("Join")
                .serviceTask("Task_Close", t -> t.zeebeJobType("close")).endEvent()
                .moveToNode("Fork").sequenceFlowId("Flow_Us").conditionExpression("= list contains(regions, \"us\")")
                .serviceTask("Task_Us", t -> t.zeebeJobType("us")).connectTo("Join")
                .moveToNode("Fork").sequenceFlowId("Flow_Kr").conditionExpression("= list contains(regions, \"kr\")")
                .serviceTask("Task_Kr", t -> t.zeebeJobType("kr")).connectTo("Join");
        if (withDefault) {
            builder = ((InclusiveGatewayBuilder) builder.moveToNode("Fork")).defaultFlow()
                    .sequenceFlowId("Flow_None").serviceTask("Task_None", t -> t.zeebeJobType("none")).connectTo("Join");
        }
        return builder.done();
    }

    @Test
    void takesEveryFlowWhoseConditionIsTrue() {
        engine.deploy(orForkJoin(false));
        long instance = engine.startInstance("Process_Or", Map.of("regions", List.of("eu", "kr")));

        engine.awaitJob("eu");
        engine.awaitJob("kr");

        assertThat(engine.activateNow("us")).isEmpty();
        assertThat(engine.tables().takenSequenceFlows(instance)).contains("Flow_Eu", "Flow_Kr").doesNotContain("Flow_Us");
    }

    @Test
    void joinsOnceEveryTakenBranchHasArrived() {
        engine.deploy(orForkJoin(false));
        long instance = engine.startInstance("Process_Or", Map.of("regions", List.of("eu", "kr")));

        engine.completeJob("eu");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> engine.activateNow("close").isEmpty());
        engine.completeJob("kr");
        engine.completeJob("close");

        EngineAwait.completed(engine, instance, "Process_Or");
        assertThat(engine.tables().count(instance, "JOB", "CREATED")).isEqualTo(3);
    }

    @Test
    void joinsAtOnceWhenOnlyOneBranchWasTaken() {
        engine.deploy(orForkJoin(false));
        long instance = engine.startInstance("Process_Or", Map.of("regions", List.of("us")));

        engine.completeJob("us");
        engine.completeJob("close");

        EngineAwait.completed(engine, instance, "Process_Or");
    }

    @Test
    void takesDefaultFlowWhenNoConditionMatches() {
        engine.deploy(orForkJoin(true));
        long instance = engine.startInstance("Process_Or", Map.of("regions", List.of()));

        engine.completeJob("none");
        engine.completeJob("close");

        EngineAwait.completed(engine, instance, "Process_Or");
        assertThat(engine.tables().takenSequenceFlows(instance)).contains("Flow_None")
                .doesNotContain("Flow_Eu", "Flow_Us", "Flow_Kr");
    }

    @Test
    void raisesConditionIncidentWhenNoFlowMatchesAndThereIsNoDefault() {
        engine.deploy(orForkJoin(false));
        long instance = engine.startInstance("Process_Or", Map.of("regions", List.of()));

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        assertThat(incident.errorType()).isEqualTo("CONDITION_ERROR");
        assertThat(incident.elementId()).isEqualTo("Fork");
    }
}
