package io.breachflow.notices;

import io.breachflow.metrics.GaugeSnapshot;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code breachflow_notices_total{run,outcome}}: letters sent, bounced and failed per notice run, and
 * {@code breachflow_cohort_rows_total{result}}: cohort rows imported (accepted, rejected, duplicate). Both are
 * counters read from the totals the dispatcher and importer already keep in {@code notice_run} and
 * {@code notice_cohort} (moved in the same transaction as the ledger), so they are exact, survive restarts and
 * agree between nodes; the hot sending path is not touched. Runs created within
 * {@code breachflow.metrics.run-window} (default 30 days) get their series, so the run label stays bounded by recent
 * runs (a run that ages out keeps its series until the next restart).
 */
@Component
class NoticeMetrics implements MeterBinder, GaugeSnapshot {

    private static final String[] OUTCOMES = {"sent", "bounced", "failed"};
    private static final String[] RESULTS = {"accepted", "rejected", "duplicates"};

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration runWindow;
    private final Map<Long, AtomicLongArray> runs = new ConcurrentHashMap<>();
    private final AtomicLongArray cohortRows = new AtomicLongArray(RESULTS.length);
    private volatile MeterRegistry registry;

    NoticeMetrics(JdbcClient jdbc, ObjectProvider<Clock> clock,
            @Value("${breachflow.metrics.run-window:P30D}") Duration runWindow) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.runWindow = runWindow;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (int i = 0; i < RESULTS.length; i++) {
            int index = i;
            FunctionCounter.builder("breachflow.cohort.rows", cohortRows, rows -> rows.get(index))
                    .description("Cohort rows imported, by result").tag("result", RESULTS[i].replace("duplicates",
                            "duplicate")).register(registry);
        }
    }

    @Override
    public synchronized void refresh() {
        long since = clock.millis() - runWindow.toMillis();
        jdbc.sql("SELECT id, sent, bounced, failed FROM notice_run WHERE created_at >= ?").param(since)
                .query(rs -> {
                    long run = rs.getLong("id");
                    AtomicLongArray totals = runs.computeIfAbsent(run, this::register);
                    for (int i = 0; i < OUTCOMES.length; i++) {
                        totals.set(i, Math.max(totals.get(i), rs.getLong(OUTCOMES[i])));
                    }
                });
        jdbc.sql("SELECT COALESCE(SUM(accepted), 0) AS accepted, COALESCE(SUM(rejected), 0) AS rejected, "
                        + "COALESCE(SUM(duplicates), 0) AS duplicates FROM notice_cohort")
                .query(rs -> {
                    for (int i = 0; i < RESULTS.length; i++) {
                        cohortRows.set(i, rs.getLong(RESULTS[i]));
                    }
                });
    }

    private AtomicLongArray register(long run) {
        AtomicLongArray totals = new AtomicLongArray(OUTCOMES.length);
        MeterRegistry target = registry;
        if (target != null) {
            for (int i = 0; i < OUTCOMES.length; i++) {
                int index = i;
                FunctionCounter.builder("breachflow.notices", totals, values -> values.get(index))
                        .description("Letters of a notice run by outcome").tag("run", Long.toString(run))
                        .tag("outcome", OUTCOMES[i]).register(target);
            }
        }
        return totals;
    }
}
