package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Job activation (long poll), completion, failure with back-off, BPMN errors, incidents and updates over REST. */
class RestJobConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private CamundaClient rest() {
        return engine.restClient();
    }

    @BeforeEach
    void deploy() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Job").startEvent()
                .serviceTask("Task_Check", t -> t.zeebeJobType("check"))
                .boundaryEvent("Error_Invalid", b -> b.error("INVALID_FACTS"))
                .serviceTask("Task_Reject", t -> t.zeebeJobType("reject")).endEvent("End_Rejected")
                .moveToActivity("Task_Check").serviceTask("Task_Next", t -> t.zeebeJobType("next"))
                .endEvent("End_Done").done());
    }

    private List<ActivatedJob> poll(String type, Duration requestTimeout) {
        return rest().newActivateJobsCommand().jobType(type).maxJobsToActivate(5).workerName("rest-worker")
                .timeout(Duration.ofMinutes(5)).requestTimeout(requestTimeout).send().join().getJobs();
    }

    private ActivatedJob one(String type) {
        List<ActivatedJob> jobs = poll(type, Duration.ofSeconds(10));
        assertThat(jobs).as("a %s job within 10 s", type).hasSize(1);
        return jobs.get(0);
    }

    @Test
    void aJobCreatedWhileALongPollWaitsIsDeliveredAtOnce() {
        CompletableFuture<List<ActivatedJob>> waiting = CompletableFuture.supplyAsync(
                () -> poll("check", Duration.ofSeconds(20)));
        await().pollDelay(Duration.ofMillis(500)).until(() -> true);
        long started = System.nanoTime();

        long instance = engine.startInstance("Process_Job", Map.of("caseRef", "C-7"));

        List<ActivatedJob> jobs = waiting.join();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.getProcessInstanceKey()).isEqualTo(instance);
            assertThat(job.getType()).isEqualTo("check");
            assertThat(job.getWorker()).isEqualTo("rest-worker");
            assertThat(job.getElementId()).isEqualTo("Task_Check");
            assertThat(job.getBpmnProcessId()).isEqualTo("Process_Job");
            assertThat(job.getVariablesAsMap()).containsEntry("caseRef", "C-7");
            assertThat(job.getRetries()).isEqualTo(3);
        });
    }

    @Test
    void anEmptyLongPollAnswersAfterItsRequestTimeout() {
        long started = System.nanoTime();

        assertThat(poll("check", Duration.ofMillis(700))).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void completingWithVariablesMovesOnWithThem() {
        engine.startInstance("Process_Job");

        rest().newCompleteCommand(one("check").getKey()).variables(Map.of("verdict", "reportable")).send().join();

        assertThat(one("next").getVariablesAsMap()).containsEntry("verdict", "reportable");
    }

    @Test
    void failingWithRetriesAndBackOffHoldsTheJobBack() {
        engine.startInstance("Process_Job");
        ActivatedJob job = one("check");
        long failedAt = System.nanoTime();

        rest().newFailCommand(job.getKey()).retries(2).retryBackoff(Duration.ofMillis(1500))
                .errorMessage("relay busy").send().join();

        assertThat(poll("check", Duration.ofMillis(-1))).isEmpty();
        ActivatedJob retried = await().atMost(Duration.ofSeconds(10))
                .until(() -> poll("check", Duration.ofSeconds(5)), jobs -> !jobs.isEmpty()).get(0);
        assertThat(Duration.ofNanos(System.nanoTime() - failedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(retried.getKey()).isEqualTo(job.getKey());
        assertThat(retried.getRetries()).isEqualTo(2);
    }

    @Test
    void aBpmnErrorIsCaughtByTheBoundaryWithItsVariables() {
        long instance = engine.startInstance("Process_Job");

        rest().newThrowErrorCommand(one("check").getKey()).errorCode("INVALID_FACTS").errorMessage("no date")
                .variables(Map.of("reason", "no date")).send().join();

        assertThat(one("reject").getVariablesAsMap()).containsEntry("reason", "no date");
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Check");
    }

    @Test
    void anIncidentResolvedAfterARetriesUpdateMakesTheJobActivatableAgain() {
        long instance = engine.startInstance("Process_Job");
        ActivatedJob job = one("check");
        rest().newFailCommand(job.getKey()).retries(0).errorMessage("mail relay down").send().join();
        var incident = rest().newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join()
                .items();
        assertThat(incident).singleElement().satisfies(i -> assertThat(i.getErrorMessage()).isEqualTo(
                "mail relay down"));

        rest().newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
        rest().newResolveIncidentCommand(incident.get(0).getIncidentKey()).send().join();

        assertThat(one("check").getKey()).isEqualTo(job.getKey());
        assertThat(engine.tables().openIncidents(instance)).isEmpty();
    }

    @Test
    void updatingTheTimeoutShortensTheDeadline() {
        engine.startInstance("Process_Job");
        ActivatedJob job = one("check");

        rest().newUpdateTimeoutCommand(job.getKey()).timeout(Duration.ofMillis(300)).send().join();

        ActivatedJob again = await().atMost(Duration.ofSeconds(5))
                .until(() -> poll("check", Duration.ofMillis(-1)), jobs -> !jobs.isEmpty()).get(0);
        assertThat(again.getKey()).isEqualTo(job.getKey());
    }
}
