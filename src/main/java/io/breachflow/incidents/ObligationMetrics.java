package io.breachflow.incidents;

import io.breachflow.metrics.GaugeSnapshot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code breachflow_obligations{regime,kind,state}}: obligations by state — {@code on_track}, {@code at_risk} (due
 * within 24 hours, as the workspace's countdown shows it), {@code overdue}, {@code met}; an open obligation without a
 * fixed legal deadline counts as on track. {@code breachflow_obligations_nearest_deadline_minutes}: minutes until
 * the earliest deadline not yet passed (NaN when none). Counted from the application's clock (the engine's, so a
 * drill's accelerated time shows too), one query per refresh.
 */
@Component
class ObligationMetrics implements MeterBinder, GaugeSnapshot {

    static final Duration AT_RISK = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile MultiGauge byState;
    private volatile double nearestMinutes = Double.NaN;
    /** Label sets seen before: they stay at 0 rather than vanish when nothing is in them any more. */
    private final java.util.Set<Tags> seen = new java.util.HashSet<>();

    ObligationMetrics(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        byState = MultiGauge.builder("breachflow.obligations")
                .description("Obligations by regime, kind and state (on_track, at_risk, overdue, met)")
                .register(registry);
        Gauge.builder("breachflow.obligations.nearest.deadline", this, metrics -> metrics.nearestMinutes)
                .description("Minutes until the earliest open obligation's deadline that has not passed yet")
                .baseUnit("minutes").register(registry);
    }

    @Override
    public synchronized void refresh() {
        Instant now = clock.instant();
        Map<Tags, Long> counts = new java.util.LinkedHashMap<>();
        seen.forEach(tags -> counts.put(tags, 0L));
        Instant[] nearest = {null};
        jdbc.sql("SELECT regime, kind, status, due_at FROM incident_obligation WHERE status IN ('OPEN', 'MET')")
                .query(rs -> {
                    Instant due = parse(rs.getString("due_at"));
                    String state = "MET".equals(rs.getString("status")) ? "met" : stateOf(due, now);
                    counts.merge(Tags.of("regime", rs.getString("regime"), "kind", rs.getString("kind"), "state", state),
                            1L, Long::sum);
                    if ("OPEN".equals(rs.getString("status")) && due != null && !due.isBefore(now)
                            && (nearest[0] == null || due.isBefore(nearest[0]))) {
                        nearest[0] = due;
                    }
                });
        seen.addAll(counts.keySet());
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((tags, count) -> rows.add(MultiGauge.Row.of(tags, count)));
        MultiGauge gauge = byState;
        if (gauge != null) {
            gauge.register(rows, true);
        }
        nearestMinutes = nearest[0] == null ? Double.NaN : Duration.between(now, nearest[0]).toSeconds() / 60.0;
    }

    static String stateOf(Instant due, Instant now) {
        if (due == null) {
            return "on_track";
        }
        if (due.isBefore(now)) {
            return "overdue";
        }
        return Duration.between(now, due).compareTo(AT_RISK) <= 0 ? "at_risk" : "on_track";
    }

    private static Instant parse(String dueAt) {
        try {
            return dueAt == null ? null : OffsetDateTime.parse(dueAt).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
