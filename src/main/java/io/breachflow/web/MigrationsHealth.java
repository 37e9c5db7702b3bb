package io.breachflow.web;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code migrations} in {@code /actuator/health} and in the readiness probe: DOWN while any Flyway migration of
 * the application's schema is pending or failed (another node still migrating a shared database, or a restore from
 * an older backup), so a load balancer sends no request to code that expects a newer schema.
 */
@Component("migrations")
class MigrationsHealth implements HealthIndicator {

    private final ObjectProvider<Map<String, Flyway>> flyways;

    MigrationsHealth(ObjectProvider<Map<String, Flyway>> flyways) {
        this.flyways = flyways;
    }

    @Override
    public Health health() {
        Map<String, Flyway> all = flyways.getIfAvailable(Map::of);
        int pending = 0;
        int failed = 0;
        String current = null;
        for (Flyway flyway : all.values()) {
            var info = flyway.info();
            pending += info.pending().length;
            failed += (int) java.util.Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).count();
            current = info.current() == null ? null : info.current().getVersion().getVersion();
        }
        Health.Builder health = pending == 0 && failed == 0 ? Health.up() : Health.down();
        return health.withDetail("pending", pending).withDetail("failed", failed)
                .withDetail("version", String.valueOf(current)).build();
    }
}
