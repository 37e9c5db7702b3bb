package io.breachflow.cluster;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process as a node of the cluster. Contract: while {@link #holdsLease()} is true no other node treats
 * this one as lost; once it is false, the node must stop starting work that others could redo (dispatch
 * stops sending). A lost node is taken over by exactly one survivor, whose {@link LostNodeHandler}s run
 * (again after a crash of that survivor, by whoever takes it over: handlers must be idempotent) before
 * the lost node's row is deleted. On H2, or with {@code breachflow.cluster.enabled=false}, the node works
 * alone: it always holds its lease and writes nothing.
 */
public final class ClusterNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClusterNode.class);

    /** Resolves what a lost node left in doubt; runs on the takeover thread, must be idempotent. */
    @FunctionalInterface
    public interface LostNodeHandler {
        void lost(String nodeId);
    }

    private final NodeLeases leases;
    private final ClusterProperties properties;
    private final String name;
    private final boolean clustered;
    private final List<LostNodeHandler> lostHandlers = new CopyOnWriteArrayList<>();
    private final List<Runnable> leaseLostHandlers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = daemon("cluster-heartbeat");
    private final ScheduledExecutorService takeover = daemon("cluster-takeover");
    private volatile String id;
    private volatile long renewedNanos;

    public ClusterNode(DataSource dataSource, ClusterProperties properties, Clock clock) {
        this.properties = properties;
        this.name = properties.nodeId() == null || properties.nodeId().isBlank() ? hostName() : properties.nodeId();
        this.leases = dataSource == null ? null : new NodeLeases(dataSource, clock);
        this.clustered = properties.enabled() && leases != null && leases.isPostgres();
        this.id = incarnation();
    }

    /** A node that works alone (tests, tools): always holds its lease, writes nothing. */
    public static ClusterNode alone() {
        return new ClusterNode(null, new ClusterProperties(false, "local", java.time.Duration.ofSeconds(3),
                java.time.Duration.ofSeconds(15), java.time.Duration.ofSeconds(1)),
                Clock.systemUTC());
    }

    /** How often shared work is re-read ({@code breachflow.cluster.poll}). */
    public java.time.Duration poll() {
        return properties.poll();
    }

    /** Registers this node (taking over its previous incarnation under a configured name) and starts heartbeats. */
    public void start() {
        if (!clustered) {
            return;
        }
        register(id);
        long beat = properties.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::renew, beat, beat, TimeUnit.MILLISECONDS);
        takeover.scheduleWithFixedDelay(this::takeOverExpired, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** Whether several nodes coordinate through the database (PostgreSQL, enabled). */
    public boolean clustered() {
        return clustered;
    }

    /** This incarnation's id: recorded on the work it claims. Changes only after the lease was lost. */
    public String id() {
        return id;
    }

    /** Whether the last renewal is recent enough that no survivor may take this node over yet. */
    public boolean holdsLease() {
        return !clustered || System.nanoTime() - renewedNanos < properties.lease().toNanos() * 2 / 3;
    }

    public void onLostNode(LostNodeHandler handler) {
        lostHandlers.add(handler);
    }

    /** Called when this node finds it was taken over (it was presumed dead): stop everything now. */
    public void onLeaseLost(Runnable handler) {
        leaseLostHandlers.add(handler);
    }

    /** Live nodes with an unexpired lease, this one included. */
    public int liveNodes() {
        return clustered ? call(leases::live) : 1;
    }

    /** Registers {@code incarnation} first and only then publishes it as {@link #id()}: work never carries an id without a row. */
    private void register(String incarnation) {
        long started = System.nanoTime();
        call(() -> {
            leases.register(incarnation, name, properties.lease().toMillis());
            if (properties.nodeId() != null && !properties.nodeId().isBlank()) {
                leases.takeOverNamed(name, incarnation); // our previous incarnation, whatever its lease says
            }
            return null;
        });
        renewedNanos = started;
        id = incarnation;
        log.info("Cluster node {} registered (lease {})", incarnation, properties.lease());
    }

    private void renew() {
        long started = System.nanoTime();
        try {
            if (leases.renew(id, properties.lease().toMillis())) {
                renewedNanos = started;
                return;
            }
            log.error("Cluster node {} was taken over by another node (its lease had expired); it stops its work and "
                    + "registers again", id);
            leaseLostHandlers.forEach(Runnable::run);
            register(incarnation());
        } catch (SQLException | RuntimeException e) {
            log.warn("Cluster node {}: lease renewal failed ({})", id, e.getClass().getName());
        }
    }

    private void takeOverExpired() {
        if (!holdsLease()) {
            return;
        }
        try {
            for (String lost : leases.expired(id)) {
                if (leases.takeOver(lost, id)) {
                    log.warn("Cluster node {} took over node {}, whose lease expired", id, lost);
                }
            }
            for (String lost : leases.takenOverBy(id)) {
                lostHandlers.forEach(h -> h.lost(lost));
                leases.forget(lost, id);
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Cluster node {}: taking over lost nodes failed ({}); tried again on the next beat", id,
                    e.getClass().getName());
        }
    }

    /** Stops heartbeats and gives the lease up, so a survivor takes over at once whatever is left. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        takeover.shutdownNow();
        if (clustered) {
            try {
                leases.leave(id);
            } catch (SQLException e) {
                log.warn("Cluster node {}: could not give its lease up ({})", id, e.getSQLState());
            }
        }
    }

    private String incarnation() {
        String base = name.length() > 55 ? name.substring(0, 55) : name;
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }

    private static <T> T call(NodeLeases.SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new IllegalStateException("Cluster node table access failed: " + e.getSQLState(), e);
        }
    }

    private static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }
}
