package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timers and buffered messages live in the database: they survive a restart, and overdue timers fire at start-up. */
class TimerAndMessageRestartConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @BeforeEach
    void pinTheClock() {
        engine.clock().pin(Instant.parse("2025-11-17T08:00:00Z"));
    }

    private void deployReminder() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Reminder").startEvent()
                .intermediateCatchEvent("Timer_Reminder", c -> c.timerWithDuration("PT1H"))
                .serviceTask("Task_Remind", t -> t.zeebeJobType("remind")).endEvent().done());
    }

    @Test
    void aTimerDueWhileTheEngineWasDownFiresRightAfterStart() {
        deployReminder();
        long instance = engine.startInstance("Process_Reminder");

        engine.stopEngine();
        engine.clock().add(Duration.ofHours(2));
        engine.startEngine();

        assertThat(engine.awaitJob("remind").getProcessInstanceKey()).isEqualTo(instance);
        assertThat(engine.tables().completedElements(instance)).containsOnlyOnce("Timer_Reminder");
    }

    @Test
    void aTimerNotYetDueAtRestartStillWaitsAndThenFiresOnce() {
        deployReminder();
        long instance = engine.startInstance("Process_Reminder");

        engine.clock().add(Duration.ofMinutes(30));
        engine.restartEngine();
        EngineAwait.noJob(engine, "remind");
        engine.clock().add(Duration.ofMinutes(30));

        assertThat(engine.awaitJob("remind").getProcessInstanceKey()).isEqualTo(instance);
        EngineAwait.noJob(engine, "remind");
        assertThat(engine.tables().completedElements(instance)).containsOnlyOnce("Timer_Reminder");
    }

    @Test
    void aTimerStartEventKeepsFiringAfterARestart() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Tick").startEvent("Start_Hourly")
                .timerWithCycle("R/PT1H").serviceTask("Task_Tick", t -> t.zeebeJobType("tick")).endEvent().done());

        engine.stopEngine();
        engine.clock().add(Duration.ofHours(1));
        engine.startEngine();

        engine.completeJob("tick");
        engine.clock().add(Duration.ofHours(1));
        engine.completeJob("tick");
        assertThat(engine.tables().instancesOf("Process_Tick")).hasSize(2);
    }

    @Test
    void aBufferedMessageSurvivesARestartAndCorrelatesAfterwards() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Order").startEvent()
                .intermediateCatchEvent("Catch_Payment", c -> c.message(m -> m.name("payment-received")
                        .zeebeCorrelationKeyExpression("orderId")))
                .serviceTask("Task_Ship", t -> t.zeebeJobType("ship")).endEvent().done());
        engine.publish("payment-received", "A-1", Duration.ofHours(1), Map.of("amount", 120));

        engine.restartEngine();
        long instance = engine.startInstance("Process_Order", Map.of("orderId", "A-1"));

        var ship = engine.awaitJob("ship");
        assertThat(ship.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(ship.getVariablesAsMap()).containsEntry("amount", 120);
    }

    @Test
    void anOpenMessageSubscriptionSurvivesARestart() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Order").startEvent()
                .intermediateCatchEvent("Catch_Payment", c -> c.message(m -> m.name("payment-received")
                        .zeebeCorrelationKeyExpression("orderId")))
                .serviceTask("Task_Ship", t -> t.zeebeJobType("ship")).endEvent().done());
        long instance = engine.startInstance("Process_Order", Map.of("orderId", "A-1"));

        engine.restartEngine();
        engine.publish("payment-received", "A-1", Duration.ZERO, Map.of());

        assertThat(engine.awaitJob("ship").getProcessInstanceKey()).isEqualTo(instance);
    }

    @Test
    void aMessageIdStaysTakenAcrossARestartWhileBuffered() {
        engine.client().newPublishMessageCommand().messageName("scope-revised").correlationKey("INC-7")
                .messageId("rev-1").timeToLive(Duration.ofHours(1)).send().join();

        engine.restartEngine();

        Grpc.failsWith(io.grpc.Status.Code.ALREADY_EXISTS, () -> engine.client().newPublishMessageCommand()
                .messageName("scope-revised").correlationKey("INC-7").messageId("rev-1")
                .timeToLive(Duration.ofHours(1)).send().join());
    }
}
