package io.breachflow.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowApplication;
import io.breachflow.workflow.EngineClockControl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A drill survives a restart: the engine keeps its controlled clock in the drill database, so the application
 * comes back at the drill time it was left at (not the wall clock), with the drill still running and paused.
 */
class DrillClockRestartIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void theDrillClockAndTheRunningDrillSurviveARestart() {
        Instant drillTime;
        long runId;
        try (ConfigurableApplicationContext first = start()) {
            Drills drills = first.getBean(Drills.class);
            runId = drills.start("us-multistate", "admin").id();
            drills.step(Duration.ofDays(3));
            drillTime = first.getBean(Clock.class).instant();
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(Clock.class).instant()).isEqualTo(drillTime);
            assertThat(second.getBean(EngineClockControl.class).now()).isEqualTo(drillTime);
            Drills drills = second.getBean(Drills.class);
            assertThat(drills.current()).hasValueSatisfying(run -> {
                assertThat(run.id()).isEqualTo(runId);
                assertThat(run.paused()).isTrue();
                assertThat(run.injectsApplied()).isEqualTo(1);
            });
            assertThat(Duration.between(Instant.now(), drillTime)).isGreaterThan(Duration.ofDays(2));
            drills.end("admin", Locale.ENGLISH);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BreachflowApplication.class).profiles("drill").properties(
                "server.port=0",
                "spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/bf") + ";WRITE_DELAY=0",
                "breachflow.mail.dev-smtp.port=0",
                "breachflow.mail.dev-smtp.store=" + dir.resolve("mailbox"),
                "breachflow.audit.key-file=" + dir.resolve("audit.key"),
                "breachflow.audit.checkpoint-file=" + dir.resolve("checkpoints.log"),
                "breachflow.engine.port=0",
                "breachflow.engine.rest-port=0",
                "breachflow.drill.tick=PT1H").run();
    }
}
