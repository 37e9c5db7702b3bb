package io.breachflow.cluster;

import java.time.Duration;

/**
 * A job that runs once per cluster: its lock's name and how long the lock is held.
 *
 * @param name the lock's name (unique per job, at most 64 characters)
 * @param lockAtMostFor how long a node that took the lock and died keeps it (the job's longest plausible run;
 *                      longer than that and a second node could run the job while the first still does)
 * @param lockAtLeastFor how long the lock stays taken after a short run, so the other nodes, whose schedules fire at
 *                       other moments of the same period, skip that period instead of running the job again
 */
public record ClusterJob(String name, Duration lockAtMostFor, Duration lockAtLeastFor) {

    /**
     * Share of the period a periodic job's lock is held at least: below one, so a single node's next run (one
     * period after the end of the last) always finds the lock free whatever the clock jitter between the node and
     * the database; high enough that across nodes the job runs at most about once per period.
     */
    static final double PERIOD_SHARE = 0.8;

    public ClusterJob {
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("Expected a lock name of 1 to 64 characters, but got " + name);
        }
        if (lockAtMostFor.compareTo(lockAtLeastFor) < 0 || lockAtLeastFor.isNegative()) {
            throw new IllegalArgumentException("Expected 0 <= lockAtLeastFor <= lockAtMostFor, but got "
                    + lockAtLeastFor + " and " + lockAtMostFor + " for " + name);
        }
    }

    /** A job run every {@code period} on each node, done once per period across the cluster. */
    public static ClusterJob periodic(String name, Duration period, Duration lockAtMostFor) {
        Duration atLeast = Duration.ofMillis(Math.round(period.toMillis() * PERIOD_SHARE));
        return new ClusterJob(name, lockAtMostFor.compareTo(atLeast) < 0 ? atLeast : lockAtMostFor, atLeast);
    }

    /** A job that must not run on two nodes at once, but may run again as soon as it ended (start-up work). */
    public static ClusterJob exclusive(String name, Duration lockAtMostFor) {
        return new ClusterJob(name, lockAtMostFor, Duration.ZERO);
    }
}
