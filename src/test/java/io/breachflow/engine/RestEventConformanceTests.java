package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.CorrelateMessageResponse;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages (publication with time-to-live, correlation), signals and decision evaluation over REST. */
class RestEventConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private CamundaClient rest() {
        return engine.restClient();
    }

    private static BpmnModelInstance awaitingPayment() {
        return Bpmn.createExecutableProcess("Process_Order").startEvent()
                .intermediateCatchEvent("Catch_Payment", c -> c.message(m -> m.name("payment-received")
                        .zeebeCorrelationKeyExpression("orderId")))
                .serviceTask("Task_Ship", t -> t.zeebeJobType("ship")).endEvent().done();
    }

    @Test
    void aPublishedMessageWithTimeToLiveIsCorrelatedToAnInstanceStartedLater() {
        engine.deploy(awaitingPayment());

        var published = rest().newPublishMessageCommand().messageName("payment-received").correlationKey("A-1")
                .timeToLive(Duration.ofMinutes(5)).variables(Map.of("paid", true)).send().join();
        long instance = engine.startInstance("Process_Order", Map.of("orderId", "A-1"));

        assertThat(published.getMessageKey()).isPositive();
        assertThat(engine.awaitJob("ship")).satisfies(job -> {
            assertThat(job.getProcessInstanceKey()).isEqualTo(instance);
            assertThat(job.getVariablesAsMap()).containsEntry("paid", true);
        });
    }

    @Test
    void correlatingAnswersWithTheProcessInstanceItReached() {
        engine.deploy(awaitingPayment());
        engine.startInstance("Process_Order", Map.of("orderId", "A-1"));
        long second = engine.startInstance("Process_Order", Map.of("orderId", "A-2"));

        CorrelateMessageResponse correlated = rest().newCorrelateMessageCommand().messageName("payment-received")
                .correlationKey("A-2").variables(Map.of("paid", true)).send().join();

        assertThat(correlated.getProcessInstanceKey()).isEqualTo(second);
        assertThat(correlated.getMessageKey()).isPositive();
        assertThat(engine.awaitJob("ship").getProcessInstanceKey()).isEqualTo(second);
    }

    @Test
    void correlatingAMessageNobodyWaitsForIsNotFoundAndNotBuffered() {
        engine.deploy(awaitingPayment());

        assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> rest().newCorrelateMessageCommand()
                .messageName("payment-received").correlationKey("A-9").send().join())
                .satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo(404);
                    assertThat(problem.details().getDetail()).contains("payment-received").contains("A-9");
                });
        engine.startInstance("Process_Order", Map.of("orderId", "A-9"));
        EngineAwait.noJob(engine, "ship");
    }

    @Test
    void aBroadcastSignalStartsTheProcessesWaitingForIt() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Audit").startEvent("Start_Signal").signal("audit-requested")
                .serviceTask("Task_Audit", t -> t.zeebeJobType("audit")).endEvent().done());

        var broadcast = rest().newBroadcastSignalCommand().signalName("audit-requested")
                .variables(Map.of("scope", "all")).send().join();

        assertThat(broadcast.getKey()).isPositive();
        assertThat(engine.awaitJob("audit").getVariablesAsMap()).containsEntry("scope", "all");
    }

    @Test
    void evaluatesADecisionWithItsRequiredDecisions() {
        DmnFiles.deploy(engine, DmnFiles.BREACH_RISK);

        EvaluateDecisionResponse response = rest().newEvaluateDecisionCommand().decisionId("Decision_RiskLevel")
                .variables(Map.of("records", 700)).send().join();

        assertThat(response.getDecisionId()).isEqualTo("Decision_RiskLevel");
        assertThat(response.getDecisionOutput()).isEqualTo("\"medium\"");
        assertThat(response.getFailureMessage()).isNullOrEmpty();
        assertThat(response.getEvaluatedDecisions()).extracting(d -> d.getDecisionId())
                .containsExactly("Decision_Severity", "Decision_RiskLevel");
        assertThat(response.getEvaluatedDecisions().get(1).getMatchedRules()).singleElement()
                .satisfies(rule -> assertThat(rule.getRuleId()).isEqualTo("Rule_Many"));
        assertThat(response.getEvaluatedDecisions().get(1).getEvaluatedInputs()).hasSize(2);
    }
}
