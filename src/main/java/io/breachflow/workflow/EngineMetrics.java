package io.breachflow.workflow;

import io.breachflow.metrics.GaugeSnapshot;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The engine as this application's client sees it — the same on the embedded engine and on a real cluster:
 * {@code breachflow_engine_incidents_open} (incidents in state ACTIVE, one search per refresh),
 * {@code breachflow_engine_roundtrip_seconds} (how long a topology request took at the last refresh; NaN when the
 * engine did not answer within 10 s) and {@code breachflow_engine_jobs_in_flight{type}} (jobs the client activated
 * whose handler has not returned yet: the client-side backlog, from the client's
 * {@code camunda_client_worker_job_total{action=activated|handled}} counters). Latencies: {@link EngineCallMetrics}.
 */
@Component
class EngineMetrics implements MeterBinder, GaugeSnapshot {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String WORKER_JOBS = "camunda.client.worker.job";

    private final CamundaClient client;
    private volatile MeterRegistry registry;
    private volatile MultiGauge inFlight;
    private volatile double incidentsOpen = Double.NaN;
    private volatile double roundtripSeconds = Double.NaN;

    EngineMetrics(CamundaClient client) {
        this.client = client;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("breachflow.engine.incidents.open", this, metrics -> metrics.incidentsOpen)
                .description("Engine incidents in state ACTIVE").register(registry);
        Gauge.builder("breachflow.engine.roundtrip", this, metrics -> metrics.roundtripSeconds)
                .description("Duration of a topology request to the engine at the last refresh").baseUnit("seconds")
                .register(registry);
        inFlight = MultiGauge.builder("breachflow.engine.jobs.in.flight")
                .description("Jobs activated by this client whose handler has not returned yet").register(registry);
    }

    @Override
    public synchronized void refresh() {
        refreshJobsInFlight();
        long start = System.nanoTime();
        try {
            client.newTopologyRequest().requestTimeout(TIMEOUT).send().join();
            roundtripSeconds = (System.nanoTime() - start) / 1e9;
        } catch (RuntimeException unreachable) {
            roundtripSeconds = Double.NaN;
            incidentsOpen = Double.NaN;
            return;
        }
        Long open = client.newIncidentSearchRequest().filter(f -> f.state(IncidentState.ACTIVE))
                .page(p -> p.limit(1)).requestTimeout(TIMEOUT).send().join().page().totalItems();
        incidentsOpen = open == null ? Double.NaN : open;
    }

    private void refreshJobsInFlight() {
        MeterRegistry target = registry;
        MultiGauge gauge = inFlight;
        if (target == null || gauge == null) {
            return;
        }
        Map<String, Double> byType = new TreeMap<>();
        for (Counter counter : target.find(WORKER_JOBS).counters()) {
            String type = counter.getId().getTag("type");
            String action = counter.getId().getTag("action");
            if (type != null && action != null) {
                double sign = "activated".equals(action) ? 1 : "handled".equals(action) ? -1 : 0;
                byType.merge(type, sign * counter.count(), Double::sum);
            }
        }
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        byType.forEach((type, jobs) -> rows.add(MultiGauge.Row.of(Tags.of("type", type), Math.max(0, jobs))));
        gauge.register(rows, true);
    }
}
