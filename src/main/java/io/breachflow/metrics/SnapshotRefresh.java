package io.breachflow.metrics;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes every {@link GaugeSnapshot} when the application is ready and then on a fixed delay, so the cost of
 * business metrics is a handful of queries per interval whatever the scrape rate. A snapshot that fails keeps
 * its previous values (a scrape shows stale rather than missing numbers) and the failure is logged by type only.
 */
@Component
class SnapshotRefresh {

    private static final Logger log = LoggerFactory.getLogger(SnapshotRefresh.class);

    private final List<GaugeSnapshot> snapshots;

    SnapshotRefresh(List<GaugeSnapshot> snapshots) {
        this.snapshots = snapshots;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        refreshAll();
    }

    @Scheduled(fixedDelayString = "${breachflow.metrics.refresh-interval:PT30S}",
            initialDelayString = "${breachflow.metrics.refresh-interval:PT30S}")
    synchronized void refreshAll() {
        for (GaugeSnapshot snapshot : snapshots) {
            try {
                snapshot.refresh();
            } catch (RuntimeException e) {
                log.warn("Metrics snapshot {} not refreshed: {}", snapshot.getClass().getSimpleName(),
                        e.getClass().getName());
            }
        }
    }
}
