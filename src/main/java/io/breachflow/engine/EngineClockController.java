package io.breachflow.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The engine clock as an actuator endpoint shaped like Zeebe's ({@code POST /actuator/clock/pin}
 * with {@code epochMilli}, {@code POST /actuator/clock/add} with {@code offsetMilli},
 * {@code DELETE /actuator/clock}), for tests and drill mode (a tabletop exercise on the real
 * processes with accelerated time). Exists only when {@code breachflow.engine.clock.controlled=true};
 * like every actuator endpoint but health it is for administrators only.
 */
@Component
@Endpoint(id = "clock")
@ConditionalOnProperty(prefix = "breachflow.engine.clock", name = "controlled", havingValue = "true")
class EngineClockController {

    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-12-31T23:59:59Z");

    private final EngineClock clock;

    EngineClockController(EngineClock clock) {
        this.clock = clock;
    }

    @ReadOperation
    Map<String, Object> current() {
        return now();
    }

    @WriteOperation
    Map<String, Object> change(@Selector String operation, @Nullable Long epochMilli, @Nullable Long offsetMilli) {
        switch (operation) {
            case "pin" -> clock.pin(sane(required(epochMilli, "epochMilli"), "epochMilli"));
            case "add" -> {
                long offset = required(offsetMilli, "offsetMilli");
                long now = clock.instant().toEpochMilli();
                // Long.MAX_VALUE would wrap around; the answer is a 400, and the clock stays where it is
                long target = now + offset;
                if (((now ^ target) & (offset ^ target)) < 0) {
                    throw invalid("Expected offsetMilli to keep the clock between 1990 and 2100, but it overflows");
                }
                sane(target, "offsetMilli");
                clock.add(Duration.ofMillis(offset));
            }
            default -> throw invalid("Expected 'pin' or 'add', but got another operation");
        }
        return now();
    }

    @DeleteOperation
    Map<String, Object> reset() {
        clock.reset();
        return now();
    }

    private static long required(Long value, String name) {
        if (value == null) {
            throw invalid("Expected '" + name + "', but it is missing");
        }
        return value;
    }

    /** Drill time stays in the years every deadline computation and column is sized for. */
    private static Instant sane(long epochMilli, String name) {
        if (epochMilli < EARLIEST.toEpochMilli() || epochMilli > LATEST.toEpochMilli()) {
            throw invalid("Expected '" + name + "' to put the clock between 1990 and 2100, but it does not");
        }
        return Instant.ofEpochMilli(epochMilli);
    }

    private static InvalidEndpointRequestException invalid(String message) {
        return new InvalidEndpointRequestException(message, message);
    }

    private Map<String, Object> now() {
        Instant instant = clock.instant();
        return Map.of("epochMilli", instant.toEpochMilli(), "instant", instant.toString());
    }
}
