package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.Decision;
import io.camunda.client.api.response.DecisionRequirements;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DeployResource with DMN resources: metadata in the answer, versioning, validation. */
class DecisionDeploymentConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @Test
    void deployingADmnAnswersWithItsDecisionRequirementsAndOneEntryPerDecision() {
        DeploymentEvent event = DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);

        assertThat(event.getProcesses()).isEmpty();
        DecisionRequirements drg = event.getDecisionRequirements().get(0);
        assertThat(event.getDecisionRequirements()).hasSize(1);
        assertThat(drg.getDmnDecisionRequirementsId()).isEqualTo("Drg_BreachRisk");
        assertThat(drg.getDmnDecisionRequirementsName()).isEqualTo("Breach risk");
        assertThat(drg.getVersion()).isEqualTo(1);
        assertThat(drg.getResourceName()).isEqualTo(DmnFiles.BREACH_RISK);
        assertThat(drg.getTenantId()).isEqualTo("<default>");
        assertThat(drg.getDecisionRequirementsKey()).isPositive();
        assertThat(event.getDecisions()).extracting(Decision::getDmnDecisionId)
                .containsExactlyInAnyOrder("Decision_RiskLevel", "Decision_Severity");
        assertThat(event.getDecisions()).extracting(Decision::getDmnDecisionName)
                .containsExactlyInAnyOrder("Risk level", "Severity");
        assertThat(event.getDecisions()).allSatisfy(decision -> {
            assertThat(decision.getVersion()).isEqualTo(1);
            assertThat(decision.getDecisionKey()).isPositive();
            assertThat(decision.getDmnDecisionRequirementsId()).isEqualTo("Drg_BreachRisk");
            assertThat(decision.getDecisionRequirementsKey()).isEqualTo(drg.getDecisionRequirementsKey());
            assertThat(decision.getTenantId()).isEqualTo("<default>");
        });
        assertThat(event.getDecisions()).extracting(Decision::getDecisionKey).doesNotHaveDuplicates();
    }

    @Test
    void redeployingAnUnchangedDmnKeepsVersionsAndKeys() {
        DeploymentEvent first = DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);

        DeploymentEvent again = DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);

        assertThat(again.getKey()).isNotEqualTo(first.getKey());
        assertThat(again.getDecisionRequirements().get(0).getVersion()).isEqualTo(1);
        assertThat(again.getDecisionRequirements().get(0).getDecisionRequirementsKey())
                .isEqualTo(first.getDecisionRequirements().get(0).getDecisionRequirementsKey());
        assertThat(again.getDecisions()).extracting(Decision::getDecisionKey)
                .containsExactlyInAnyOrderElementsOf(first.getDecisions().stream().map(Decision::getDecisionKey).toList());
    }

    @Test
    void redeployingAChangedDmnCreatesNewVersionsOfTheGraphAndEachDecision() {
        DeploymentEvent first = DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);
        String changed = DmnFiles.text(DmnFiles.BREACH_RISK).replace("records &gt; 1000", "records &gt; 2000");

        DeploymentEvent second = DmnFiles.deployText(engine, changed, DmnFiles.BREACH_RISK);

        assertThat(second.getDecisionRequirements().get(0).getVersion()).isEqualTo(2);
        assertThat(second.getDecisionRequirements().get(0).getDecisionRequirementsKey())
                .isNotEqualTo(first.getDecisionRequirements().get(0).getDecisionRequirementsKey());
        assertThat(second.getDecisions()).extracting(Decision::getVersion).containsOnly(2);
        assertThat(second.getDecisions()).extracting(Decision::getDecisionKey)
                .doesNotContainAnyElementsOf(first.getDecisions().stream().map(Decision::getDecisionKey).toList());
    }

    @Test
    void aProcessAndTheDecisionItCallsDeployInOneCall() {
        byte[] bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("Process_Assess").startEvent()
                .businessRuleTask("Task_Assess", t -> t.zeebeCalledDecisionId("Decision_RiskLevel")
                        .zeebeResultVariable("risk"))
                .endEvent().done()).getBytes(StandardCharsets.UTF_8);

        DeploymentEvent event = engine.client().newDeployResourceCommand()
                .addResourceBytes(bpmn, "assess.bpmn")
                .addResourceBytes(DmnFiles.text(DmnFiles.BREACH_RISK).getBytes(StandardCharsets.UTF_8),
                        DmnFiles.BREACH_RISK)
                .send().join();

        assertThat(event.getProcesses()).extracting(p -> p.getBpmnProcessId()).containsExactly("Process_Assess");
        assertThat(event.getDecisions()).hasSize(2);
        assertThat(event.getDecisionRequirements()).hasSize(1);
    }

    @Test
    void anInvalidDmnIsRejectedNamingTheResourceAndNothingOfTheDeploymentIsStored() {
        byte[] bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("Process_Alongside").startEvent().endEvent()
                .done()).getBytes(StandardCharsets.UTF_8);

        String message = Grpc.failsWith(Status.Code.INVALID_ARGUMENT, () -> engine.client()
                .newDeployResourceCommand().addResourceBytes(bpmn, "alongside.bpmn")
                .addResourceBytes(DmnFiles.text(DmnFiles.INVALID_FEEL).getBytes(StandardCharsets.UTF_8),
                        DmnFiles.INVALID_FEEL)
                .send().join());

        assertThat(message).contains("'" + DmnFiles.INVALID_FEEL + "'").contains(">>= ((500");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.startInstance("Process_Alongside"));
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newEvaluateDecisionCommand()
                .decisionId("Decision_Invalid").send().join());
    }

    @Test
    void aDmnThatIsNotXmlIsRejectedNamingTheResource() {
        String message = Grpc.failsWith(Status.Code.INVALID_ARGUMENT,
                () -> DmnFiles.deployText(engine, "not a decision", "broken.dmn"));

        assertThat(message).contains("'broken.dmn'");
    }

    @Test
    void theSameDecisionIdTwiceInOneDeploymentIsRejected() {
        String copy = DmnFiles.text(DmnFiles.BREACH_RISK).replace("Drg_BreachRisk", "Drg_BreachRiskCopy");

        String message = Grpc.failsWith(Status.Code.INVALID_ARGUMENT, () -> engine.client().newDeployResourceCommand()
                .addResourceBytes(DmnFiles.text(DmnFiles.BREACH_RISK).getBytes(StandardCharsets.UTF_8), "a.dmn")
                .addResourceBytes(copy.getBytes(StandardCharsets.UTF_8), "b.dmn").send().join());

        assertThat(message).contains("Decision_RiskLevel").contains("'a.dmn'").contains("'b.dmn'");
    }
}
