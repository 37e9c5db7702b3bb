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

/**
 * Timer lateness on the real clock: N instances of start → 1-second intermediate timer → service task
 * → end, created as fast as the engine accepts them (at most {@code BENCH_IN_FLIGHT} creates
 * unanswered), while 4 streaming workers complete the jobs after the timers.
 *
 * <p>Lateness per instance = fired − due, all on one monotonic clock ({@code System.nanoTime()}):
 * <ul>
 *   <li><b>due</b> = the instant the CreateProcessInstance request was sent + 1 s. The engine arms the
 *   timer while processing that request, so the true due instant is no earlier than this: the
 *   figure is conservative (it includes the create round-trip).</li>
 *   <li><b>fired</b> = the instant the job after the timer reached a worker's handler (the job is created
 *   in the same transaction in which the timer fires, and pushed over the job stream).</li>
 * </ul>
 * A second, optimistic figure uses the arrival of the create answer + 1 s as due. The last line is
 * machine-readable.
 */
final class TimerBenchmark {

    private static final String JOB_TYPE = "bench-timer";
    private static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final int instances;
    private final int inFlight = Integer.parseInt(EngineBenchmark.env("BENCH_IN_FLIGHT", "64"));
    /**
     * Instances created per second (0 = as fast as the engine accepts them). The default, 500/s,
     * keeps the engine below saturation so the figure measures timer precision; with 0 it measures
     * how far a saturated single processing thread lets firings queue behind new instances.
     */
    private final int rate = Integer.parseInt(EngineBenchmark.env("BENCH_TIMER_RATE", "500"));
    private final AtomicInteger sentCount = new AtomicInteger();
    private final Map<Long, long[]> created = new ConcurrentHashMap<>(); // instance -> {sent, answered}
    private final Map<Long, Long> fired = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final HeapSampler heap = new HeapSampler();

    private TimerBenchmark(int instances) {
        this.instances = instances;
    }

    static void run(int instances) throws Exception {
        new TimerBenchmark(instances).measure();
    }

    private void measure() throws Exception {
        heap.start();
        List<String> report = new ArrayList<>();
        try (BenchEngine engine = BenchEngine.start()) {
            engine.deploy(Bpmn.createExecutableProcess("Process_BenchTimer").startEvent()
                    .intermediateCatchEvent("Timer_OneSecond", c -> c.timerWithDuration("PT1S"))
                    .serviceTask("Task_AfterTimer", t -> t.zeebeJobType(JOB_TYPE)).endEvent().done(),
                    "bench-timer.bpmn");
            CountDownLatch done = new CountDownLatch(instances);
            List<JobWorker> workers = openWorkers(engine.client(), done);
            long start = System.nanoTime();
            createAll(engine.client(), done);
            boolean finished = done.await(Math.max(120, instances / 25), TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            workers.forEach(JobWorker::close);
            engineLateness = firingLateness(engine.dataSource());
            report(report, finished, seconds);
        } finally {
            heap.stop();
        }
        report.forEach(System.out::println);
    }

    private List<JobWorker> openWorkers(CamundaClient client, CountDownLatch done) {
        List<JobWorker> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(client.newWorker().jobType(JOB_TYPE).handler((jobClient, job) -> {
                long now = System.nanoTime();
                if (fired.putIfAbsent(job.getProcessInstanceKey(), now) == null) {
                    done.countDown();
                }
                jobClient.newCompleteCommand(job.getKey()).send();
            }).name("bench-timer-worker-" + i).maxJobsActive(64).timeout(Duration.ofSeconds(60))
                    .streamEnabled(true).fetchVariables("none").pollInterval(Duration.ofMillis(100)).open());
        }
        return workers;
    }

