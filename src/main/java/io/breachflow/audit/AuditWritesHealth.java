package io.breachflow.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Health {@code auditWrites}: {@code DEGRADED} (and an error in the log, for alerting) while an event the
 * audit trail or the breach register must record has been waiting longer than {@link #GRACE} — its
 * listener keeps failing and the event publication registry keeps retrying it. An accepted incident must
 * never be missing from the register or the trail without anyone seeing it (issue 14).
 */
@Component("auditWrites")
class AuditWritesHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "audit trail or breach register writes are failing");
    static final Duration GRACE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(AuditWritesHealth.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** The engine's clock when the engine is embedded; the system clock on a node without it (several nodes). */
    @org.springframework.beans.factory.annotation.Autowired
    AuditWritesHealth(JdbcTemplate jdbc, org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        this(jdbc, clock.getIfAvailable(Clock::systemUTC));
    }

    AuditWritesHealth(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Health health() {
        List<Map.Entry<String, Long>> stuck = jdbc.query("""
                SELECT listener_id, count(*) FROM event_publication
                WHERE completion_date IS NULL AND publication_date < ? AND listener_id LIKE 'io.breachflow.audit.%'
                GROUP BY listener_id""", (rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)),
                Timestamp.from(clock.instant().minus(GRACE)));
        if (stuck.isEmpty()) {
            return Health.up().build();
        }
        log.error("Audit trail or breach register writes keep failing: {}", stuck);
        Health.Builder degraded = Health.status(DEGRADED);
        stuck.forEach(row -> degraded.withDetail(row.getKey(), row.getValue()));
        return degraded.build();
    }
}
