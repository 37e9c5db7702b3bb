package io.breachflow.audit;

import io.breachflow.cluster.ClusterJob;
import io.breachflow.cluster.ClusterJobs;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When {@link AuditChainMonitor} verifies without being asked: once at start-up and then every
 * {@code breachflow.audit.checkpoint-interval}, each under a cluster lock ({@link ClusterJobs}). A checkpoint is
 * appended to a file and mailed to the auditors, and a break is mailed to the DPO, so three nodes on one database
 * must not each do it per interval: one node verifies per interval. The start-up verification has a lock of its own
 * that is held only while it runs, so a node (or the only node) restarted within an interval still verifies what
 * happened to the database while it was down. Either lock is held at most 30 minutes, longer than walking a large
 * chain takes; a node killed mid-verification delays the next one by at most that much.
 */
@Component
class AuditChainSchedule {

    private static final Logger log = LoggerFactory.getLogger(AuditChainSchedule.class);

    private static final Duration LONGEST_VERIFICATION = Duration.ofMinutes(30);

    private final AuditChainMonitor monitor;
    private final ClusterJobs cluster;
    private final ClusterJob periodic;
    private final ClusterJob startUp;

    AuditChainSchedule(AuditChainMonitor monitor, ClusterJobs cluster, AuditProperties properties) {
        this.monitor = monitor;
        this.cluster = cluster;
        this.periodic = ClusterJob.periodic("audit.chain-verification", properties.checkpointInterval(),
                LONGEST_VERIFICATION);
        this.startUp = ClusterJob.exclusive("audit.chain-verification-at-start-up", LONGEST_VERIFICATION);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        runQuietly(startUp);
    }

    @Scheduled(fixedDelayString = "${breachflow.audit.checkpoint-interval:PT15M}",
            initialDelayString = "${breachflow.audit.checkpoint-interval:PT15M}")
    void onSchedule() {
        runQuietly(periodic);
    }

    private void runQuietly(ClusterJob job) {
        try {
            cluster.runOnce(job, monitor::runQuietly);
        } catch (RuntimeException lockUnavailable) {
            // the database is unreachable: the verification could not have run either; the next period tries again
            log.warn("Audit chain not verified: its lock is unavailable ({})", lockUnavailable.getClass().getName());
        }
    }
}
