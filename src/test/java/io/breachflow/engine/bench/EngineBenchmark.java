package io.breachflow.engine.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.breachflow.engine.EmbeddedEngine;
import io.breachflow.engine.EngineHarness;
import io.breachflow.engine.QuietLogging;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput and latency of the embedded engine through the real client: N instances of
 * start → service task → end on an H2 file database, 4 polling job workers, instances created
 * from a few client threads with a bounded number in flight. Run via {@code scripts/bench-engine.sh}.
 *
 * <p>Job round-trip = the instant the CreateProcessInstance answer arrived to the instant the
 * CompleteJob answer arrived, per process instance. The last printed line is machine-readable.
 */
public final class EngineBenchmark {

    private static final String JOB_TYPE = "bench";
    private static final int WORKERS = 4;
    private static final int CREATOR_THREADS = 4;
    /**
     * Job streaming (Zeebe's low-latency path) is on by default: a polling worker re-polls only
     * every poll interval (100 ms, the client default) once a poll came back short, which alone puts
     * 100 ms into the tail. {@code BENCH_STREAM=false} measures polling alone.
     */
    private static final boolean STREAM = Boolean.parseBoolean(env("BENCH_STREAM", "true"));

    private final int instances;
    private final int inFlight;
    private final Map<Long, Long> createdAt = new ConcurrentHashMap<>();
    private final Map<Long, Long> completedAt = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final HeapSampler heap = new HeapSampler();
    private final List<String> report = new ArrayList<>();

    private EngineBenchmark(int instances, int inFlight) {
        this.instances = instances;
        this.inFlight = inFlight;
    }

    /**
     * Arguments: {@code [run] [N]} where run is {@code jobs} (default; also {@code BENCH_RUN}),
     * {@code timer} ({@link TimerBenchmark}) or {@code message} ({@link MessageBenchmark}).
     */
    public static void main(String[] args) throws Exception {
        QuietLogging.apply(ch.qos.logback.classic.Level.WARN);
        String run = env("BENCH_RUN", "jobs");
        String count = null;
        for (String arg : args) {
            if (arg.chars().allMatch(Character::isDigit)) {
                count = arg;
            } else {
                run = arg;
            }
        }
        switch (run) {
            case "jobs" -> {
                int n = Integer.parseInt(count != null ? count : env("N", "20000"));
                int inFlight = Integer.parseInt(env("BENCH_IN_FLIGHT", "32"));
                new EngineBenchmark(n, inFlight).run();
            }
            case "timer" -> TimerBenchmark.run(Integer.parseInt(count != null ? count : env("N", "10000")));
            case "message" -> MessageBenchmark.run(Integer.parseInt(count != null ? count : env("N", "10000")));
            default -> throw new IllegalArgumentException("Expected a run of jobs, timer or message, but got " + run);
        }
        System.exit(0);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private void run() throws Exception {
        Path directory = Files.createTempDirectory("engine-bench-");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("engine").toAbsolutePath() + EngineHarness.H2_SETTINGS);
        config.setUsername("sa");
        config.setPassword("");
        heap.start();
        try (HikariDataSource dataSource = new HikariDataSource(config);
             EmbeddedEngine engine = EmbeddedEngine.start(dataSource, Clock.systemUTC(), "127.0.0.1", 0);
             CamundaClient client = EngineHarness.newClient(engine.port())) {
            client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("Process_Bench")
                    .startEvent().serviceTask("Task_Bench", t -> t.zeebeJobType(JOB_TYPE)).endEvent().done(),
                    "bench.bpmn").send().join();
            QuietLogging.apply(ch.qos.logback.classic.Level.WARN);
            measure(client);
        } finally {
            heap.stop();
            deleteQuietly(directory);
        }
        System.out.flush();
        System.err.flush();
        report.forEach(System.out::println);
    }

    private void measure(CamundaClient client) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(instances);
        Semaphore permits = new Semaphore(inFlight);
        List<JobWorker> workers = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            workers.add(client.newWorker().jobType(JOB_TYPE)
                    .handler((jobClient, job) -> complete(jobClient, job, permits, done))
                    .name("bench-worker-" + i).maxJobsActive(32).timeout(Duration.ofSeconds(60))
                    .streamEnabled(STREAM)
                    .pollInterval(Duration.ofMillis(100)).requestTimeout(Duration.ofSeconds(10)).open());
        }
        long start = System.nanoTime();
        ExecutorService creators = Executors.newFixedThreadPool(CREATOR_THREADS);
        AtomicInteger toCreate = new AtomicInteger(instances);
        for (int t = 0; t < CREATOR_THREADS; t++) {
            creators.submit(() -> create(client, toCreate, permits, done));
        }
        boolean finished = done.await(Math.max(120, instances / 20), TimeUnit.SECONDS);
        long end = lastCompletion(start);
        creators.shutdownNow();
        workers.forEach(JobWorker::close);
        report(finished, start, end);
    }

    private void create(CamundaClient client, AtomicInteger toCreate, Semaphore permits, CountDownLatch done) {
        while (toCreate.getAndDecrement() > 0) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            client.newCreateInstanceCommand().bpmnProcessId("Process_Bench").latestVersion().send()
                    .whenComplete((event, error) -> {
                        if (error != null) {
                            errors.incrementAndGet();
                            permits.release();
                            done.countDown();
                        } else {
                            createdAt.putIfAbsent(event.getProcessInstanceKey(), System.nanoTime());
                        }
                    });
        }
    }

    private void complete(JobClient jobClient, ActivatedJob job, Semaphore permits, CountDownLatch done) {
        long instance = job.getProcessInstanceKey();
        jobClient.newCompleteCommand(job.getKey()).send().whenComplete((response, error) -> {
            if (error != null) {
                errors.incrementAndGet();
            } else if (completedAt.putIfAbsent(instance, System.nanoTime()) == null) {
                permits.release();
                done.countDown();
            }
        });
    }

    private long lastCompletion(long fallback) {
        return completedAt.values().stream().mapToLong(Long::longValue).max().orElse(fallback);
    }

    private void report(boolean finished, long start, long end) {
        long[] roundTrips = completedAt.entrySet().stream()
                .filter(e -> createdAt.containsKey(e.getKey()))
                .mapToLong(e -> Math.max(0, e.getValue() - createdAt.get(e.getKey())))
                .sorted().toArray();
        int completed = completedAt.size();
        double seconds = (end - start) / 1e9;
        double perSecond = seconds > 0 ? completed / seconds : 0;
        double p50 = percentileMs(roundTrips, 0.50);
        double p99 = percentileMs(roundTrips, 0.99);
        double peakMb = heap.peakBytes() / (1024.0 * 1024.0);
        report.add(String.format("instances requested=%d completed=%d errors=%d finished=%s in %.2f s",
                instances, completed, errors.get(), finished, seconds));
        report.add(String.format("job round-trip ms: p50=%.2f p90=%.2f p99=%.2f max=%.2f (n=%d)",
                p50, percentileMs(roundTrips, 0.90), p99, percentileMs(roundTrips, 1.0), roundTrips.length));
        report.add(String.format("workers=%d (streaming=%s) creator-threads=%d in-flight=%d peak-heap-mb=%.1f",
                WORKERS, STREAM, CREATOR_THREADS, inFlight, peakMb));
        report.add(String.format("instances/s=%.1f job-roundtrip-p50-ms=%.2f job-roundtrip-p99-ms=%.2f peak-heap-mb=%.1f",
                perSecond, p50, p99, peakMb));
    }

    static double percentileMs(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // temp files only
        }
    }
}
