package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Event-based gateways (B.15): the first of message, timer or signal wins and cancels the others. */
class EventBasedGatewayConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private long instance;

    private static BpmnModelInstance awaitingAuthority() {
        return Bpmn.createExecutableProcess("Process_Await").startEvent().eventBasedGateway("Gateway_Await")
                .intermediateCatchEvent("Catch_Reply", c -> c.message(m -> m.name("authority-replied")
                        .zeebeCorrelationKeyExpression("filingRef")))
                .serviceTask("Task_Read", t -> t.zeebeJobType("read-reply")).endEvent()
                .moveToNode("Gateway_Await").intermediateCatchEvent("Catch_Timeout", c -> c.timerWithDuration("P5D"))
                .serviceTask("Task_Chase", t -> t.zeebeJobType("chase")).endEvent()
                .moveToNode("Gateway_Await").intermediateCatchEvent("Catch_Recall", c -> c.signal("filings-recalled"))
                .serviceTask("Task_Recall", t -> t.zeebeJobType("recall")).endEvent()
                .done();
    }

    @BeforeEach
    void startAnInstanceWaitingAtTheGateway() {
        engine.clock().pin(Instant.parse("2025-11-17T08:00:00Z"));
        engine.deploy(awaitingAuthority());
        instance = engine.startInstance("Process_Await", Map.of("filingRef", "F-1"));
    }

    private void reply() {
        engine.publish("authority-replied", "F-1", Duration.ZERO, Map.of("replyNo", 7));
    }

    private void recall() {
        engine.client().newBroadcastSignalCommand().signalName("filings-recalled").send().join();
    }

    @Test
    void messageWinsAndCancelsTheTimerAndTheSignal() {
        reply();

        assertThat(engine.awaitJob("read-reply").getVariablesAsMap()).containsEntry("replyNo", 7);
        engine.clock().add(Duration.ofDays(6));
        recall();
        EngineAwait.noJob(engine, "chase");
        EngineAwait.noJob(engine, "recall");
        assertThat(engine.tables().completedElements(instance)).contains("Gateway_Await", "Catch_Reply")
                .doesNotContain("Catch_Timeout", "Catch_Recall");
    }

    @Test
    void timerWinsAndCancelsTheMessageAndTheSignal() {
        engine.clock().add(Duration.ofDays(5).minusMinutes(1));
        EngineAwait.noJob(engine, "chase");
        engine.clock().add(Duration.ofMinutes(1));

        engine.awaitJob("chase");
        reply();
        recall();
        EngineAwait.noJob(engine, "read-reply");
        EngineAwait.noJob(engine, "recall");
    }

    @Test
    void signalWinsAndCancelsTheMessageAndTheTimer() {
        recall();

        assertThat(engine.awaitJob("recall").getProcessInstanceKey()).isEqualTo(instance);
        reply();
        engine.clock().add(Duration.ofDays(6));
        EngineAwait.noJob(engine, "read-reply");
        EngineAwait.noJob(engine, "chase");
    }

    @Test
    void aBufferedMessageWinsAsSoonAsTheGatewayIsEntered() {
        engine.publish("authority-replied", "F-2", Duration.ofHours(1), Map.of());

        long second = engine.startInstance("Process_Await", Map.of("filingRef", "F-2"));

        assertThat(engine.awaitJob("read-reply").getProcessInstanceKey()).isEqualTo(second);
    }
}
