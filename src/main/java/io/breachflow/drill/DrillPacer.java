package io.breachflow.drill;

import io.breachflow.cluster.ClusterJob;
import io.breachflow.cluster.ClusterJobs;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Advances the drill clock at the drill's pace: every {@code breachflow.drill.tick} (5 s) of real time, drill time
 * moves by that much times the pace (5 minutes at one hour per minute). Starts once the application is ready, so a
 * drill that was running before a restart runs on from where its clock was stored; a paused drill stays paused.
 * Every node of a cluster ticks, but under one cluster lock ({@link ClusterJobs}) held at least 90% of a tick, so
 * the drill clock moves about once per tick, not once per node (three nodes would run the drill three times as
 * fast); across nodes whose ticks fall at other moments the pace may run up to a tenth fast. The lock is held at
 * most a minute: a node killed mid-tick stalls the drill clock no longer than that.
 */
@Component
@Profile("drill")
class DrillPacer {

    private static final Logger log = LoggerFactory.getLogger(DrillPacer.class);

    private final Drills drills;
    private final Duration tick;
    private final ClusterJobs cluster;
    private final ClusterJob job;
    private ScheduledExecutorService ticker;

    DrillPacer(Drills drills, @Value("${breachflow.drill.tick:PT5S}") Duration tick, ClusterJobs cluster) {
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("Expected a positive breachflow.drill.tick, but got " + tick);
        }
        this.drills = drills;
        this.tick = tick;
        this.cluster = cluster;
        Duration atLeast = Duration.ofMillis(tick.toMillis() * 9 / 10);
        this.job = new ClusterJob("drill.pacer", atLeast.plusMinutes(1), atLeast);
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "drill-pacer");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::tick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            cluster.runOnce(job, () -> drills.tick(tick));
        } catch (RuntimeException e) {
            // the next tick tries again; a drill must not stop because one move failed
            log.warn("Could not advance the drill clock: {}", e.getMessage());
        }
    }

    @jakarta.annotation.PreDestroy
    synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }
}
