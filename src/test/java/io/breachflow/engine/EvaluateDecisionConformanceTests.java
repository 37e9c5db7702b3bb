package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.Decision;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.response.EvaluatedDecision;
import io.camunda.client.api.response.EvaluatedDecisionInput;
import io.camunda.client.api.response.MatchedDecisionRule;
import io.grpc.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** EvaluateDecision: which version is evaluated, what the answer carries, hit policies and failures. */
class EvaluateDecisionConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private EvaluateDecisionResponse evaluate(String decisionId, Map<String, Object> variables) {
        return engine.client().newEvaluateDecisionCommand().decisionId(decisionId).variables(variables).send().join();
    }

    private static long key(DeploymentEvent event, String decisionId) {
        return event.getDecisions().stream().filter(d -> d.getDmnDecisionId().equals(decisionId))
                .mapToLong(Decision::getDecisionKey).findFirst().orElseThrow();
    }

    @Test
    void evaluatingByIdUsesTheLatestVersion() {
        DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);
        String stricter = DmnFiles.text(DmnFiles.BREACH_RISK).replace("records &gt; 1000", "records &gt; 100");
        DeploymentEvent second = DmnFiles.deployText(engine, stricter, DmnFiles.BREACH_RISK);

        EvaluateDecisionResponse response = evaluate("Decision_RiskLevel", Map.of("records", 300));

        assertThat(response.getDecisionVersion()).isEqualTo(2);
        assertThat(response.getDecisionKey()).isEqualTo(key(second, "Decision_RiskLevel"));
        assertThat(response.getDecisionOutput()).isEqualTo("\"high\"");
    }

    @Test
    void evaluatingByKeyUsesThatVersion() {
        DeploymentEvent first = DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);
        String stricter = DmnFiles.text(DmnFiles.BREACH_RISK).replace("records &gt; 1000", "records &gt; 100");
        DmnFiles.deployText(engine, stricter, DmnFiles.BREACH_RISK);

        EvaluateDecisionResponse response = engine.client().newEvaluateDecisionCommand()
                .decisionKey(key(first, "Decision_RiskLevel")).variables(Map.of("records", 300)).send().join();

        assertThat(response.getDecisionVersion()).isEqualTo(1);
        assertThat(response.getDecisionOutput()).isEqualTo("\"low\"");
    }

    @Test
    void theAnswerNamesTheDecisionAndListsRequiredDecisionsFirstWithInputsAndMatchedRules() {
        DeploymentEvent deployed = DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);

        EvaluateDecisionResponse response = evaluate("Decision_RiskLevel", Map.of("records", 700));

        assertThat(response.getDecisionId()).isEqualTo("Decision_RiskLevel");
        assertThat(response.getDecisionName()).isEqualTo("Risk level");
        assertThat(response.getDecisionRequirementsId()).isEqualTo("Drg_BreachRisk");
        assertThat(response.getDecisionRequirementsKey())
                .isEqualTo(deployed.getDecisionRequirements().get(0).getDecisionRequirementsKey());
        assertThat(response.getTenantId()).isEqualTo("<default>");
        assertThat(response.getDecisionEvaluationKey()).isPositive();
        assertThat(response.getFailedDecisionId()).isEmpty();
        assertThat(response.getFailureMessage()).isEmpty();
        assertThat(response.getEvaluatedDecisions()).extracting(EvaluatedDecision::getDecisionId)
                .containsExactly("Decision_Severity", "Decision_RiskLevel");
        EvaluatedDecision severity = response.getEvaluatedDecisions().get(0);
        assertThat(severity.getDecisionType()).isEqualTo("LITERAL_EXPRESSION");
        assertThat(severity.getDecisionOutput()).isEqualTo("\"normal\"");
        assertThat(severity.getDecisionKey()).isEqualTo(key(deployed, "Decision_Severity"));
        EvaluatedDecision level = response.getEvaluatedDecisions().get(1);
        assertThat(level.getDecisionType()).isEqualTo("DECISION_TABLE");
        assertThat(level.getDecisionOutput()).isEqualTo("\"medium\"");
        assertThat(level.getEvaluatedInputs()).extracting(EvaluatedDecisionInput::getInputId,
                EvaluatedDecisionInput::getInputName, EvaluatedDecisionInput::getInputValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Input_Records", "Affected records", "700"),
                        org.assertj.core.groups.Tuple.tuple("Input_Severity", "Severity", "\"normal\""));
        MatchedDecisionRule rule = level.getMatchedRules().get(0);
        assertThat(level.getMatchedRules()).hasSize(1);
        assertThat(rule.getRuleId()).isEqualTo("Rule_Many");
        assertThat(rule.getRuleIndex()).isEqualTo(2);
        assertThat(rule.getEvaluatedOutputs()).singleElement().satisfies(output -> {
            assertThat(output.getOutputId()).isEqualTo("Output_Level");
            assertThat(output.getOutputName()).isEqualTo("level");
            assertThat(output.getOutputValue()).isEqualTo("\"medium\"");
        });
    }

    @Test
    void noMatchingRuleGivesANullOutput() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);

        EvaluateDecisionResponse response = evaluate("Decision_Unique", Map.of("records", 10));

        assertThat(response.getDecisionOutput()).isEqualTo("null");
        assertThat(response.getEvaluatedDecisions().get(0).getMatchedRules()).isEmpty();
        assertThat(response.getFailureMessage()).isEmpty();
    }

    @Test
    void aHitPolicyViolationIsAnAnswerNamingTheFailedDecision() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);

        EvaluateDecisionResponse response = evaluate("Decision_Unique", Map.of("records", 700));

        assertThat(response.getFailedDecisionId()).isEqualTo("Decision_Unique");
        assertThat(response.getFailureMessage()).startsWith("Expected to evaluate decision 'Decision_Unique', but ")
                .contains("UNIQUE");
        assertThat(response.getDecisionOutput()).isEqualTo("null");
        assertThat(engine.tables().countAll("DECISION_EVALUATION", "FAILED")).isEqualTo(1);
    }

    @Test
    void aFailingRequiredDecisionIsNamedAsTheFailedDecision() {
        String failing = DmnFiles.text(DmnFiles.BREACH_RISK)
                .replace("if records &gt; 1000", "if assert(records, records != null) &gt; 1000");
        DmnFiles.deployText(engine, failing, DmnFiles.BREACH_RISK);

        EvaluateDecisionResponse response = evaluate("Decision_RiskLevel", Map.of());

        assertThat(response.getDecisionId()).isEqualTo("Decision_RiskLevel");
        assertThat(response.getFailedDecisionId()).isEqualTo("Decision_Severity");
        assertThat(response.getFailureMessage()).startsWith("Expected to evaluate decision 'Decision_RiskLevel', but ");
        assertThat(response.getDecisionOutput()).isEqualTo("null");
        assertThat(response.getEvaluatedDecisions()).extracting(EvaluatedDecision::getDecisionId)
                .last().isEqualTo("Decision_Severity");
        assertThat(response.getEvaluatedDecisions()).last().extracting(EvaluatedDecision::getDecisionOutput)
                .isEqualTo("null");
    }

    @Test
    void firstHitWithTwoOutputsGivesAContext() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);

        assertThat(evaluate("Decision_First", Map.of("records", 700)).getDecisionOutput())
                .isEqualTo("{\"level\":\"high\",\"hours\":72}");
    }

    @Test
    void anyHitGivesTheAgreedValue() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);

        assertThat(evaluate("Decision_Any", Map.of("records", 700)).getDecisionOutput()).isEqualTo("true");
    }

    @Test
    void collectGivesTheOutputsOfAllMatchingRulesAsAList() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);

        EvaluateDecisionResponse response = evaluate("Decision_Collect", Map.of("records", 700));

        assertThat(response.getDecisionOutput()).isEqualTo("[\"regulator\",\"subjects\",\"board\"]");
        assertThat(response.getEvaluatedDecisions().get(0).getMatchedRules()).extracting(MatchedDecisionRule::getRuleIndex)
                .containsExactly(1, 2, 3);
    }

    @Test
    void collectWithSumOrCountAggregatesTheOutputs() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);

        assertThat(evaluate("Decision_CollectSum", Map.of("records", 200)).getDecisionOutput()).isEqualTo("6");
        assertThat(evaluate("Decision_CollectCount", Map.of("records", 700)).getDecisionOutput()).isEqualTo("3");
    }

    @Test
    void ruleOrderListsOutputsInTheOrderOfTheRules() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);

        assertThat(evaluate("Decision_RuleOrder", Map.of("records", 700)).getDecisionOutput())
                .isEqualTo("[\"board\",\"regulator\",\"subjects\"]");
    }

    @Test
    void outputOrderListsOutputsByThePriorityOfTheirOutputValues() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);

        assertThat(evaluate("Decision_OutputOrder", Map.of("records", 700)).getDecisionOutput())
                .isEqualTo("[\"immediate\",\"days\",\"weeks\"]");
    }

    @Test
    void priorityGivesTheOutputWithTheHighestPriority() {
        DmnFiles.deploy(engine, DmnFiles.HIT_POLICIES);

        assertThat(evaluate("Decision_Priority", Map.of("records", 200)).getDecisionOutput()).isEqualTo("\"days\"");
    }

    @Test
    void anUnknownDecisionIdIsNotFound() {
        String message = Grpc.failsWith(Status.Code.NOT_FOUND, () -> evaluate("Decision_Unknown", Map.of()));

        assertThat(message).contains("Decision_Unknown");
    }

    @Test
    void anUnknownDecisionKeyIsNotFound() {
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newEvaluateDecisionCommand()
                .decisionKey(2251799813685249L + 999_999).send().join());
    }

    @Test
    void variablesThatAreNotAJsonObjectAreRejected() {
        DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);

        Grpc.failsWith(Status.Code.INVALID_ARGUMENT, () -> engine.client().newEvaluateDecisionCommand()
                .decisionId("Decision_RiskLevel").variables("[1, 2]").send().join());
    }

    @Test
    void eachEvaluationIsRecordedInTheHistory() {
        DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);

        evaluate("Decision_RiskLevel", Map.of("records", 10));
        evaluate("Decision_RiskLevel", Map.of("records", 2000));

        assertThat(engine.tables().countAll("DECISION_EVALUATION", "EVALUATED")).isEqualTo(2);
    }
}
