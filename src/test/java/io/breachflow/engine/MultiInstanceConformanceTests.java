package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.MultiInstanceLoopCharacteristicsBuilder;
import io.camunda.zeebe.model.bpmn.builder.ServiceTaskBuilder;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Multi-instance activities (B.9): parallel and sequential bodies over a collection. */
class MultiInstanceConformanceTests {

    private static final List<String> REGIMES = List.of("KR-PIPA", "EU-GDPR", "US-CA", "JP-APPI");

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    /** A notify task over {@code regimes}, each inner instance answering with {@code receipt}. */
    private static BpmnModelInstance notifyEach(Consumer<MultiInstanceLoopCharacteristicsBuilder> loop,
                                                Consumer<ServiceTaskBuilder> task) {
        return Bpmn.createExecutableProcess("Process_Notify").startEvent()
                .serviceTask("Task_Notify", t -> {
                    t.zeebeJobType("notify").multiInstance(mi -> {
                        mi.zeebeInputCollectionExpression("regimes").zeebeInputElement("regime")
                                .zeebeOutputCollection("receipts").zeebeOutputElementExpression("receipt");
                        loop.accept(mi);
                    });
                    task.accept(t);
                })
                .endEvent().done();
    }

    private CompletionStage<ProcessInstanceResult> startWithResult(List<?> regimes) {
        return engine.client().newCreateInstanceCommand().bpmnProcessId("Process_Notify").latestVersion()
                .variables(Map.of("regimes", regimes)).withResult().requestTimeout(Duration.ofSeconds(15)).send();
    }

    private void complete(ActivatedJob job, Map<String, Object> variables) {
        engine.client().newCompleteCommand(job.getKey()).variables(variables).send().join();
    }

    private static String regime(ActivatedJob job) {
        return (String) job.getVariablesAsMap().get("regime");
    }

    @Test
    void parallelMultiInstanceCollectsOutputsInInputOrderEvenWhenJobsCompleteOutOfOrder() {
        engine.deploy(notifyEach(mi -> mi.parallel(), t -> { }));
        var result = startWithResult(REGIMES);

        List<ActivatedJob> jobs = new ArrayList<>(engine.awaitJobs("notify", 4));
        jobs.sort(Comparator.comparing((ActivatedJob job) -> REGIMES.indexOf(regime(job))).reversed());
        jobs.forEach(job -> complete(job, Map.of("receipt", "ack-" + regime(job))));

        var variables = result.toCompletableFuture().join().getVariablesAsMap();
        assertThat(variables.get("receipts")).isEqualTo(List.of("ack-KR-PIPA", "ack-EU-GDPR", "ack-US-CA", "ack-JP-APPI"));
        assertThat(variables).doesNotContainKeys("regime", "receipt", "loopCounter");
    }

    @Test
    void loopCounterIsOneBasedAndFollowsTheInputPosition() {
        engine.deploy(notifyEach(mi -> mi.parallel(), t -> { }));
        startWithResult(REGIMES);

        List<ActivatedJob> jobs = engine.awaitJobs("notify", 4);

        assertThat(jobs).allSatisfy(job -> assertThat(job.getVariablesAsMap().get("loopCounter"))
                .isEqualTo(REGIMES.indexOf(regime(job)) + 1));
        assertThat(jobs).extracting(MultiInstanceConformanceTests::regime).containsExactlyInAnyOrderElementsOf(REGIMES);
    }

    @Test
    void sequentialMultiInstanceRunsOneInstanceAtATimeInOrder() {
        engine.deploy(notifyEach(mi -> mi.sequential(), t -> { }));
        var result = startWithResult(REGIMES);

        for (String expected : REGIMES) {
            ActivatedJob job = engine.awaitJob("notify");
            assertThat(regime(job)).isEqualTo(expected);
            assertThat(engine.activateNow("notify")).isEmpty();
            complete(job, Map.of("receipt", "ack-" + expected));
        }

        assertThat(result.toCompletableFuture().join().getVariablesAsMap().get("receipts"))
                .isEqualTo(List.of("ack-KR-PIPA", "ack-EU-GDPR", "ack-US-CA", "ack-JP-APPI"));
    }

    @Test
    void emptyCollectionCompletesTheBodyAtOnceWithAnEmptyOutputCollection() {
        engine.deploy(notifyEach(mi -> mi.parallel(), t -> { }));

        var variables = startWithResult(List.of()).toCompletableFuture().join().getVariablesAsMap();

        assertThat(variables).containsEntry("receipts", List.of());
        assertThat(engine.activateNow("notify")).isEmpty();
    }

    @Test
    void inputCollectionThatIsNotAListRaisesAnExtractValueIncident() {
        engine.deploy(notifyEach(mi -> mi.parallel(), t -> { }));
        long instance = engine.startInstance("Process_Notify", Map.of("regimes", "KR-PIPA"));

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        assertThat(incident.errorType()).isEqualTo("EXTRACT_VALUE_ERROR");
        assertThat(incident.elementId()).isEqualTo("Task_Notify");
    }

