package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.IntermediateCatchEventBuilder;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Timer events (B.5) driven by the engine clock: every test pins time, moves it just short of the
 * due instant to show the timer does not fire early, then onto it and awaits the effect.
 */
class TimerConformanceTests {

    /** A Monday, 08:00 UTC. */
    static final Instant MONDAY_8AM = Instant.parse("2025-11-17T08:00:00Z");

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @BeforeEach
    void pinTheClock() {
        engine.clock().pin(MONDAY_8AM);
    }

    private static BpmnModelInstance waitingOn(Consumer<IntermediateCatchEventBuilder> timer) {
        return Bpmn.createExecutableProcess("Process_Wait").startEvent()
                .intermediateCatchEvent("Timer_Wait", timer)
                .serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent().done();
    }

    @Test
    void durationTimerFiresWhenTheClockReachesItsDueInstantAndNotBefore() {
        engine.deploy(waitingOn(c -> c.timerWithDuration("PT1H")));
        long instance = engine.startInstance("Process_Wait");
        EngineAwait.noJob(engine, "after");

        engine.clock().add(Duration.ofMinutes(59));
        EngineAwait.noJob(engine, "after");
        engine.clock().add(Duration.ofMinutes(1));

        assertThat(engine.awaitJob("after").getProcessInstanceKey()).isEqualTo(instance);
        assertThat(engine.tables().completedElements(instance)).contains("Timer_Wait");
        assertThat(engine.tables().elementsOfType(instance, "INTERMEDIATE_CATCH_EVENT", "ELEMENT_COMPLETED"))
                .containsExactly("Timer_Wait");
    }

    @Test
    void dateTimerFiresAtItsDate() {
        engine.deploy(waitingOn(c -> c.timerWithDate("2025-11-17T10:00:00Z")));
        engine.startInstance("Process_Wait");

        engine.clock().add(Duration.ofMinutes(119));
        EngineAwait.noJob(engine, "after");
        engine.clock().add(Duration.ofMinutes(1));

        engine.awaitJob("after");
    }

    @Test
    void dateTimerWithAnOffsetIsReadOnTheUtcTimeline() {
        engine.deploy(waitingOn(c -> c.timerWithDate("2025-11-17T19:00:00+09:00")));
        engine.startInstance("Process_Wait");

        engine.clock().add(Duration.ofMinutes(119));
        EngineAwait.noJob(engine, "after");
        engine.clock().add(Duration.ofMinutes(1));

        engine.awaitJob("after");
    }

    @Test
    void durationFromAFeelTemporalValueIsEvaluatedAtActivation() {
        engine.deploy(waitingOn(c -> c.timerWithDurationExpression("duration(\"PT5M\")")));
        engine.startInstance("Process_Wait");

        engine.clock().add(Duration.ofMinutes(4));
        EngineAwait.noJob(engine, "after");
        engine.clock().add(Duration.ofMinutes(1));

        engine.awaitJob("after");
    }

    @Test
    void durationFromAStringVariableIsUsed() {
        engine.deploy(waitingOn(c -> c.timerWithDurationExpression("reminderAfter")));
        engine.startInstance("Process_Wait", Map.of("reminderAfter", "PT10M"));

        engine.clock().add(Duration.ofMinutes(9));
        EngineAwait.noJob(engine, "after");
        engine.clock().add(Duration.ofMinutes(1));

        engine.awaitJob("after");
    }

    @Test
    void dateFromAnExpressionIsUsed() {
        engine.deploy(waitingOn(c -> c.timerWithDateExpression("date and time(dueAt)")));
        engine.startInstance("Process_Wait", Map.of("dueAt", "2025-11-17T08:30:00Z"));

        engine.clock().add(Duration.ofMinutes(29));
        EngineAwait.noJob(engine, "after");
        engine.clock().add(Duration.ofMinutes(1));

        engine.awaitJob("after");
    }

    @Test
    void zeroDurationFiresAtOnce() {
        engine.deploy(waitingOn(c -> c.timerWithDuration("PT0S")));
        long instance = engine.startInstance("Process_Wait");

        assertThat(engine.awaitJob("after").getProcessInstanceKey()).isEqualTo(instance);
    }

    @Test
    void negativeDurationFiresAtOnce() {
        engine.deploy(waitingOn(c -> c.timerWithDurationExpression("duration(\"-PT5M\")")));
        long instance = engine.startInstance("Process_Wait");

        assertThat(engine.awaitJob("after").getProcessInstanceKey()).isEqualTo(instance);
    }

    @Test
    void dateInThePastFiresAtOnce() {
        engine.deploy(waitingOn(c -> c.timerWithDate("2025-11-17T07:00:00Z")));
        long instance = engine.startInstance("Process_Wait");

        assertThat(engine.awaitJob("after").getProcessInstanceKey()).isEqualTo(instance);
    }

