package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without {@code breachflow.engine.clock.controlled=true} (the default) the clock endpoints do not exist. */
@BreachflowIntegrationTest
class ClockControlDisabledIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void clockEndpointsAreNotFoundUnlessTheClockIsControlled() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        assertThat(ClockControlIntegrationTests.send(http, port, "POST", "/actuator/clock/pin",
                "{\"epochMilli\": 0}", "admin").statusCode()).isEqualTo(404);
        assertThat(ClockControlIntegrationTests.send(http, port, "POST", "/actuator/clock/add",
                "{\"offsetMilli\": 1000}", "admin").statusCode()).isEqualTo(404);
        assertThat(ClockControlIntegrationTests.send(http, port, "DELETE", "/actuator/clock", null, "admin")
                .statusCode()).isEqualTo(404);
    }
}
