package io.breachflow.cluster;

import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job on this node only when no other node of the cluster runs it or ran it within the job's
 * {@link ClusterJob#lockAtLeastFor()}. The lock lives in the shared database (ShedLock, times taken from the
 * database's clock, so nodes with skewed clocks agree); a run that did the work is recorded in
 * {@code cluster_job_run}. A job that throws still releases the lock (held until its {@code lockAtLeastFor}),
 * and the exception reaches the caller as before.
 */
public class ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final LockProvider locks;
    private final JobRuns runs;
    private final String node;

    ClusterJobs(LockProvider locks, JobRuns runs, String node) {
        this.locks = locks;
        this.runs = runs;
        this.node = node;
    }

    /** No lock and no record: every call runs the job at once (unit tests, a context without a database). */
    public static ClusterJobs unlocked() {
        return new ClusterJobs(configuration -> Optional.of(() -> { }), JobRuns.NONE, "local");
    }

    /**
     * Runs {@code work} here if this node gets {@code job}'s lock; true when it ran, false when another node
     * holds the lock (it runs or ran the job this period).
     */
    public boolean runOnce(ClusterJob job, Runnable work) {
        Instant started = Instant.now();
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(started, job.name(), job.lockAtMostFor(),
                job.lockAtLeastFor()));
        if (lock.isEmpty()) {
            log.debug("Job {} skipped: another node holds its lock", job.name());
            return false;
        }
        boolean failed = true;
        try {
            work.run();
            failed = false;
        } finally {
            lock.get().unlock();
            record(job, started, failed);
        }
        return true;
    }

    /** The name this node goes by in locks and run records. */
    public String node() {
        return node;
    }

    private void record(ClusterJob job, Instant started, boolean failed) {
        try {
            runs.record(job.name(), node, started, Instant.now(), failed);
        } catch (RuntimeException e) {
            // the record is for people; a job that ran must not look failed because its record could not be written
            log.warn("Run of job {} not recorded: {}", job.name(), e.getClass().getName());
        }
    }
}