    @Test
    void completionConditionTerminatesTheRemainingInstances() {
        engine.deploy(notifyEach(mi -> mi.parallel().completionCondition("= numberOfCompletedInstances >= 2"),
                t -> { }));
        var result = startWithResult(REGIMES);
        List<ActivatedJob> jobs = engine.awaitJobs("notify", 4);

        complete(jobs.get(0), Map.of("receipt", "first"));
        complete(jobs.get(1), Map.of("receipt", "second"));

        var completed = result.toCompletableFuture().join();
        long instance = completed.getProcessInstanceKey();
        @SuppressWarnings("unchecked")
        List<Object> receipts = (List<Object>) completed.getVariablesAsMap().get("receipts");
        assertThat(receipts).hasSize(4).contains("first", "second");
        assertThat(engine.tables().terminatedElements(instance)).filteredOn("Task_Notify"::equals).hasSize(2);
        assertThat(engine.tables().elementsOfType(instance, "MULTI_INSTANCE_BODY", "ELEMENT_COMPLETED"))
                .containsExactly("Task_Notify");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> complete(jobs.get(2), Map.of()));
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> complete(jobs.get(3), Map.of()));
    }

    @Test
    void interruptingBoundaryTimerOnTheBodyTerminatesAllInstances() {
        engine.clock().pin(Instant.parse("2025-11-17T08:00:00Z"));
        engine.deploy(Bpmn.createExecutableProcess("Process_Notify").startEvent()
                .serviceTask("Task_Notify", t -> t.zeebeJobType("notify").multiInstance(mi -> mi.parallel()
                        .zeebeInputCollectionExpression("regimes").zeebeInputElement("regime")
                        .zeebeOutputCollection("receipts").zeebeOutputElementExpression("receipt")))
                .boundaryEvent("Timer_Overdue", b -> b.timerWithDuration("PT72H"))
                .serviceTask("Task_Overdue", t -> t.zeebeJobType("overdue")).endEvent()
                .moveToActivity("Task_Notify").endEvent().done());
        var result = startWithResult(REGIMES);
        List<ActivatedJob> jobs = engine.awaitJobs("notify", 4);
        complete(jobs.get(0), Map.of("receipt", "early"));

        engine.clock().add(Duration.ofHours(72));

        engine.completeJob("overdue");
        var completed = result.toCompletableFuture().join();
        assertThat(completed.getVariablesAsMap()).doesNotContainKey("receipts");
        assertThat(engine.tables().elementsOfType(completed.getProcessInstanceKey(), "MULTI_INSTANCE_BODY",
                "ELEMENT_TERMINATED")).containsExactly("Task_Notify");
        for (ActivatedJob job : jobs.subList(1, 4)) {
            Grpc.failsWith(Status.Code.NOT_FOUND, () -> complete(job, Map.of()));
        }
    }

    @Test
    void inputMappingsApplyToEachInnerInstanceAndMayReadTheInputElement() {
        engine.deploy(notifyEach(mi -> mi.parallel(),
                t -> t.zeebeInputExpression("\"notice-\" + regime + \"-\" + string(loopCounter)", "noticeRef")));
        startWithResult(REGIMES);

        List<ActivatedJob> jobs = engine.awaitJobs("notify", 4);

        assertThat(jobs).extracting(job -> job.getVariablesAsMap().get("noticeRef")).containsExactlyInAnyOrder(
                "notice-KR-PIPA-1", "notice-EU-GDPR-2", "notice-US-CA-3", "notice-JP-APPI-4");
    }

    @Test
    void multiInstanceSubProcessRunsItsBodyOncePerElement() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Notify").startEvent()
                .subProcess("Sub_PerRegime", s -> s.multiInstance(mi -> mi.parallel()
                        .zeebeInputCollectionExpression("regimes").zeebeInputElement("regime")
                        .zeebeOutputCollection("receipts").zeebeOutputElementExpression("receipt")))
                .embeddedSubProcess().startEvent()
                .serviceTask("Task_Draft", t -> t.zeebeJobType("draft"))
                .serviceTask("Task_Send", t -> t.zeebeJobType("send").zeebeOutputExpression("sentAt", "receipt"))
                .endEvent().subProcessDone().endEvent().done());
        var result = startWithResult(List.of("KR-PIPA", "EU-GDPR"));

        engine.awaitJobs("draft", 2).forEach(job -> complete(job, Map.of()));
        engine.awaitJobs("send", 2).forEach(job -> complete(job, Map.of("sentAt", "sent-" + regime(job))));

        assertThat(result.toCompletableFuture().join().getVariablesAsMap().get("receipts"))
                .isEqualTo(List.of("sent-KR-PIPA", "sent-EU-GDPR"));
    }

    /** Over 10,000 elements, completed by a real worker; may take up to about a minute on 2 cores. */
    @Test
    void parallelMultiInstanceOverTenThousandElementsCompletes() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Bulk").startEvent()
                .serviceTask("Task_Bulk", t -> t.zeebeJobType("bulk").multiInstance(mi -> mi.parallel()
                        .zeebeInputCollectionExpression("items").zeebeInputElement("item")
                        .zeebeOutputCollection("results").zeebeOutputElementExpression("result")))
                .endEvent().done());
        List<Integer> items = IntStream.rangeClosed(1, 10_000).boxed().toList();
        try (JobWorker worker = engine.client().newWorker().jobType("bulk")
                .handler((client, job) -> client.newCompleteCommand(job.getKey())
                        .variables(Map.of("result", ((Number) job.getVariablesAsMap().get("item")).intValue() * 2))
                        .send())
                .fetchVariables("item").maxJobsActive(256).timeout(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(50)).open()) {

            ProcessInstanceResult result = engine.client().newCreateInstanceCommand().bpmnProcessId("Process_Bulk")
                    .latestVersion().variables(Map.of("items", items)).withResult().fetchVariables("results")
                    .requestTimeout(Duration.ofSeconds(120)).send().join();

            @SuppressWarnings("unchecked")
            List<Number> results = (List<Number>) result.getVariablesAsMap().get("results");
            assertThat(results).hasSize(10_000);
            assertThat(results.get(0).intValue()).isEqualTo(2);
            assertThat(results.get(9_999).intValue()).isEqualTo(20_000);
            assertThat(results.stream().mapToInt(Number::intValue).sum()).isEqualTo(10_000 * 10_001);
        }
    }
}
