package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Activation, time-outs, fail/back-off, retries and time-out updates. Streaming: {@link JobStreamingConformanceTests}. */
class JobConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @BeforeEach
    void deploy() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Job").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
    }

    private List<ActivatedJob> activate(int max, String worker, Duration timeout, String... fetch) {
        var command = engine.client().newActivateJobsCommand().jobType("work").maxJobsToActivate(max)
                .workerName(worker).timeout(timeout);
        if (fetch.length > 0) {
            command = command.fetchVariables(fetch);
        }
        return command.requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
    }

    @Test
    void activatesAtMostMaxJobsToActivate() {
        for (int i = 0; i < 3; i++) {
            engine.startInstance("Process_Job");
        }

        assertThat(activate(2, "w", Duration.ofMinutes(1))).hasSize(2);
        assertThat(activate(2, "w", Duration.ofMinutes(1))).hasSize(1);
    }

    @Test
    void recordsTheWorkerAndADeadlineOfNowPlusTheTimeout() {
        engine.startInstance("Process_Job");
        long before = System.currentTimeMillis();

        ActivatedJob job = activate(1, "mailer-1", Duration.ofSeconds(30)).get(0);

        assertThat(job.getWorker()).isEqualTo("mailer-1");
        assertThat(job.getDeadline()).isBetween(before + 29_000, System.currentTimeMillis() + 31_000);
    }

    @Test
    void fetchesOnlyTheRequestedVariables() {
        engine.startInstance("Process_Job", Map.of("caseRef", "C-1", "regime", "gdpr", "size", 3));

        ActivatedJob job = activate(1, "w", Duration.ofMinutes(1), "caseRef", "size").get(0);

        assertThat(job.getVariablesAsMap()).containsOnlyKeys("caseRef", "size");
    }

    @Test
    void aJobNotCompletedWithinItsTimeoutIsHandedToAnotherWorker() {
        engine.startInstance("Process_Job");
        ActivatedJob first = activate(1, "slow-worker", Duration.ofMillis(1000)).get(0);
        assertThat(engine.activateNow("work")).isEmpty();

        ActivatedJob second = await().atMost(Duration.ofSeconds(10))
                .until(() -> activate(1, "fast-worker", Duration.ofMinutes(1)), jobs -> !jobs.isEmpty()).get(0);

        assertThat(second.getKey()).isEqualTo(first.getKey());
        assertThat(second.getWorker()).isEqualTo("fast-worker");
        assertThat(second.getRetries()).isEqualTo(first.getRetries());
        engine.client().newCompleteCommand(second.getKey()).send().join();
    }

    @Test
    void aFailedJobWithBackOffIsNotActivatedBeforeTheBackOff() {
        engine.startInstance("Process_Job");
        ActivatedJob job = engine.awaitJob("work");
        long failedAt = System.nanoTime();

        engine.client().newFailCommand(job.getKey()).retries(2).retryBackoff(Duration.ofMillis(1500))
                .errorMessage("relay busy").send().join();

        await().during(Duration.ofMillis(1000)).atMost(Duration.ofMillis(1400))
                .until(() -> engine.activateNow("work").isEmpty());
        ActivatedJob retried = engine.awaitJob("work");
        assertThat(Duration.ofNanos(System.nanoTime() - failedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(retried.getKey()).isEqualTo(job.getKey());
        assertThat(retried.getRetries()).isEqualTo(2);
    }

    @Test
    void aFailedJobWithRetriesLeftAndNoBackOffIsActivatableAtOnce() {
        engine.startInstance("Process_Job");
        ActivatedJob job = engine.awaitJob("work");

        engine.client().newFailCommand(job.getKey()).retries(1).send().join();

        assertThat(engine.activateNow("work")).singleElement()
                .satisfies(j -> assertThat(j.getRetries()).isEqualTo(1));
    }

    @Test
    void updateJobTimeoutExtendsTheDeadline() {
        engine.startInstance("Process_Job");
        ActivatedJob job = activate(1, "w", Duration.ofMillis(1000)).get(0);

        engine.client().newUpdateTimeoutCommand(job.getKey()).timeout(Duration.ofMinutes(5)).send().join();

        await().during(Duration.ofMillis(1800)).atMost(Duration.ofSeconds(3))
                .until(() -> engine.activateNow("work").isEmpty());
        engine.client().newCompleteCommand(job.getKey()).send().join();
    }

    @Test
    void updateJobTimeoutCanShortenTheDeadline() {
        engine.startInstance("Process_Job");
        ActivatedJob job = activate(1, "w", Duration.ofMinutes(5)).get(0);

        engine.client().newUpdateTimeoutCommand(job.getKey()).timeout(Duration.ofMillis(300)).send().join();

        ActivatedJob again = await().atMost(Duration.ofSeconds(5))
                .until(() -> engine.activateNow("work"), jobs -> !jobs.isEmpty()).get(0);
        assertThat(again.getKey()).isEqualTo(job.getKey());
    }

    @Test
    void updateJobRetriesChangesTheRetriesOfTheJob() {
        engine.startInstance("Process_Job");
        ActivatedJob job = activate(1, "w", Duration.ofMillis(500)).get(0);

        engine.client().newUpdateRetriesCommand(job.getKey()).retries(9).send().join();

        ActivatedJob again = await().atMost(Duration.ofSeconds(5))
                .until(() -> engine.activateNow("work"), jobs -> !jobs.isEmpty()).get(0);
        assertThat(again.getRetries()).isEqualTo(9);
    }

    @Test
    void completingAJobTwiceIsNotFound() {
        engine.startInstance("Process_Job");
        ActivatedJob job = engine.completeJob("work");

        Grpc.failsWith(io.grpc.Status.Code.NOT_FOUND,
                () -> engine.client().newCompleteCommand(job.getKey()).send().join());
    }
}
