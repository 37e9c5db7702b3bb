package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExclusiveGatewayConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static BpmnModelInstance decision(boolean withDefault) {
        var gateway = Bpmn.createExecutableProcess("Process_Xor").startEvent()
                .exclusiveGateway("Gateway_Severity")
                .sequenceFlowId("Flow_High").conditionExpression("= severity >= 8")
                .serviceTask("Task_High", t -> t.zeebeJobType("high")).endEvent()
                .moveToLastExclusiveGateway()
                .sequenceFlowId("Flow_Medium").conditionExpression("= severity >= 5")
                .serviceTask("Task_Medium", t -> t.zeebeJobType("medium")).endEvent();
        if (withDefault) {
            gateway = gateway.moveToLastExclusiveGateway().defaultFlow().sequenceFlowId("Flow_Low")
                    .serviceTask("Task_Low", t -> t.zeebeJobType("low")).endEvent();
        }
        return gateway.done();
    }

    @Test
    void takesFirstFlowWhoseConditionIsTrue() {
        engine.deploy(decision(true));
        long instance = engine.startInstance("Process_Xor", Map.of("severity", 9));

        assertThat(engine.completeJob("high").getElementId()).isEqualTo("Task_High");

        EngineAwait.completed(engine, instance, "Process_Xor");
        assertThat(engine.activateNow("medium")).isEmpty();
        assertThat(engine.tables().takenSequenceFlows(instance))
                .contains("Flow_High").doesNotContain("Flow_Medium", "Flow_Low");
    }

    @Test
    void takesLaterFlowWhenEarlierConditionIsFalse() {
        engine.deploy(decision(true));
        long instance = engine.startInstance("Process_Xor", Map.of("severity", 6));

        assertThat(engine.completeJob("medium").getElementId()).isEqualTo("Task_Medium");

        EngineAwait.completed(engine, instance, "Process_Xor");
        assertThat(engine.activateNow("low")).isEmpty();
    }

    @Test
    void takesDefaultFlowWhenNoConditionMatches() {
        engine.deploy(decision(true));
        long instance = engine.startInstance("Process_Xor", Map.of("severity", 2));

        assertThat(engine.completeJob("low").getElementId()).isEqualTo("Task_Low");

        EngineAwait.completed(engine, instance, "Process_Xor");
        assertThat(engine.tables().takenSequenceFlows(instance)).contains("Flow_Low")
                .doesNotContain("Flow_High", "Flow_Medium");
    }

    @Test
    void raisesConditionIncidentOnTheGatewayWhenNoFlowMatchesAndThereIsNoDefault() {
        engine.deploy(decision(false));
        long instance = engine.startInstance("Process_Xor", Map.of("severity", 2));

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        assertThat(incident.errorType()).isEqualTo("CONDITION_ERROR");
        assertThat(incident.elementId()).isEqualTo("Gateway_Severity");
        assertThat(engine.activateNow("high")).isEmpty();
        assertThat(engine.activateNow("medium")).isEmpty();
    }

    @Test
    void reEvaluatesConditionsWhenTheIncidentIsResolvedAfterFixingVariables() {
        engine.deploy(decision(false));
        long instance = engine.startInstance("Process_Xor", Map.of("severity", 2));
        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        engine.client().newSetVariablesCommand(instance).variables(Map.of("severity", 8)).send().join();
        engine.client().newResolveIncidentCommand(incident.key()).send().join();

        assertThat(engine.completeJob("high").getProcessInstanceKey()).isEqualTo(instance);
        EngineAwait.completed(engine, instance, "Process_Xor");
        assertThat(engine.tables().incidents(instance)).extracting(EngineTables.Incident::state)
                .containsExactly("RESOLVED");
    }

    @Test
    void raisesConditionIncidentWhenAConditionIsNotBoolean() {
        engine.deploy(Bpmn.createExecutableProcess("Process_NotBool").startEvent()
                .exclusiveGateway("Gateway_Odd")
                .sequenceFlowId("Flow_Text").conditionExpression("= \"yes\"").endEvent()
                .moveToLastExclusiveGateway().defaultFlow().endEvent().done());
        long instance = engine.startInstance("Process_NotBool");

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        assertThat(incident.errorType()).isEqualTo("CONDITION_ERROR");
        assertThat(incident.elementId()).isEqualTo("Gateway_Odd");
    }

    @Test
    void joiningExclusiveGatewayPassesEveryTokenThrough() {
        engine.deploy(Bpmn.createExecutableProcess("Process_XorJoin").startEvent()
                .parallelGateway("Fork")
                .serviceTask("Task_A", t -> t.zeebeJobType("a")).exclusiveGateway("Merge")
                .serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent()
                .moveToNode("Fork").serviceTask("Task_B", t -> t.zeebeJobType("b")).connectTo("Merge")
                .done());
        long instance = engine.startInstance("Process_XorJoin");

        engine.completeJob("a");
        engine.completeJob("b");
        engine.completeJob("after");
        engine.completeJob("after");

        EngineAwait.completed(engine, instance, "Process_XorJoin");
        assertThat(engine.tables().count(instance, "JOB", "CREATED")).isEqualTo(4);
    }
}
