package io.breachflow.tasklist;

import io.breachflow.metrics.GaugeSnapshot;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code breachflow_tasks_waiting{group}}: open human tasks per candidate group (a task offered to two groups
 * counts in both), one grouped query per refresh.
 */
@Component
class TaskMetrics implements MeterBinder, GaugeSnapshot {

    private final JdbcClient jdbc;
    private volatile MultiGauge waiting;
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    TaskMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        waiting = MultiGauge.builder("breachflow.tasks.waiting")
                .description("Open human tasks per candidate group").register(registry);
    }

    @Override
    public synchronized void refresh() {
        Map<String, Long> byGroup = new TreeMap<>();
        // a group seen before stays at 0 rather than vanishing from the dashboard
        seen.forEach(group -> byGroup.put(group, 0L));
        jdbc.sql("SELECT candidate_groups, COUNT(*) AS open FROM human_task WHERE state = 'OPEN' "
                        + "GROUP BY candidate_groups")
                .query(rs -> {
                    for (String group : rs.getString("candidate_groups").split(",")) {
                        if (!group.isBlank()) {
                            byGroup.merge(group.trim(), rs.getLong("open"), Long::sum);
                        }
                    }
                });
        seen.addAll(byGroup.keySet());
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        byGroup.forEach((group, open) -> rows.add(MultiGauge.Row.of(Tags.of("group", group), open)));
        MultiGauge gauge = waiting;
        if (gauge != null) {
            gauge.register(rows, true);
        }
    }
}
