package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.Decision;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Deployed decisions live in the database: a new engine object on the same database still evaluates them. */
class DecisionRestartConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @Test
    void decisionsSurviveAnEngineRestartAndUnchangedRedeploymentKeepsTheirVersions() {
        DeploymentEvent deployed = DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);

        engine.restartEngine();

        assertThat(engine.client().newEvaluateDecisionCommand().decisionId("Decision_RiskLevel")
                .variables(Map.of("records", 5000)).send().join().getDecisionOutput()).isEqualTo("\"high\"");
        DeploymentEvent again = DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);
        assertThat(again.getDecisions()).extracting(Decision::getVersion).containsOnly(1);
        assertThat(again.getDecisionRequirements().get(0).getDecisionRequirementsKey())
                .isEqualTo(deployed.getDecisionRequirements().get(0).getDecisionRequirementsKey());
    }

    @Test
    void aBusinessRuleTaskBlockedByAnIncidentEvaluatesAfterRestartAndResolution() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);
        engine.deploy(Bpmn.createExecutableProcess("Process_Notify").startEvent()
                .businessRuleTask("Task_Recipients", t -> t.zeebeCalledDecisionId("Decision_Unique")
                        .zeebeResultVariable("recipients"))
                .serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent().done());
        long instance = engine.startInstance("Process_Notify", Map.of("records", 700));
        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        engine.restartEngine();

        engine.client().newSetVariablesCommand(instance).variables(Map.of("records", 150)).send().join();
        engine.client().newResolveIncidentCommand(incident.key()).send().join();
        assertThat(engine.awaitJob("after").getVariablesAsMap()).containsEntry("recipients", "subjects");
    }
}
