package io.breachflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: what an operator scrapes and probes. Prometheus is for ADMIN only and shows the business state
 * (obligations by regime, kind and countdown state, the nearest deadline, tasks waiting per group) beside JVM
 * and HTTP metrics; the probes answer anyone with a status, and only ADMIN sees the engine and mail relay.
 */
@BreachflowIntegrationTest
class OperatorEndpointsIntegrationTests {

    private static final Pattern NEAREST = Pattern.compile(
            "(?m)^breachflow_obligations_nearest_deadline_minutes ([0-9.E+-]+)$");

    @LocalServerPort
    int port;

    @Autowired
    SnapshotRefresh refresh;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void prometheusShowsOpenObligationsByRegimeKindAndStateAndTheNearestDeadline() {
        OffsetDateTime awareAt = OffsetDateTime.now(ZoneOffset.ofHours(9)).minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> reported = send("POST", "/api/incidents", "officer", """
                {"title": "Metrics check", "awareAt": "%s", "detectedAt": "%s",
                 "affected": [{"jurisdiction": "KR", "count": 4500}], "dataCategories": ["NAME", "EMAIL"],
                 "cause": "INSIDER", "unauthorizedAccess": true, "encrypted": false, "highRisk": true,
                 "organization": {"homeCountry": "KR", "secRegistrant": false, "onlineServiceProvider": true,
                   "euMainEstablishment": null, "euRepresentative": null, "nis2Entity": null,
                   "criticalInfrastructure": false},
                 "milestones": {"materialityDeterminedAt": null, "assessmentCompletedAt": null,
                   "breachDeterminedAt": null, "personalDataConfirmedAt": null}}"""
                .formatted(awareAt, awareAt.minusHours(1)));
        assertThat(reported.statusCode()).isEqualTo(201);

        // the triage task appears once the process reached it: scrape until it did
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            refresh.refreshAll();
            HttpResponse<String> scrape = send("GET", "/actuator/prometheus", "admin", null);

            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body())
                    .contains("breachflow_obligations{kind=\"AUTHORITY_REPORT\",regime=\"KR-PIPA\",state=\"on_track\"}")
                    .contains("breachflow_obligations{kind=\"AUTHORITY_REPORT\",regime=\"KR-NETWORK-ACT\",state=\"at_risk\"}")
                    .contains("breachflow_tasks_waiting{group=\"compliance-officer\"}")
                    .contains("breachflow_cohort_rows_total{result=\"accepted\"}")
                    .contains("breachflow_engine_incidents_open", "breachflow_engine_roundtrip_seconds",
                            "breachflow_engine_job_latency_seconds_count", "breachflow_engine_calls_seconds_count",
                            "breachflow_audit_chain_intact", "breachflow_audit_chain_verified_timestamp_seconds")
                    .contains("jvm_memory_used_bytes", "http_server_requests_seconds_count");
            for (String metric : dashboardMetrics()) {
                assertThat(scrape.body()).as("docker/grafana dashboard metric " + metric).contains(metric);
            }
            Matcher nearest = NEAREST.matcher(scrape.body());
            assertThat(nearest.find()).as("nearest deadline gauge").isTrue();
            assertThat(Double.parseDouble(nearest.group(1))).isBetween(0.0, 24 * 60.0);
        });
    }

    @Test
    void prometheusIsForAdministratorsOnly() {
        assertThat(send("GET", "/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/actuator/prometheus", "officer", null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/actuator/prometheus", "auditor", null).statusCode()).isEqualTo(403);
    }

    @Test
    void probesAnswerAnyoneWithAStatusOnly() {
        HttpResponse<String> liveness = send("GET", "/actuator/health/liveness", null, null);
        HttpResponse<String> readiness = send("GET", "/actuator/health/readiness", null, null);

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void engineAndMailRelayAppearInHealthDetailsForAdministratorsOnly() {
        HttpResponse<String> admin = send("GET", "/actuator/health", "admin", null);
        HttpResponse<String> officer = send("GET", "/actuator/health", "officer", null);
        HttpResponse<String> readiness = send("GET", "/actuator/health/readiness", "admin", null);

        assertThat(admin.body()).contains("\"engine\":{\"status\":\"UP\"", "\"gatewayVersion\"",
                "\"mail\":{\"status\":\"UP\"", "\"migrations\":{\"status\":\"UP\"");
        assertThat(officer.body()).doesNotContain("engine", "mail", "gatewayVersion");
        assertThat(readiness.body()).contains("\"engine\"", "\"migrations\"", "\"readinessState\"");
    }

    /** The breachflow_* series the example Grafana dashboard queries (notices appear with the first run). */
    private static java.util.Set<String> dashboardMetrics() throws java.io.IOException {
        String dashboard = java.nio.file.Files.readString(java.nio.file.Path.of("docker/grafana/breachflow-dashboard.json"));
        java.util.Set<String> names = new java.util.TreeSet<>();
        Pattern.compile("breachflow_[a-z_]+").matcher(dashboard).results().map(match -> match.group())
                .filter(name -> !name.startsWith("breachflow_notices")).forEach(names::add);
        return names;
    }

    private HttpResponse<String> send(String method, String path, String user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Expected an HTTP answer from " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
