package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine clock over HTTP, as in design §4 and Zeebe's actuator: pin, add and reset for ADMIN,
 * only when {@code breachflow.engine.clock.controlled=true}. (The "off by default → 404" side runs
 * in {@link ClockControlDisabledIntegrationTests} on the shared application context.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "breachflow.engine.clock.controlled=true",
        "breachflow.engine.port=0",
        "breachflow.mail.dev-smtp.port=0",
        "breachflow.mail.dev-smtp.store=${java.io.tmpdir}/breachflow-test-mailbox-${random.uuid}",
        "spring.datasource.url=jdbc:h2:mem:clock-${random.uuid};DB_CLOSE_DELAY=-1"})
class ClockControlIntegrationTests {

    static final Instant MONDAY_8AM = Instant.parse("2025-11-17T08:00:00Z");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void resetTheClock() throws Exception {
        send("DELETE", "/actuator/clock", null, "admin");
    }

    @Test
    void adminPinsTheClockToAnInstant() throws Exception {
        HttpResponse<String> pinned = send("POST", "/actuator/clock/pin",
                "{\"epochMilli\": " + MONDAY_8AM.toEpochMilli() + "}", "admin");

        assertThat(pinned.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(pinned.body());
        assertThat(body.path("epochMilli").asLong()).isEqualTo(MONDAY_8AM.toEpochMilli());
        assertThat(Instant.parse(body.path("instant").asText())).isEqualTo(MONDAY_8AM);
    }

    @Test
    void adminMovesAPinnedClockForward() throws Exception {
        send("POST", "/actuator/clock/pin", "{\"epochMilli\": " + MONDAY_8AM.toEpochMilli() + "}", "admin");

        HttpResponse<String> moved = send("POST", "/actuator/clock/add", "{\"offsetMilli\": 3600000}", "admin");

        assertThat(moved.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(moved.body());
        assertThat(body.path("epochMilli").asLong()).isEqualTo(MONDAY_8AM.plusSeconds(3600).toEpochMilli());
        assertThat(Instant.parse(body.path("instant").asText())).isEqualTo(MONDAY_8AM.plusSeconds(3600));
    }

    @Test
    void movingTheClockPastLongMaxOrOutOfTheCenturyIsRefusedAndTheClockStays() throws Exception {
        send("POST", "/actuator/clock/pin", "{\"epochMilli\": " + MONDAY_8AM.toEpochMilli() + "}", "admin");

        HttpResponse<String> overflow = send("POST", "/actuator/clock/add",
                "{\"offsetMilli\": " + Long.MAX_VALUE + "}", "admin");
        HttpResponse<String> ancient = send("POST", "/actuator/clock/pin", "{\"epochMilli\": 0}", "admin");

        assertThat(overflow.statusCode()).isEqualTo(400);
        assertThat(ancient.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(send("GET", "/actuator/clock", null, "admin").body());
        assertThat(body.path("epochMilli").asLong()).isEqualTo(MONDAY_8AM.toEpochMilli());
    }

    @Test
    void resettingReturnsToTheSystemClock() throws Exception {
        send("POST", "/actuator/clock/pin", "{\"epochMilli\": " + MONDAY_8AM.toEpochMilli() + "}", "admin");
        long before = System.currentTimeMillis();

        HttpResponse<String> reset = send("DELETE", "/actuator/clock", null, "admin");

        assertThat(reset.statusCode()).isEqualTo(200);
        long now = json.readTree(reset.body()).path("epochMilli").asLong();
        assertThat(now).isBetween(before - 1_000, System.currentTimeMillis() + 1_000);
    }

    @Test
    void onlyAdminsMayControlTheClock() throws Exception {
        String pin = "{\"epochMilli\": " + MONDAY_8AM.toEpochMilli() + "}";

        assertThat(send("POST", "/actuator/clock/pin", pin, "officer").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/actuator/clock/add", "{\"offsetMilli\": 1000}", "officer").statusCode())
                .isEqualTo(403);
        assertThat(send("DELETE", "/actuator/clock", null, "officer").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/actuator/clock/pin", pin, null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(String method, String path, String body, String user)
            throws IOException, InterruptedException {
        return send(http, port, method, path, body, user);
    }

    static HttpResponse<String> send(HttpClient http, int port, String method, String path, String body, String user)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
