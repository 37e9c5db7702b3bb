package io.breachflow.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The audit chain's last verification as {@link AuditChainMonitor} keeps it (no query):
 * {@code breachflow_audit_chain_intact} (1 intact, 0 broken, NaN before the first run),
 * {@code breachflow_audit_chain_verified_timestamp_seconds} (when it ran) and
 * {@code breachflow_audit_chain_entries} (how many links it checked). Alert on intact == 0, and on a
 * verification older than two checkpoint intervals.
 */
@Component
class AuditChainMetrics implements MeterBinder {

    private final AuditChainMonitor monitor;

    AuditChainMetrics(AuditChainMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("breachflow.audit.chain.intact", monitor, m -> m.status()
                        .map(status -> status.verification().intact() ? 1.0 : 0.0).orElse(Double.NaN))
                .description("1 when the last verification found the audit chain intact, 0 when broken")
                .register(registry);
        Gauge.builder("breachflow.audit.chain.verified.timestamp", monitor, m -> m.status()
                        .map(status -> status.at().toEpochMilli() / 1000.0).orElse(Double.NaN))
                .description("When the audit chain was last verified (Unix time)").baseUnit("seconds")
                .register(registry);
        Gauge.builder("breachflow.audit.chain.entries", monitor, m -> m.status()
                        .map(status -> (double) status.verification().checked()).orElse(Double.NaN))
                .description("Audit chain links checked by the last verification").register(registry);
    }
}
