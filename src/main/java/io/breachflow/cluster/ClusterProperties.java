package io.breachflow.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code breachflow.cluster.*}: node liveness and the once-per-cluster jobs.
 *
 * @param enabled whether nodes coordinate through the database when it is PostgreSQL (an H2 file belongs to
 *     one process, so on H2 a node always works alone)
 * @param nodeId this node's name (unique per running process); blank = the host name. Each start registers
 *     {@code <name>-<random>}; a node restarting under a configured name takes over its previous
 *     incarnation at once instead of waiting for its lease to expire
 * @param heartbeat how often the lease is renewed and expired leases are looked for
 * @param lease how long a lease lasts after its last renewal; a node stops acting once two thirds of it
 *     passed without a renewal, so it has stopped before a survivor (whose clock may differ by less than a
 *     third) takes it over
 * @param poll how often a node re-reads the state of shared work (dispatch: run status, runs to join)
 * @param runRetention how long {@code cluster_job_run} keeps a run of a once-per-cluster job
 */
@ConfigurationProperties("breachflow.cluster")
public record ClusterProperties(@DefaultValue("true") boolean enabled, String nodeId,
        @DefaultValue("3s") Duration heartbeat, @DefaultValue("15s") Duration lease, @DefaultValue("1s") Duration poll,
        @DefaultValue("P7D") Duration runRetention) {

    @ConstructorBinding
    public ClusterProperties {
        if (lease.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("Expected breachflow.cluster.lease to be at least twice the heartbeat ("
                    + heartbeat + "), but it is " + lease);
        }
    }

    /** Liveness settings only, keeping {@code cluster_job_run} rows a week (tools and tests). */
    public ClusterProperties(boolean enabled, String nodeId, Duration heartbeat, Duration lease, Duration poll) {
        this(enabled, nodeId, heartbeat, lease, poll, Duration.ofDays(7));
    }
}
