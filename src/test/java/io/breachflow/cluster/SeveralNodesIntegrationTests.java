package io.breachflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three nodes on one PostgreSQL (issue 19): node a runs the engine, b and c use it. An officer logs in on b, opens
 * the task there, and the form loaded from b (its CSRF token, its session cookie) is submitted to c: the task
 * completes once, the process moves on once, and the session outlives b being killed. Meanwhile the scheduled jobs
 * run once per period across the three nodes, not once per node. Skipped without {@code BREACHFLOW_TEST_POSTGRES_URL}.
 */
@EnabledIfEnvironmentVariable(named = "BREACHFLOW_TEST_POSTGRES_URL", matches = ".+")
class SeveralNodesIntegrationTests {

    private static final String PASSWORD = "Harbour-lantern-4821";
    private static final Duration AUDIT_PERIOD = Duration.ofSeconds(10);
    private static final Duration SYNC_PERIOD = Duration.ofSeconds(5);
    private static final Duration WINDOW = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTaskOpenedOnOneNodeCompletesOnceThroughAnotherAndScheduledJobsRunOncePerCluster() throws Exception {
        Map<String, String> common = Map.of(
                "breachflow.security.users[0].username", "officer",
                "breachflow.security.users[0].password", PASSWORD,
                "breachflow.security.users[0].roles", "COMPLIANCE_OFFICER",
                "breachflow.audit.checkpoint-interval", "PT" + AUDIT_PERIOD.toSeconds() + "S",
                "breachflow.workflow.task-sync-interval", "PT" + SYNC_PERIOD.toSeconds() + "S",
                "logging.level.root", "WARN");
        try (ClusterNodes cluster = ClusterNodes.onTestPostgres(common)) {
            ClusterNodes.Node a = cluster.start("a", Map.of());
            List<ClusterNodes.Node> others = cluster.startAll(List.of("b", "c"), Map.of());
            ClusterNodes.Node b = others.get(0);
            ClusterNodes.Node c = others.get(1);
            Instant allReady = Instant.now();
            JdbcTemplate db = cluster.jdbc();

            String incidentId = report(a);
            long taskId = awaitTask(a, incidentId, "record-awareness");

            String session = login(b);
            Document page = Jsoup.parse(get(b, "/tasks/" + taskId, session).body());
            Map<String, String> form = taskForm(page, taskId);
            form.put("awarenessReasoning", "The access logs confirm the former employee's downloads.");
            if (form.getOrDefault("awareAt", "").isBlank()) {
                form.put("awareAt", "2025-11-18T22:00");
                form.put("awareAt__zone", "Asia/Seoul");
            }

            HttpResponse<String> submitted = post(c, "/tasks/" + taskId, session, form);
            assertThat(submitted.statusCode()).as(() -> form + "\n" + Jsoup.parse(submitted.body()).select("main").text())
                    .isEqualTo(302);
            assertThat(submitted.headers().firstValue("Location").orElse("")).endsWith("/inbox");
            assertThat(post(a, "/tasks/" + taskId, session, form).statusCode())
                    .as("the same form again, through a third node").isEqualTo(409);

            assertThat(db.queryForList("SELECT state, completed_by FROM human_task WHERE incident_id = ? "
                    + "AND form_key = 'record-awareness'", incidentId))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("state")).isEqualTo("COMPLETED");
                        assertThat(row.get("completed_by")).isEqualTo("officer");
                    });
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(db.queryForObject(
                    "SELECT COUNT(*) FROM human_task WHERE incident_id = ? AND form_key = 'risk-assessment'",
                    Long.class, incidentId)).as("the process moved on to the next task").isEqualTo(1));
            assertThat(db.queryForObject("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE "
                    + "'%HumanTaskCompleted' AND listener_id LIKE '%ProcessTriggers%' AND serialized_event LIKE ?",
                    Long.class, "%\"taskId\":" + taskId + ",%")).as("one completion handed to the engine").isEqualTo(1);

            cluster.kill(b);
            HttpResponse<String> inbox = get(c, "/inbox", session);
            assertThat(inbox.statusCode()).as("the session of killed node b, on c").isEqualTo(200);

            Duration waited = Duration.between(allReady, Instant.now());
            if (waited.compareTo(WINDOW) < 0) {
                Thread.sleep(WINDOW.minus(waited).toMillis());
            }
            Instant end = Instant.now();
            assertOncePerPeriod(db, "audit.chain-verification", AUDIT_PERIOD, allReady, end);
            assertOncePerPeriod(db, "workflow.user-task-sync", SYNC_PERIOD, allReady, end);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM human_task WHERE incident_id = ? "
                    + "AND form_key = 'risk-assessment'", Long.class, incidentId)).isEqualTo(1);
        }
    }

    /**
     * Runs at most once per 80% of the period (the lock's hold) and, since every node tries each period, at least
     * about once per period.
     */
    private static void assertOncePerPeriod(JdbcTemplate db, String job, Duration period, Instant from, Instant to) {
        List<Instant> starts = db.queryForList("SELECT started_at FROM cluster_job_run WHERE job = ? AND "
                + "started_at BETWEEN ? AND ? ORDER BY started_at", Timestamp.class, job, Timestamp.from(from),
                Timestamp.from(to)).stream().map(Timestamp::toInstant).toList();
        long windows = Duration.between(from, to).toMillis() / period.toMillis();
        assertThat(starts).as(job + " runs").hasSizeBetween((int) windows - 1, (int) (windows * 5 / 4) + 1);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(Duration.between(starts.get(i - 1), starts.get(i)))
                    .as(job + " runs too close together: " + starts)
                    .isGreaterThan(period.multipliedBy(8).dividedBy(10).minusMillis(500));
        }
    }

    private String report(ClusterNodes.Node node) throws IOException, InterruptedException {
        String facts = """
                {"title": "Customer data accessed by former employee",
                 "awareAt": "2025-11-18T22:00:00+09:00", "detectedAt": "2025-11-18T20:30:00+09:00",
                 "affected": [{"jurisdiction": "KR", "count": 4500}],
                 "dataCategories": ["NAME", "EMAIL", "PHONE"], "cause": "INSIDER",
                 "unauthorizedAccess": true, "encrypted": false, "highRisk": true,
                 "organization": {"homeCountry": "KR", "secRegistrant": false, "onlineServiceProvider": true,
                                  "euMainEstablishment": null, "euRepresentative": null, "nis2Entity": null,
                                  "criticalInfrastructure": false},
                 "milestones": {}}""";
        HttpResponse<String> created = http.send(basic(node, "/api/incidents")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(facts)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asText();
    }

    private long awaitTask(ClusterNodes.Node node, String incidentId, String formKey) {
        long[] id = new long[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            HttpResponse<String> tasks = http.send(basic(node, "/api/tasks").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode found = null;
            for (JsonNode task : json.readTree(tasks.body())) {
                if (incidentId.equals(task.path("incidentId").asText()) && formKey.equals(task.path("formKey").asText())) {
                    found = task;
                }
            }
            assertThat(found).as("task " + formKey + " of the incident").isNotNull();
            id[0] = found.get("id").asLong();
        });
        return id[0];
    }

    /** Form login on {@code node}: the session cookie ({@code JSESSIONID=…}) of the signed-in officer. */
    private String login(ClusterNodes.Node node) throws IOException, InterruptedException {
        HttpResponse<String> page = get(node, "/login", null);
        String anonymous = cookie(page);
        String csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
        HttpResponse<String> signedIn = post(node, "/login", anonymous,
                Map.of("username", "officer", "password", PASSWORD, "_csrf", csrf));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/inbox");
        return cookie(signedIn);
    }

    /** Every field of the task's form as the page filled it (hidden CSRF token included). */
    private static Map<String, String> taskForm(Document page, long taskId) {
        Element form = page.select("form[method=post]").stream()
                .filter(candidate -> candidate.attr("action").endsWith("/tasks/" + taskId)).findFirst()
                .orElseThrow(() -> new AssertionError("Expected the task's form, but the page has none:\n" + page));
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            if (type.equals("file") || type.equals("submit")) {
                continue;
            }
            String value = switch (input.tagName()) {
                case "textarea" -> input.text();
                case "select" -> {
                    Element chosen = input.selectFirst("option[selected]");
                    yield chosen != null ? chosen.attr("value") : input.select("option").first().attr("value");
                }
                default -> input.attr("value");
            };
            fields.putIfAbsent(input.attr("name"), value);
        }
        assertThat(fields).containsKey("_csrf");
        return fields;
    }

    private HttpResponse<String> get(ClusterNodes.Node node, String path, String session)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (session != null) {
            request.header("Cookie", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ClusterNodes.Node node, String path, String session, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder basic(ClusterNodes.Node node, String path) {
        String credentials = Base64.getEncoder().encodeToString(("officer:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .map(value -> value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';')))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("Expected a session cookie, but got " + response.headers()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
