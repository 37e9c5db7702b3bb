package io.breachflow.workflow;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Moves the engine's clock through the Camunda client's clock commands ({@code PUT /v2/clock},
 * {@code POST /v2/clock/reset}), which the embedded engine serves when {@code breachflow.engine.clock.controlled}
 * is on and a Camunda 8 cluster serves with its controlled clock. The application reads time from the same clock
 * ({@link Clock} bean) on the embedded engine, so pages, deadlines and the engine's timers agree. For drill mode
 * only: never in production, where the engine refuses these commands.
 */
@Component
public class EngineClockControl {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final CamundaClient client;
    private final Clock clock;

    EngineClockControl(CamundaClient client, ObjectProvider<Clock> clock) {
        this.client = client;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The engine's time as the application reads it. */
    public Instant now() {
        return clock.instant();
    }

    /** Stops time at {@code instant}; timers due by then fire. */
    public void pin(Instant instant) {
        client.newPinClockCommand().time(instant.toEpochMilli()).requestTimeout(TIMEOUT).send().join();
    }

    /** Back to the system clock. */
    public void reset() {
        client.newResetClockCommand().requestTimeout(TIMEOUT).send().join();
    }
}
