package io.breachflow.demo;

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
 */
@Component
class DemoStartup {

    private final DemoProperties properties;
    private final DemoRecord record;
    private final DemoSeeder seeder;
    private final Environment environment;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-seeder");
        thread.setDaemon(true);
        return thread;
    });

    DemoStartup(DemoProperties properties, DemoRecord record, DemoSeeder seeder, Environment environment) {
        this.properties = properties;
        this.record = record;
        this.seeder = seeder;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        seeder.interruptedByRestart();
        if (enabled() && record.databaseEmpty()) {
            executor.submit(seeder::seed);
        }
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
