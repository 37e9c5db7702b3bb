package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Message publication, buffering and correlation (B.4). */
class MessageConformanceTests {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration NO_BUFFER = Duration.ZERO;

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    /** start → catch "payment-received" keyed by {@code = orderId} → ship job. */
    private static BpmnModelInstance awaitingPayment(String processId, String jobType) {
        return Bpmn.createExecutableProcess(processId).startEvent()
                .intermediateCatchEvent("Catch_Payment", c -> c.message(m -> m.name("payment-received")
                        .zeebeCorrelationKeyExpression("orderId")))
                .serviceTask("Task_Ship", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    private long orderWaitingForPayment(String orderId) {
        return engine.startInstance("Process_Order", Map.of("orderId", orderId));
    }

    @Test
    void intermediateCatchCorrelatesByCorrelationKey() {
        engine.deploy(awaitingPayment("Process_Order", "ship"));
        long first = orderWaitingForPayment("A-1");
        long second = orderWaitingForPayment("A-2");

        engine.publish("payment-received", "A-2", NO_BUFFER, Map.of("paid", true));

        ActivatedJob ship = engine.awaitJob("ship");
        assertThat(ship.getProcessInstanceKey()).isEqualTo(second);
        assertThat(ship.getVariablesAsMap()).containsEntry("paid", true).containsEntry("orderId", "A-2");
        EngineAwait.noJob(engine, "ship");
        assertThat(engine.tables().completedElements(first)).doesNotContain("Catch_Payment");
    }

    @Test
    void numericCorrelationKeyIsComparedAsAString() {
        engine.deploy(awaitingPayment("Process_Order", "ship"));
        long instance = engine.startInstance("Process_Order", Map.of("orderId", 4711));

        engine.publish("payment-received", "4711", NO_BUFFER, Map.of());

        assertThat(engine.awaitJob("ship").getProcessInstanceKey()).isEqualTo(instance);
    }

    @Test
    void correlationKeyIsEvaluatedOnceWhenTheSubscriptionOpens() {
        engine.deploy(awaitingPayment("Process_Order", "ship"));
        long instance = orderWaitingForPayment("A-1");
        engine.client().newSetVariablesCommand(instance).variables(Map.of("orderId", "B-2")).send().join();

        engine.publish("payment-received", "B-2", NO_BUFFER, Map.of());
        EngineAwait.noJob(engine, "ship");
        engine.publish("payment-received", "A-1", NO_BUFFER, Map.of());

        assertThat(engine.awaitJob("ship").getProcessInstanceKey()).isEqualTo(instance);
    }

    @Test
    void bufferedMessageCorrelatesWhenSubscriptionOpensLater() {
        engine.deploy(awaitingPayment("Process_Order", "ship"));
        engine.publish("payment-received", "A-1", HOUR, Map.of("amount", 120));

        long instance = orderWaitingForPayment("A-1");

        ActivatedJob ship = engine.awaitJob("ship");
        assertThat(ship.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(ship.getVariablesAsMap()).containsEntry("amount", 120);
    }

    @Test
    void theOldestBufferedMessageCorrelatesFirst() {
        engine.deploy(awaitingPayment("Process_Order", "ship"));
        engine.publish("payment-received", "A-1", HOUR, Map.of("seq", 1));
        engine.publish("payment-received", "A-1", HOUR, Map.of("seq", 2));

        orderWaitingForPayment("A-1");
        assertThat(engine.awaitJob("ship").getVariablesAsMap()).containsEntry("seq", 1);
        orderWaitingForPayment("A-1");
        assertThat(engine.awaitJob("ship").getVariablesAsMap()).containsEntry("seq", 2);
    }

    @Test
    void messageWithoutTimeToLiveAndWithoutSubscriptionIsDropped() {
        engine.deploy(awaitingPayment("Process_Order", "ship"));
        engine.publish("payment-received", "A-1", NO_BUFFER, Map.of());

        orderWaitingForPayment("A-1");

        EngineAwait.noJob(engine, "ship");
    }

    @Test
    void expiredBufferedMessageDoesNotCorrelateButALongerLivedOneDoes() {
        engine.clock().pin(Instant.parse("2025-11-17T08:00:00Z"));
        engine.deploy(awaitingPayment("Process_Order", "ship"));
        engine.publish("payment-received", "A-1", Duration.ofMinutes(10), Map.of("seq", 1));
        engine.publish("payment-received", "A-1", HOUR, Map.of("seq", 2));

        engine.clock().add(Duration.ofMinutes(11));
        orderWaitingForPayment("A-1");

        assertThat(engine.awaitJob("ship").getVariablesAsMap()).containsEntry("seq", 2);
        orderWaitingForPayment("A-1");
        EngineAwait.noJob(engine, "ship");
    }

    @Test
    void bufferedMessageStillCorrelatesBeforeItsTimeToLiveRunsOut() {
        engine.clock().pin(Instant.parse("2025-11-17T08:00:00Z"));
        engine.deploy(awaitingPayment("Process_Order", "ship"));
        engine.publish("payment-received", "A-1", Duration.ofMinutes(10), Map.of("seq", 1));

        engine.clock().add(Duration.ofMinutes(9));
        orderWaitingForPayment("A-1");

        assertThat(engine.awaitJob("ship").getVariablesAsMap()).containsEntry("seq", 1);
    }

    @Test
    void duplicateMessageIdWhileBufferedIsRejected() {
        engine.client().newPublishMessageCommand().messageName("scope-revised").correlationKey("INC-7")
                .messageId("rev-1").timeToLive(HOUR).send().join();

        Grpc.failsWith(Status.Code.ALREADY_EXISTS, () -> engine.client().newPublishMessageCommand()
                .messageName("scope-revised").correlationKey("INC-7").messageId("rev-1").timeToLive(HOUR)
                .send().join());
        engine.client().newPublishMessageCommand().messageName("scope-revised").correlationKey("INC-7")
                .messageId("rev-2").timeToLive(HOUR).send().join();
        engine.client().newPublishMessageCommand().messageName("scope-revised").correlationKey("INC-8")
                .messageId("rev-1").timeToLive(HOUR).send().join();
    }

    @Test
    void messageIdCanBeReusedOnceTheBufferedMessageExpired() {
        engine.clock().pin(Instant.parse("2025-11-17T08:00:00Z"));
        engine.client().newPublishMessageCommand().messageName("scope-revised").correlationKey("INC-7")
                .messageId("rev-1").timeToLive(Duration.ofMinutes(1)).send().join();

        engine.clock().add(Duration.ofMinutes(2));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                engine.client().newPublishMessageCommand().messageName("scope-revised").correlationKey("INC-7")
                        .messageId("rev-1").timeToLive(Duration.ofMinutes(1)).send().join());
    }

    @Test
    void receiveTaskWaitsForItsMessage() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Receipt").startEvent()
                .receiveTask("Receive_Acknowledgement", r -> r.message(m -> m.name("authority-acknowledged")
                        .zeebeCorrelationKeyExpression("filingRef")))
                .serviceTask("Task_File", t -> t.zeebeJobType("file")).endEvent().done());
        long instance = engine.startInstance("Process_Receipt", Map.of("filingRef", "PIPC-2025-17"));
        EngineAwait.noJob(engine, "file");

        engine.publish("authority-acknowledged", "PIPC-2025-17", NO_BUFFER, Map.of("receiptNo", "R-9"));

        ActivatedJob file = engine.awaitJob("file");
        assertThat(file.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(file.getVariablesAsMap()).containsEntry("receiptNo", "R-9");
        assertThat(engine.tables().elementsOfType(instance, "RECEIVE_TASK", "ELEMENT_COMPLETED"))
                .containsExactly("Receive_Acknowledgement");
    }

    @Test
    void interruptingMessageBoundaryTerminatesTheTaskAndTakesTheBoundaryFlow() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Order").startEvent()
                .serviceTask("Task_Pack", t -> t.zeebeJobType("pack"))
                .boundaryEvent("Message_Cancel", b -> b.message(m -> m.name("order-cancelled")
                        .zeebeCorrelationKeyExpression("orderId")))
                .serviceTask("Task_Refund", t -> t.zeebeJobType("refund")).endEvent()
                .moveToActivity("Task_Pack").endEvent().done());
        long instance = orderWaitingForPayment("A-1");
        ActivatedJob pack = engine.awaitJob("pack");