    private void createAll(CamundaClient client, CountDownLatch done) throws InterruptedException {
        Semaphore permits = new Semaphore(inFlight);
        ExecutorService creators = Executors.newFixedThreadPool(4);
        AtomicInteger toCreate = new AtomicInteger(instances);
        for (int t = 0; t < 4; t++) {
            creators.submit(() -> {
                long begin = System.nanoTime();
                while (toCreate.getAndDecrement() > 0) {
                    pace(begin);
                    permits.acquireUninterruptibly();
                    long sent = System.nanoTime();
                    client.newCreateInstanceCommand().bpmnProcessId("Process_BenchTimer").latestVersion().send()
                            .whenComplete((event, error) -> {
                                permits.release();
                                if (error != null) {
                                    errors.incrementAndGet();
                                    done.countDown();
                                } else {
                                    created.put(event.getProcessInstanceKey(), new long[] {sent, System.nanoTime()});
                                }
                            });
                }
            });
        }
        creators.shutdown();
        creators.awaitTermination(10, TimeUnit.MINUTES);
    }

    private long[] engineLateness = new long[0];

    /**
     * The engine's own view: for every TIMER TRIGGERED record in the history, the instant it fired
     * minus the due date it carried — the lateness of the firing itself, without any client latency.
     */
    private static long[] firingLateness(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        List<Long> values = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT timestamp_ms, payload FROM engine_history "
                        + "WHERE value_type = 'TIMER' AND intent = 'TRIGGERED'")) {
            while (rs.next()) {
                String payload = rs.getString(2);
                long due = Long.parseLong(payload.replaceAll("[^0-9]", ""));
                values.add((rs.getLong(1) - due) * 1_000_000L);
            }
        }
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** Waits until this create is due at the configured rate (shared across the creator threads). */
    private void pace(long begin) {
        if (rate <= 0) {
            return;
        }
        long due = begin + sentCount.getAndIncrement() * 1_000_000_000L / rate;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }

    private void report(List<String> report, boolean finished, double seconds) {
        long[] conservative = lateness(0);
        long[] optimistic = lateness(1);
        double p99 = EngineBenchmark.percentileMs(conservative, 0.99);
        report.add(String.format("timers requested=%d created=%d fired=%d errors=%d finished=%s in %.2f s "
                + "(create rate %s)", instances, created.size(), fired.size(), errors.get(), finished, seconds,
                rate <= 0 ? "unlimited" : rate + "/s"));
        report.add(String.format("lateness ms (due = create sent + 1 s): p50=%.2f p90=%.2f p99=%.2f max=%.2f min=%.2f",
                EngineBenchmark.percentileMs(conservative, 0.50), EngineBenchmark.percentileMs(conservative, 0.90), p99,
                EngineBenchmark.percentileMs(conservative, 1.0), EngineBenchmark.percentileMs(conservative, 0.0)));
        report.add(String.format("lateness ms (due = create answered + 1 s): p50=%.2f p99=%.2f max=%.2f min=%.2f",
                EngineBenchmark.percentileMs(optimistic, 0.50), EngineBenchmark.percentileMs(optimistic, 0.99),
                EngineBenchmark.percentileMs(optimistic, 1.0), EngineBenchmark.percentileMs(optimistic, 0.0)));
        report.add(String.format("engine firing lateness ms (history: fired at - due date, n=%d): p50=%.2f p99=%.2f "
                + "max=%.2f min=%.2f", engineLateness.length, EngineBenchmark.percentileMs(engineLateness, 0.50),
                EngineBenchmark.percentileMs(engineLateness, 0.99), EngineBenchmark.percentileMs(engineLateness, 1.0),
                engineLateness.length == 0 ? Double.NaN : engineLateness[0] / 1e6));
        report.add(String.format("timers=%d fired=%d timer-lateness-p50-ms=%.2f timer-lateness-p99-ms=%.2f "
                        + "timer-lateness-max-ms=%.2f peak-heap-mb=%.1f",
                instances, fired.size(), EngineBenchmark.percentileMs(conservative, 0.50), p99,
                EngineBenchmark.percentileMs(conservative, 1.0), heap.peakMb()));
    }

    /** Sorted lateness in nanos; a negative value from the sent instant (dueFrom 0) proves an early firing. */
    private long[] lateness(int dueFrom) {
        return fired.entrySet().stream().filter(e -> created.containsKey(e.getKey()))
                .mapToLong(e -> e.getValue() - (created.get(e.getKey())[dueFrom] + DELAY_NANOS))
                .sorted().toArray();
    }
}