    @Test
    void timerThatCannotBeEvaluatedRaisesAnExtractValueIncident() {
        engine.deploy(waitingOn(c -> c.timerWithDurationExpression("reminderAfter")));
        long instance = engine.startInstance("Process_Wait", Map.of("reminderAfter", "soon"));

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
        assertThat(incident.elementId()).isEqualTo("Timer_Wait");
    }

    @Test
    void interruptingBoundaryTimerTerminatesTheTaskAndTakesTheBoundaryFlow() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Deadline").startEvent()
                .serviceTask("Task_Report", t -> t.zeebeJobType("report"))
                .boundaryEvent("Timer_Deadline", b -> b.timerWithDuration("PT72H")).serviceTask("Task_Escalate",
                        t -> t.zeebeJobType("escalate")).endEvent()
                .moveToActivity("Task_Report").endEvent().done());
        long instance = engine.startInstance("Process_Deadline");
        ActivatedJob report = engine.awaitJob("report");

        engine.clock().add(Duration.ofHours(72).minusMinutes(1));
        EngineAwait.noJob(engine, "escalate");
        engine.clock().add(Duration.ofMinutes(1));

        assertThat(engine.awaitJob("escalate").getProcessInstanceKey()).isEqualTo(instance);
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Report");
        assertThat(engine.tables().elementsOfType(instance, "BOUNDARY_EVENT", "ELEMENT_COMPLETED"))
                .containsExactly("Timer_Deadline");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(report.getKey()).send().join());
    }

    @Test
    void boundaryTimerIsCancelledWhenTheTaskCompletesFirst() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Deadline").startEvent()
                .serviceTask("Task_Report", t -> t.zeebeJobType("report"))
                .boundaryEvent("Timer_Deadline", b -> b.timerWithDuration("PT1H")).serviceTask("Task_Escalate",
                        t -> t.zeebeJobType("escalate")).endEvent()
                .moveToActivity("Task_Report").endEvent().done());
        long instance = engine.startInstance("Process_Deadline");
        engine.completeJob("report");
        EngineAwait.completed(engine, instance, "Process_Deadline");

        engine.clock().add(Duration.ofHours(2));

        EngineAwait.noJob(engine, "escalate");
    }

    @Test
    void nonInterruptingCycleFiresThreeTimes() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Remind").startEvent()
                .serviceTask("Task_Review", t -> t.zeebeJobType("review"))
                .boundaryEvent("Timer_Remind", b -> b.cancelActivity(false).timerWithCycle("R3/PT10M"))
                .serviceTask("Task_Remind", t -> t.zeebeJobType("remind")).endEvent()
                .moveToActivity("Task_Review").endEvent().done());
        long instance = engine.startInstance("Process_Remind");
        ActivatedJob review = engine.awaitJob("review");

        for (int round = 1; round <= 3; round++) {
            engine.clock().add(Duration.ofMinutes(9));
            EngineAwait.noJob(engine, "remind");
            engine.clock().add(Duration.ofMinutes(1));
            engine.completeJob("remind");
        }
        engine.clock().add(Duration.ofMinutes(30));
        EngineAwait.noJob(engine, "remind");

        engine.client().newCompleteCommand(review.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Remind");
        assertThat(engine.tables().completedElements(instance)).filteredOn("Timer_Remind"::equals).hasSize(3);
        assertThat(engine.tables().terminatedElements(instance)).doesNotContain("Task_Review");
    }

    @Test
    void timerStartEventWithCycleCreatesInstancesAndANewVersionReplacesTheOldTimer() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Tick").startEvent("Start_Hourly")
                .timerWithCycle("R/PT1H").serviceTask("Task_Tick", t -> t.zeebeJobType("tick")).endEvent().done());
        EngineAwait.noJob(engine, "tick");

        // complete each job: moving the clock an hour also lets a held job's activation time out
        engine.clock().add(Duration.ofHours(1));
        ActivatedJob first = engine.completeJob("tick");
        engine.clock().add(Duration.ofHours(1));
        ActivatedJob second = engine.completeJob("tick");
        assertThat(second.getProcessInstanceKey()).isNotEqualTo(first.getProcessInstanceKey());
        assertThat(first.getProcessDefinitionVersion()).isEqualTo(1);

        engine.deploy(Bpmn.createExecutableProcess("Process_Tick").startEvent("Start_Hourly")
                .timerWithCycle("R/PT1H").serviceTask("Task_Tock", t -> t.zeebeJobType("tock")).endEvent().done());
        engine.clock().add(Duration.ofHours(1));

        ActivatedJob third = engine.awaitJob("tock");
        assertThat(third.getProcessDefinitionVersion()).isEqualTo(2);
        EngineAwait.noJob(engine, "tick");
        assertThat(engine.tables().instancesOf("Process_Tick")).hasSize(3);
    }

    @Test
    void timerStartEventWithADateFiresOnce() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Once").startEvent("Start_At")
                .timerWithDate("2025-11-17T09:00:00Z").serviceTask("Task_Once", t -> t.zeebeJobType("once"))
                .endEvent().done());

        engine.clock().add(Duration.ofMinutes(59));
        EngineAwait.noJob(engine, "once");
        engine.clock().add(Duration.ofMinutes(1));
        engine.completeJob("once");
        engine.clock().add(Duration.ofDays(2));

        EngineAwait.noJob(engine, "once");
        assertThat(engine.tables().instancesOf("Process_Once")).hasSize(1);
    }

    /** Zeebe evaluates cron cycles in UTC (the engine clock's zone); the expected instants assume that. */
    @Test
    void cronCycleFiresAtTheNextMatchingInstant() {
        engine.clock().pin(Instant.parse("2025-11-15T12:00:00Z")); // a Saturday
        engine.deploy(Bpmn.createExecutableProcess("Process_Daily").startEvent("Start_Weekdays")
                .timerWithCycle("0 0 9 * * MON-FRI").serviceTask("Task_Digest", t -> t.zeebeJobType("digest"))
                .endEvent().done());

        engine.clock().add(Duration.ofDays(1)); // Sunday noon: no weekday 09:00 passed
        EngineAwait.noJob(engine, "digest");
        engine.clock().pin(Instant.parse("2025-11-17T08:59:00Z"));
        EngineAwait.noJob(engine, "digest");
        engine.clock().add(Duration.ofMinutes(1));

        engine.completeJob("digest");
        engine.clock().pin(Instant.parse("2025-11-18T08:59:00Z"));
        EngineAwait.noJob(engine, "digest");
        engine.clock().add(Duration.ofMinutes(1));
        engine.completeJob("digest");
        assertThat(engine.tables().instancesOf("Process_Daily")).hasSize(2);
    }

    @Test
    void interruptingEventSubProcessTimerTerminatesTheProcessWork() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Sla")
                .eventSubProcess("Esp_Sla", e -> e.startEvent("Start_Sla").timerWithDuration("PT24H").interrupting(true)
                        .serviceTask("Task_Breach", t -> t.zeebeJobType("sla-breached")).endEvent())
                .startEvent().serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
        long instance = engine.startInstance("Process_Sla");
        ActivatedJob work = engine.awaitJob("work");

        engine.clock().add(Duration.ofHours(24).minusSeconds(1));
        EngineAwait.noJob(engine, "sla-breached");
        engine.clock().add(Duration.ofSeconds(1));

        engine.completeJob("sla-breached");
        EngineAwait.completed(engine, instance, "Process_Sla");
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Work");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(work.getKey()).send().join());
    }

    @Test
    void nonInterruptingEventSubProcessTimerRunsAlongsideTheWork() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Nudge")
                .eventSubProcess("Esp_Nudge", e -> e.startEvent("Start_Nudge").timerWithCycle("R2/PT1H")
                        .interrupting(false).serviceTask("Task_Nudge", t -> t.zeebeJobType("nudge")).endEvent())
                .startEvent().serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
        long instance = engine.startInstance("Process_Nudge");
        ActivatedJob work = engine.awaitJob("work");

        engine.clock().add(Duration.ofHours(1));
        engine.completeJob("nudge");
        engine.clock().add(Duration.ofHours(1));
        engine.completeJob("nudge");
        engine.clock().add(Duration.ofHours(1));
        EngineAwait.noJob(engine, "nudge");

        engine.client().newCompleteCommand(work.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Nudge");
        assertThat(engine.tables().completedElements(instance)).filteredOn("Esp_Nudge"::equals).hasSize(2);
    }

    @Test
    void movingTheClockFarPastSeveralTimersFiresEachOfThem() {
        engine.deploy(waitingOn(c -> c.timerWithDurationExpression("wait")));
        long soon = engine.startInstance("Process_Wait", Map.of("wait", "PT1M"));
        long later = engine.startInstance("Process_Wait", Map.of("wait", "PT2H"));

        engine.clock().add(Duration.ofDays(1));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                engine.tables().completedElements(soon).contains("Timer_Wait")
                        && engine.tables().completedElements(later).contains("Timer_Wait"));
        assertThat(engine.awaitJobs("after", 2)).extracting(ActivatedJob::getProcessInstanceKey)
                .containsExactlyInAnyOrder(soon, later);
    }
}
