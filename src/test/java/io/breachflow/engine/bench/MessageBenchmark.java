package io.breachflow.engine.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Message correlation throughput: N instances of start → message catch (correlation key
 * {@code = key}, distinct per instance) → service task → end are created first; then N messages,
 * one per key, are published from 4 threads with at most {@code BENCH_IN_FLIGHT} unanswered, while 4
 * streaming workers complete the jobs after the catch.
 *
 * <p>An instance counts as correlated when its job after the catch reaches a worker's handler.
 * correlations/s = N / (last correlation − first publish sent). Message time-to-live is
 * {@code BENCH_MESSAGE_TTL_MS} (default 60000, so each message is also buffered as with a real
 * client's default). The last line is machine-readable.
 */
final class MessageBenchmark {

    private static final String JOB_TYPE = "bench-message";

    private final int instances;
    private final int inFlight = Integer.parseInt(EngineBenchmark.env("BENCH_IN_FLIGHT", "64"));
    private final Duration ttl = Duration.ofMillis(Long.parseLong(EngineBenchmark.env("BENCH_MESSAGE_TTL_MS", "60000")));
    private final Map<String, Long> publishedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> correlatedAt = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final HeapSampler heap = new HeapSampler();

    private MessageBenchmark(int instances) {
        this.instances = instances;
    }

    static void run(int instances) throws Exception {
        new MessageBenchmark(instances).measure();
    }

    private void measure() throws Exception {
        heap.start();
        List<String> report = new ArrayList<>();
        try (BenchEngine engine = BenchEngine.start()) {
            CamundaClient client = engine.client();
            engine.deploy(Bpmn.createExecutableProcess("Process_BenchMessage").startEvent()
                    .intermediateCatchEvent("Catch_Bench", c -> c.message(m -> m.name("bench-message")
                            .zeebeCorrelationKeyExpression("key")))
                    .serviceTask("Task_AfterMessage", t -> t.zeebeJobType(JOB_TYPE)).endEvent().done(),
                    "bench-message.bpmn");
            long createStart = System.nanoTime();
            AtomicInteger createdOk = new AtomicInteger();
            inParallel(i -> client.newCreateInstanceCommand().bpmnProcessId("Process_BenchMessage").latestVersion()
                    .variables(Map.of("key", "k-" + i)).send(), createdOk);
            double createSeconds = (System.nanoTime() - createStart) / 1e9;

            CountDownLatch done = new CountDownLatch(createdOk.get());
            List<JobWorker> workers = openWorkers(client, done);
            long start = System.nanoTime();
            AtomicInteger publishedOk = new AtomicInteger();
            inParallel(i -> {
                publishedAt.put("k-" + i, System.nanoTime());
                return client.newPublishMessageCommand().messageName("bench-message").correlationKey("k-" + i)
                        .timeToLive(ttl).send();
            }, publishedOk);
            long published = System.nanoTime();
            boolean finished = done.await(Math.max(120, instances / 25), TimeUnit.SECONDS);
            workers.forEach(JobWorker::close);
            long last = correlatedAt.values().stream().mapToLong(Long::longValue).max().orElse(start);
            report(report, finished, createdOk.get(), createSeconds, (published - start) / 1e9, (last - start) / 1e9);
        } finally {
            heap.stop();
        }
        report.forEach(System.out::println);
    }

    private interface Call {
        java.util.concurrent.CompletionStage<?> send(int index);
    }

    /** Sends calls 0..N-1 from 4 threads with at most inFlight unanswered; waits for every answer. */
    private void inParallel(Call call, AtomicInteger succeeded) throws InterruptedException {
        Semaphore permits = new Semaphore(inFlight);
        CountDownLatch answered = new CountDownLatch(instances);
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        IntConsumer send = i -> call.send(i).whenComplete((ok, error) -> {
            permits.release();
            if (error != null) {
                errors.incrementAndGet();
            } else {
                succeeded.incrementAndGet();
            }
            answered.countDown();
        });
        for (int t = 0; t < 4; t++) {
            senders.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < instances) {
                    permits.acquireUninterruptibly();
                    send.accept(i);
                }
            });
        }
        senders.shutdown();
        answered.await(10, TimeUnit.MINUTES);
    }

    private List<JobWorker> openWorkers(CamundaClient client, CountDownLatch done) {
        List<JobWorker> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(client.newWorker().jobType(JOB_TYPE).handler((jobClient, job) -> {
                long now = System.nanoTime();
                String key = String.valueOf(job.getVariablesAsMap().get("key"));
                if (correlatedAt.putIfAbsent(key, now) == null) {
                    done.countDown();
                }
                jobClient.newCompleteCommand(job.getKey()).send();
            }).name("bench-message-worker-" + i).maxJobsActive(64).timeout(Duration.ofSeconds(60))
                    .streamEnabled(true).fetchVariables("key").pollInterval(Duration.ofMillis(100)).open());
        }
        return workers;
    }

    private void report(List<String> report, boolean finished, int created, double createSeconds,
                        double publishSeconds, double correlateSeconds) {
        long[] latency = correlatedAt.entrySet().stream().filter(e -> publishedAt.containsKey(e.getKey()))
                .mapToLong(e -> e.getValue() - publishedAt.get(e.getKey())).sorted().toArray();
        double perSecond = correlateSeconds > 0 ? correlatedAt.size() / correlateSeconds : 0;
        double publishPerSecond = publishSeconds > 0 ? instances / publishSeconds : 0;
        double p99 = EngineBenchmark.percentileMs(latency, 0.99);
        report.add(String.format("instances requested=%d created=%d in %.2f s; messages published in %.2f s; "
                        + "correlated=%d errors=%d finished=%s in %.2f s (ttl=%s)",
                instances, created, createSeconds, publishSeconds, correlatedAt.size(), errors.get(), finished,
                correlateSeconds, ttl));
        report.add(String.format("publish → job after catch ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f",
                EngineBenchmark.percentileMs(latency, 0.50), EngineBenchmark.percentileMs(latency, 0.90), p99,
                EngineBenchmark.percentileMs(latency, 1.0)));
        report.add(String.format("messages=%d correlated=%d correlations/s=%.1f publish/s=%.1f "
                        + "correlation-latency-p99-ms=%.2f peak-heap-mb=%.1f",
                instances, correlatedAt.size(), perSecond, publishPerSecond, p99, heap.peakMb()));
    }
}
