package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivateJobsResponse;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ActivateJobs long polling: answer as soon as a job exists, or after requestTimeout. */
class LongPollingConformanceTests {

    private static final int TRIES = 7;

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @BeforeEach
    void deploy() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Poll").startEvent()
                .serviceTask("Task_Poll", t -> t.zeebeJobType("poll")).endEvent().done());
    }

    private CamundaFuture<ActivateJobsResponse> longPoll(Duration requestTimeout) {
        return engine.client().newActivateJobsCommand().jobType("poll").maxJobsToActivate(1)
                .timeout(Duration.ofMinutes(1)).requestTimeout(requestTimeout).send();
    }

    private static void stillWaiting(CamundaFuture<ActivateJobsResponse> poll, Duration during) {
        await().during(during).atMost(during.plusSeconds(1)).until(() -> !poll.isDone());
    }

    /**
     * Issue 3 asks for an answer within 50 ms of the job becoming available. Measured from the moment
     * the CreateProcessInstance answer reaches the client (the job is committed by then) to the moment
     * the ActivateJobs answer does; the median of {@value #TRIES} tries must be under 50 ms, and no
     * single try may exceed 500 ms (slack for GC pauses and concurrent builds on a 2-core machine).
     */
    @Test
    void aWaitingLongPollAnswersWithin50MillisecondsOfAJobBecomingAvailable() {
        List<Long> latenciesMs = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            CamundaFuture<ActivateJobsResponse> poll = longPoll(Duration.ofSeconds(10));
            AtomicLong answeredAt = new AtomicLong();
            poll.whenComplete((response, error) -> answeredAt.set(System.nanoTime()));
            stillWaiting(poll, Duration.ofMillis(200));

            engine.startInstance("Process_Poll");
            long createdAt = System.nanoTime();

            assertThat(poll.join().getJobs()).hasSize(1);
            await().atMost(Duration.ofSeconds(1)).until(() -> answeredAt.get() != 0);
            latenciesMs.add(Math.max(0, (answeredAt.get() - createdAt) / 1_000_000));
            engine.client().newCompleteCommand(poll.join().getJobs().get(0).getKey()).send().join();
        }
        Collections.sort(latenciesMs);
        assertThat(latenciesMs.get(TRIES / 2)).as("median of %s ms", latenciesMs).isLessThan(50);
        assertThat(latenciesMs.get(TRIES - 1)).as("slowest of %s ms", latenciesMs).isLessThan(500);
    }

    @Test
    void anEmptyLongPollAnswersAfterItsRequestTimeoutAndNotBefore() {
        long start = System.nanoTime();

        ActivateJobsResponse response = longPoll(Duration.ofSeconds(1)).join();

        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.getJobs()).isEmpty();
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(990)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aNegativeRequestTimeoutAnswersAtOnce() {
        long start = System.nanoTime();

        ActivateJobsResponse response = longPoll(Duration.ofMillis(-1)).join();

        assertThat(response.getJobs()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void aLongPollAnswersAtOnceWhenJobsAreAlreadyWaiting() {
        engine.startInstance("Process_Poll");
        long start = System.nanoTime();

        ActivateJobsResponse response = longPoll(Duration.ofSeconds(10)).join();

        assertThat(response.getJobs()).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aNewJobGoesToOnlyOneOfTwoWaitingLongPolls() {
        CamundaFuture<ActivateJobsResponse> first = longPoll(Duration.ofSeconds(5));
        CamundaFuture<ActivateJobsResponse> second = longPoll(Duration.ofSeconds(5));
        stillWaiting(first, Duration.ofMillis(200));

        engine.startInstance("Process_Poll");

        await().atMost(Duration.ofSeconds(2)).until(() -> first.isDone() || second.isDone());
        int activated = first.join().getJobs().size() + second.join().getJobs().size();
        assertThat(activated).isEqualTo(1);
    }
}
