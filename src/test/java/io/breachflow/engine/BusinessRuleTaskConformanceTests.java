package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.BusinessRuleTaskBuilder;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Business rule tasks calling a DMN decision (zeebe-semantics.md B.11): the result lands in the
 * result variable, failures become incidents that resolving retries.
 */
class BusinessRuleTaskConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    /** Start → business rule task → service task "after" (to read variables) → end. */
    private static BpmnModelInstance assess(Consumer<BusinessRuleTaskBuilder> task) {
        return Bpmn.createExecutableProcess("Process_Assess").startEvent()
                .businessRuleTask("Task_AssessRisk", task::accept)
                .serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent().done();
    }

    private static Consumer<BusinessRuleTaskBuilder> calling(String decisionId) {
        return t -> t.zeebeCalledDecisionId(decisionId).zeebeResultVariable("risk");
    }

    @Test
    void businessRuleTaskStoresTheDecisionResultInItsResultVariable() {
        DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);
        engine.deploy(assess(calling("Decision_RiskLevel")));

        long instance = engine.startInstance("Process_Assess", Map.of("records", 700));

        ActivatedJob after = engine.awaitJob("after");
        assertThat(after.getVariablesAsMap()).containsEntry("risk", "medium").containsEntry("records", 700);
        assertThat(engine.tables().completedElements(instance)).contains("Task_AssessRisk");
        assertThat(engine.tables().count(instance, "DECISION_EVALUATION", "EVALUATED")).isEqualTo(1);
    }

    @Test
    void aContextResultIsStoredAsAnObject() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);
        engine.deploy(assess(calling("Decision_First")));

        engine.startInstance("Process_Assess", Map.of("records", 700));

        assertThat(engine.awaitJob("after").getVariablesAsMap())
                .containsEntry("risk", Map.of("level", "high", "hours", 72));
    }

    @Test
    void theDecisionSeesInputMappingsAndItsIdMayBeAnExpressionEvaluatedAfterThem() {
        DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);
        engine.deploy(assess(t -> t.zeebeCalledDecisionIdExpression("\"Decision_\" + decisionName")
                .zeebeResultVariable("risk")
                .zeebeInputExpression("case.records", "records")
                .zeebeInputExpression("\"RiskLevel\"", "decisionName")));

        engine.startInstance("Process_Assess", Map.of("case", Map.of("records", 5000)));

        Map<String, Object> variables = engine.awaitJob("after").getVariablesAsMap();
        assertThat(variables).containsEntry("risk", "high").doesNotContainKeys("records", "decisionName");
    }

    @Test
    void outputMappingsApplyToTheDecisionResult() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);
        engine.deploy(assess(t -> t.zeebeCalledDecisionId("Decision_First").zeebeResultVariable("result")
                .zeebeOutputExpression("result.hours", "deadlineHours")));

        engine.startInstance("Process_Assess", Map.of("records", 10));

        assertThat(engine.awaitJob("after").getVariablesAsMap()).containsEntry("deadlineHours", 720)
                .doesNotContainKey("result");
    }

    @Test
    void unknownDecisionRaisesCalledDecisionErrorIncidentThatResolvesAfterDeployment() {
        engine.deploy(assess(calling("Decision_RiskLevel")));
        long instance = engine.startInstance("Process_Assess", Map.of("records", 10));

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);
        assertThat(incident.errorType()).isEqualTo("CALLED_DECISION_ERROR");
        assertThat(incident.elementId()).isEqualTo("Task_AssessRisk");
        assertThat(incident.errorMessage()).contains("Decision_RiskLevel");

        DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);
        engine.client().newResolveIncidentCommand(incident.key()).send().join();

        assertThat(engine.awaitJob("after").getVariablesAsMap()).containsEntry("risk", "low");
    }

    @Test
    void failedEvaluationRaisesDecisionEvaluationErrorIncidentThatResolvesAfterFixingVariables() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);
        engine.deploy(assess(calling("Decision_Unique")));
        long instance = engine.startInstance("Process_Assess", Map.of("records", 700));

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);
        assertThat(incident.errorType()).isEqualTo("DECISION_EVALUATION_ERROR");
        assertThat(incident.errorMessage()).startsWith("Expected to evaluate decision 'Decision_Unique', but ");
        assertThat(engine.tables().count(instance, "DECISION_EVALUATION", "FAILED")).isEqualTo(1);

        engine.client().newSetVariablesCommand(instance).variables(Map.of("records", 200)).send().join();
        engine.client().newResolveIncidentCommand(incident.key()).send().join();

        assertThat(engine.awaitJob("after").getVariablesAsMap()).containsEntry("risk", "subjects");
    }

    @Test
    void resolvingWithoutFixingTheCauseRaisesANewIncident() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);
        engine.deploy(assess(calling("Decision_Unique")));
        long instance = engine.startInstance("Process_Assess", Map.of("records", 700));
        EngineTables.Incident first = EngineAwait.incident(engine, instance);

        engine.client().newResolveIncidentCommand(first.key()).send().join();

        EngineTables.Incident second = await().atMost(Duration.ofSeconds(10))
                .until(() -> engine.tables().openIncidents(instance),
                        list -> !list.isEmpty() && list.get(0).key() != first.key()).get(0);
        assertThat(second.errorType()).isEqualTo("DECISION_EVALUATION_ERROR");
    }

    @Test
    void aDecisionIdExpressionWithoutAStringResultRaisesAnExtractValueIncident() {
        DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);
        engine.deploy(assess(t -> t.zeebeCalledDecisionIdExpression("decision").zeebeResultVariable("risk")));
        long instance = engine.startInstance("Process_Assess", Map.of("records", 10));

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);
        assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");

        engine.client().newSetVariablesCommand(instance).variables(Map.of("decision", "Decision_RiskLevel")).send()
                .join();
        engine.client().newResolveIncidentCommand(incident.key()).send().join();
        assertThat(engine.awaitJob("after").getVariablesAsMap()).containsEntry("risk", "low");
    }

    @Test
    void bindingTypeDeploymentCallsTheDecisionDeployedWithTheProcess() {
        byte[] process = Bpmn.convertToString(assess(t -> t.zeebeCalledDecisionId("Decision_RiskLevel")
                .zeebeResultVariable("risk").zeebeBindingType(ZeebeBindingType.deployment)))
                .getBytes(StandardCharsets.UTF_8);
        engine.client().newDeployResourceCommand().addResourceBytes(process, "assess.bpmn")
                .addResourceBytes(DmnFiles.text(DmnFiles.BREACH_RISK).getBytes(StandardCharsets.UTF_8),
                        DmnFiles.BREACH_RISK)
                .send().join();
        String stricter = DmnFiles.text(DmnFiles.BREACH_RISK).replace("records &gt; 1000", "records &gt; 100");
        DmnFiles.deployText(engine, stricter, DmnFiles.BREACH_RISK);

        engine.startInstance("Process_Assess", Map.of("records", 300));

        assertThat(engine.awaitJob("after").getVariablesAsMap()).containsEntry("risk", "low");
    }

    @Test
    void bindingTypeVersionTagCallsTheTaggedVersion() {
        DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);
        String untagged = DmnFiles.text(DmnFiles.BREACH_RISK).replace("records &gt; 1000", "records &gt; 100")
                .replace("value=\"2024-1\"", "value=\"2025-1\"");
        DmnFiles.deployText(engine, untagged, DmnFiles.BREACH_RISK);
        engine.deploy(assess(t -> t.zeebeCalledDecisionId("Decision_RiskLevel").zeebeResultVariable("risk")
                .zeebeBindingType(ZeebeBindingType.versionTag).zeebeVersionTag("2024-1")));

        engine.startInstance("Process_Assess", Map.of("records", 300));

        assertThat(engine.awaitJob("after").getVariablesAsMap()).containsEntry("risk", "low");
    }

    @Test
    void aBusinessRuleTaskWithATaskDefinitionStaysAJob() {
        engine.deploy(assess(t -> t.zeebeJobType("rules")));

        long instance = engine.startInstance("Process_Assess");
        engine.completeJob("rules", Map.of("risk", "external"));

        assertThat(engine.awaitJob("after").getVariablesAsMap()).containsEntry("risk", "external");
        assertThat(engine.tables().count(instance, "DECISION_EVALUATION", "EVALUATED")).isZero();
    }
}