        engine.publish("order-cancelled", "A-1", NO_BUFFER, Map.of("reason", "customer"));

        ActivatedJob refund = engine.awaitJob("refund");
        assertThat(refund.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(refund.getVariablesAsMap()).containsEntry("reason", "customer");
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Pack");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client().newCompleteCommand(pack.getKey()).send().join());
    }

    @Test
    void nonInterruptingMessageBoundaryFiresForEachMessageWhileTheTaskStaysActive() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Order").startEvent()
                .serviceTask("Task_Pack", t -> t.zeebeJobType("pack"))
                .boundaryEvent("Message_Note", b -> b.cancelActivity(false).message(m -> m.name("customer-note")
                        .zeebeCorrelationKeyExpression("orderId")))
                .serviceTask("Task_Note", t -> t.zeebeJobType("note")).endEvent()
                .moveToActivity("Task_Pack").endEvent().done());
        long instance = orderWaitingForPayment("A-1");
        ActivatedJob pack = engine.awaitJob("pack");

        engine.publish("customer-note", "A-1", NO_BUFFER, Map.of("note", "leave at door"));
        engine.completeJob("note");
        engine.publish("customer-note", "A-1", NO_BUFFER, Map.of("note", "ring twice"));
        engine.completeJob("note");

        engine.client().newCompleteCommand(pack.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Order");
        assertThat(engine.tables().completedElements(instance)).filteredOn("Message_Note"::equals).hasSize(2);
    }

    @Test
    void messageStartEventCreatesAnInstanceWithTheMessageVariables() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Intake").startEvent("Start_Reported")
                .message("incident-reported").serviceTask("Task_Triage", t -> t.zeebeJobType("triage"))
                .endEvent().done());

        engine.publish("incident-reported", "INC-1", NO_BUFFER, Map.of("incidentId", "INC-1"));

        ActivatedJob triage = engine.awaitJob("triage");
        assertThat(triage.getVariablesAsMap()).containsEntry("incidentId", "INC-1");
        assertThat(engine.tables().instancesOf("Process_Intake")).containsExactly(triage.getProcessInstanceKey());
    }

    @Test
    void messagesPublishedBeforeTheDeploymentNeverStartTheProcess() {
        engine.publish("incident-reported", "INC-1", HOUR, Map.of());

        engine.deploy(Bpmn.createExecutableProcess("Process_Intake").startEvent("Start_Reported")
                .message("incident-reported").serviceTask("Task_Triage", t -> t.zeebeJobType("triage"))
                .endEvent().done());

        EngineAwait.noJob(engine, "triage");
    }

    @Test
    void messageStartEventAllowsOnlyOneActiveInstancePerCorrelationKey() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Intake").startEvent("Start_Reported")
                .message("incident-reported").serviceTask("Task_Triage", t -> t.zeebeJobType("triage"))
                .endEvent().done());
        engine.publish("incident-reported", "INC-1", HOUR, Map.of("n", 1));
        ActivatedJob first = engine.awaitJob("triage");

        engine.publish("incident-reported", "INC-1", HOUR, Map.of("n", 2));
        EngineAwait.noJob(engine, "triage");
        engine.publish("incident-reported", "INC-2", HOUR, Map.of("n", 3));
        assertThat(engine.awaitJob("triage").getVariablesAsMap()).containsEntry("n", 3);

        engine.client().newCompleteCommand(first.getKey()).send().join();

        assertThat(engine.awaitJob("triage").getVariablesAsMap()).containsEntry("n", 2);
        assertThat(engine.tables().instancesOf("Process_Intake")).hasSize(3);
    }

    @Test
    void eventSubProcessMessageStartTriggersInsideTheWaitingInstance() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Case")
                .eventSubProcess("Esp_Revision", e -> e.startEvent("Start_Revised").interrupting(false)
                        .message(m -> m.name("scope-revised").zeebeCorrelationKeyExpression("caseId"))
                        .serviceTask("Task_Rederive", t -> t.zeebeJobType("rederive")).endEvent())
                .startEvent().serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
        long instance = engine.startInstance("Process_Case", Map.of("caseId", "C-1"));
        engine.startInstance("Process_Case", Map.of("caseId", "C-2"));
        engine.awaitJobs("work", 2);

        engine.publish("scope-revised", "C-1", NO_BUFFER, Map.of("revision", 2));

        ActivatedJob rederive = engine.awaitJob("rederive");
        assertThat(rederive.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(rederive.getVariablesAsMap()).containsEntry("revision", 2);
    }

    @Test
    void aMessageCorrelatesAtMostOncePerBpmnProcessId() {
        engine.deploy(awaitingPayment("Process_Order", "ship"));
        orderWaitingForPayment("A-1");
        orderWaitingForPayment("A-1");

        engine.publish("payment-received", "A-1", HOUR, Map.of());

        engine.awaitJob("ship");
        EngineAwait.noJob(engine, "ship");
    }

    @Test
    void aMessageCorrelatesToOneInstanceOfEachDifferentProcess() {
        engine.deploy(awaitingPayment("Process_Order", "ship"), awaitingPayment("Process_Ledger", "book"));
        long order = orderWaitingForPayment("A-1");
        long ledger = engine.startInstance("Process_Ledger", Map.of("orderId", "A-1"));

        engine.publish("payment-received", "A-1", NO_BUFFER, Map.of());

        assertThat(engine.awaitJob("ship").getProcessInstanceKey()).isEqualTo(order);
        assertThat(engine.awaitJob("book").getProcessInstanceKey()).isEqualTo(ledger);
    }

    @Test
    void messageVariablesAreMergedThroughTheCatchEventsOutputMappings() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Order").startEvent()
                .intermediateCatchEvent("Catch_Payment", c -> c.message(m -> m.name("payment-received")
                        .zeebeCorrelationKeyExpression("orderId")).zeebeOutputExpression("amount", "paidAmount"))
                .serviceTask("Task_Ship", t -> t.zeebeJobType("ship")).endEvent().done());
        orderWaitingForPayment("A-1");

        engine.publish("payment-received", "A-1", NO_BUFFER, Map.of("amount", 120, "cardNo", "4111"));

        assertThat(engine.awaitJob("ship").getVariablesAsMap()).containsEntry("paidAmount", 120)
                .doesNotContainKey("amount").doesNotContainKey("cardNo");
    }

    @Test
    void invalidCorrelationKeyRaisesAnExtractValueIncident() {
        engine.deploy(awaitingPayment("Process_Order", "ship"));
        long instance = engine.startInstance("Process_Order", Map.of("orderId", Map.of("nested", true)));

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
        assertThat(incident.elementId()).isEqualTo("Catch_Payment");
    }
}
