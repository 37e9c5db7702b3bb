package io.breachflow.demo;

import io.breachflow.cluster.ClusterJob;
import io.breachflow.cluster.ClusterJobs;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Starts seeding once the application serves, on a thread of its own, so start-up never waits for the demo
 * case: only when {@code breachflow.demo.seed} is on, neither the {@code postgres} nor the {@code camunda} profile
 * is active, and the database has no incident and never had demo data.
 *
 * <p>The look at an interrupted seeding and the seeding itself run under one cluster lock ({@link ClusterJobs}), held
 * while seeding (at most 15 minutes, far more than the case takes): a second node starting meanwhile must not mark
 * the first one's seeding as interrupted. (The demo is off with the {@code postgres} profile, so a cluster never seeds;
 * the lock keeps it right even so.)
 */
@Component
class DemoStartup {

    private final DemoProperties properties;
    private final DemoRecord record;
    private final DemoSeeder seeder;
    private final Environment environment;
    private final ClusterJobs cluster;
    private final ClusterJob job = ClusterJob.exclusive("demo.start-up", Duration.ofMinutes(15));
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-seeder");
        thread.setDaemon(true);
        return thread;
    });

    DemoStartup(DemoProperties properties, DemoRecord record, DemoSeeder seeder, Environment environment,
            ClusterJobs cluster) {
        this.properties = properties;
        this.record = record;
        this.seeder = seeder;
        this.environment = environment;
        this.cluster = cluster;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        executor.submit(() -> cluster.runOnce(job, () -> {
            seeder.interruptedByRestart();
            if (enabled() && record.databaseEmpty()) {
                seeder.seed();
            }
        }));
    }

    boolean enabled() {
        String[] profiles = environment.getActiveProfiles();
        boolean defaultProfile = profiles.length == 0 || Arrays.asList(profiles).equals(java.util.List.of("default"));
        boolean wanted = properties.seed() != null ? properties.seed() : defaultProfile;
        return wanted && Arrays.stream(profiles)
                .noneMatch(profile -> "postgres".equals(profile) || "camunda".equals(profile));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
