package io.breachflow.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
            case "pin" -> clock.pin(Instant.ofEpochMilli(required(epochMilli, "epochMilli")));
            case "add" -> clock.add(Duration.ofMillis(required(offsetMilli, "offsetMilli")));
            default -> throw new IllegalArgumentException("Expected 'pin' or 'add', but got '" + operation + "'");
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
            throw new IllegalArgumentException("Expected '" + name + "', but it is missing");
        }
        return value;
    }

    private Map<String, Object> now() {
        Instant instant = clock.instant();
        return Map.of("epochMilli", instant.toEpochMilli(), "instant", instant.toString());
    }
}
