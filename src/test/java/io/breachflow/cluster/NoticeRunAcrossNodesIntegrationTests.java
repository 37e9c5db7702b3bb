package io.breachflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.notices.internal.RecordingSmtpSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19's done-when test: three application JVMs on one PostgreSQL schema in the README's "Several nodes"
 * topology ({@link ClusterNodes}: node a runs the engine, b and c use it), sending a notice run of an approved
 * letter to one SMTP sink in this JVM ({@link RecordingSmtpSink}, which logs every Message-ID it accepts as
 * Postfix's cleanup does; every node's {@code breachflow.notices.dispatch.relay-log} points at that log, the
 * way production resolves in-doubt rows). Everything the officer and legal do goes through the application's
 * own HTTP API and pages, spread over the three nodes: the incident is reported, the notice drafted and
 * approved on its tasks, the cohorts uploaded, the runs started (the case's "Start notice run" form, and the
 * process's "Prepare notice wave" task), paused and resumed.
 *
 * <ol>
 *   <li>A run of 6,000 at 300 a second is paused through node c: nodes a and b stop within 2 s, nothing is
 *       left SENDING; it is resumed through node a and finishes exactly once.</li>
 *   <li>A run of {@value #DEFAULT_PEOPLE} people (raise it with {@code -Dcluster.test.people=50000}) is sent by
 *       all three nodes; node b is killed with SIGKILL once about a third is out. Nodes a and c take over its
 *       lease and its in-doubt rows (resolved through the relay log) and finish: the run COMPLETED, the ledger,
 *       the sink's distinct accepted Message-IDs and the run's counters (as {@code GET /api/notice-runs/{id}}
 *       shows them) all equal the cohort, no Message-ID accepted twice (with a relay log there is no
 *       at-least-once window), the end reported once.</li>
 * </ol>
 *
 * Size: 20,000 by default, which keeps the whole class under 4 minutes on a busy 2-core machine (228–237 s
 * there: 43 s to start the three nodes, about 50 s for the pause case, 112–115 s for the 20,000 run with the
 * kill). The 50,000 ({@code -Dcluster.test.people=50000}) passed there too, in 334 s for the kill case
 * alone: 0 missing, 0 duplicates, 600 rows in doubt of which the relay log confirmed 157. The messages-per-second
 * ceiling (a fortieth of the cohort a second) keeps the run long enough to kill a node mid-run on a fast machine
 * too.
 * Skipped without {@code BREACHFLOW_TEST_POSTGRES_URL}.
 */
@EnabledIfEnvironmentVariable(named = "BREACHFLOW_TEST_POSTGRES_URL", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeRunAcrossNodesIntegrationTests {

    static final int DEFAULT_PEOPLE = 20_000;
    private static final int PEOPLE = Integer.getInteger("cluster.test.people", DEFAULT_PEOPLE);
    private static final int RATE = Math.max(100, PEOPLE / 40);
    private static final int PAUSE_PEOPLE = 6_000;
    private static final int PAUSE_RATE = 300;
    private static final String PASSWORD = "Harbour-lantern-4821";
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String FACTS = """
            {"title": "Customer data accessed by former employee",
             "awareAt": "2025-11-18T22:00:00+09:00", "detectedAt": "2025-11-18T20:30:00+09:00",
             "affected": [{"jurisdiction": "KR", "count": 4500}],
             "dataCategories": ["NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY"],
             "cause": "INSIDER", "unauthorizedAccess": true, "encrypted": false, "highRisk": true,
             "organization": {"homeCountry": "KR", "secRegistrant": false, "onlineServiceProvider": true,
                              "euMainEstablishment": null, "euRepresentative": null, "nis2Entity": null,
                              "criticalInfrastructure": false},
             "milestones": {"materialityDeterminedAt": null, "assessmentCompletedAt": null,
                            "breachDeterminedAt": null, "personalDataConfirmedAt": null}}""";
    private static final String NOTICE_FORM = """
            {"organisation": "Example Commerce Co.", "whatHappened": "A former employee accessed customer data",
             "when": "2025-11-18", "dataCategories": "Names, emails, delivery addresses, order history",
             "consequences": "You may receive phishing messages", "measuresTaken": "Access revoked, police informed",
             "whatYouCanDo": "Be wary of messages asking for payment", "contactPoint": "privacy@example.com, 1588-0000",
             "legalRights": "You may request access and claim damages", "cause": "Insider access",
             "lawEnforcementDelay": "Notice was not delayed by law enforcement",
             "other": "None"}""";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private RecordingSmtpSink sink;
    private ClusterNodes cluster;
    private ClusterNodes.Node a;
    private ClusterNodes.Node b;
    private ClusterNodes.Node c;
    private JdbcTemplate db;
    private String incidentId;
    private long began;

    @BeforeAll
    void startThreeNodesAndApproveALetter() throws Exception {
        began = System.nanoTime();
        Path directory = Path.of("target", "cluster-nodes").toAbsolutePath();
        Files.createDirectories(directory);
        Path relayLog = directory.resolve("relay-" + UUID.randomUUID() + ".log");
        sink = new RecordingSmtpSink(relayLog);
        Map<String, String> common = new LinkedHashMap<>();
        user(common, 0, "officer", "COMPLIANCE_OFFICER");
        user(common, 1, "legal", "LEGAL");
        user(common, 2, "dpo", "DPO");
        common.put("spring.mail.host", "127.0.0.1");
        common.put("spring.mail.port", String.valueOf(sink.port()));
        common.put("breachflow.notices.dispatch.pipelining", "true");
        common.put("breachflow.notices.dispatch.relay-log", relayLog.toString());
        common.put("breachflow.notices.dispatch.messages-per-second", String.valueOf(RATE));
        common.put("breachflow.cluster.heartbeat", "1s");
        common.put("breachflow.cluster.lease", "6s");
        common.put("breachflow.cluster.poll", "500ms");
        common.put("logging.level.root", "WARN");
        cluster = ClusterNodes.onTestPostgres(common);
        a = cluster.start("a", Map.of());
        List<ClusterNodes.Node> others = cluster.startAll(List.of("b", "c"), Map.of());
        b = others.get(0);
        c = others.get(1);
        db = cluster.jdbc();
        log("three nodes ready");

        HttpResponse<String> reported = send(basic(a, "/api/incidents", "officer").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(FACTS)));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        incidentId = json.readTree(reported.body()).get("id").asText();
        String draft = awaitTask(a, "Draft notice");
        assertThat(complete(b, draft, "officer", NOTICE_FORM).statusCode()).isEqualTo(204);
        String approval = awaitTask(c, "Approve notice");
        assertThat(complete(c, approval, "legal", "{\"approved\": true}").statusCode()).isEqualTo(204);
        awaitTask(a, "Prepare notice wave");
        log("letter approved");
    }

    @AfterAll
    void stopNodes() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
        if (sink != null) {
            sink.close();
        }
    }

    @Test
    @Order(1)
    void aPauseThroughOneNodeStopsTheOthersWithinTwoSecondsAndAResumeThroughAnotherFinishesTheRunOnce()
            throws Exception {
        Cohort cohort = uploadCohort(a, "pause", PAUSE_PEOPLE);
        long runId = startFromTheLetterForm(b, cohort.id(), PAUSE_RATE);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> senders(runId).size() == 3 && accepted(runId) >= PAUSE_PEOPLE / 4);

        HttpResponse<String> paused = send(basic(c, "/api/notice-runs/" + runId + "/pause", "officer")
                .POST(HttpRequest.BodyPublishers.noBody()));
        long pausedAt = System.nanoTime();
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        assertThat(json.readTree(paused.body()).get("status").asText()).isEqualTo("PAUSED");
        TimeUnit.SECONDS.sleep(2);
        long sentAfterTwoSeconds = ledger(runId, "SENT");
        TimeUnit.SECONDS.sleep(2);

        assertThat((lastAccepted(runId) - pausedAt) / 1e9).as("seconds from the pause to the last letter")
                .isLessThan(2.0);
        assertThat(ledger(runId, "SENT")).as("no new SENT rows").isEqualTo(sentAfterTwoSeconds);
        assertThat(ledger(runId, "SENDING")).as("claimed rows given back").isZero();
        JsonNode progress = progress(b, runId);
        assertThat(progress.get("status").asText()).isEqualTo("PAUSED");
        assertThat(progress.get("sent").asLong()).isEqualTo(accepted(runId)).isEqualTo(sentAfterTwoSeconds)
                .isLessThan(PAUSE_PEOPLE);
        log("pause run " + runId + ": paused at " + sentAfterTwoSeconds + " of " + PAUSE_PEOPLE);

        HttpResponse<String> resumed = send(basic(a, "/api/notice-runs/" + runId + "/resume", "officer")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> "COMPLETED".equals(status(runId)));
        assertExactlyOnce(runId, cohort, PAUSE_PEOPLE);
        log("pause run " + runId + ": sent per node " + senders(runId));
    }

    @Test
    @Order(2)
    void aNodeKilledMidRunLosesNobodyAndSendsNobodyTwice() throws Exception {
        Cohort cohort = uploadCohort(c, "kill", PEOPLE);
        log("cohort of " + PEOPLE + " imported");
        String wave = awaitTask(b, "Prepare notice wave");
        assertThat(complete(b, wave, "officer", "{\"cohortId\": \"" + cohort.id() + "\"}").statusCode())
                .isEqualTo(204);
        long runId = await().atMost(PATIENCE).until(() -> db.queryForList(
                "SELECT id FROM notice_run WHERE cohort_id = ?", Long.class, cohort.id()).stream().findFirst()
                .orElse(null), id -> id != null);
        long started = System.nanoTime();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> senders(runId).size() == 3 && accepted(runId) >= PEOPLE / 3);
        String lost = db.queryForObject("SELECT node_id FROM cluster_node WHERE node_name = 'b'", String.class);

        cluster.kill(b); // SIGKILL
        long acceptedAtKill = accepted(runId);
        long sentByLostAtKill = count("SELECT count(*) FROM notice_ledger WHERE run_id = ? AND status = 'SENT' "
                + "AND claimed_by = ?", runId, lost);
        long inDoubt = count("SELECT count(*) FROM notice_ledger WHERE run_id = ? AND status = 'SENDING' "
                + "AND claimed_by = ?", runId, lost);
        assertThat(ledger(runId, "SENT")).as("killed mid-run").isLessThan(PEOPLE);
        log("killed b (" + lost + ") at " + acceptedAtKill + " accepted; it had " + sentByLostAtKill
                + " SENT and " + inDoubt + " SENDING");

        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "COMPLETED".equals(status(runId)));
        double seconds = (System.nanoTime() - started) / 1e9;

        assertExactlyOnce(runId, cohort, PEOPLE);
        Map<String, Long> perNode = senders(runId);
        assertThat(perNode.keySet()).as("letters sent per node").hasSize(3).contains(lost);
        assertThat(count("SELECT count(*) FROM cluster_node WHERE node_id = ?", lost))
                .as("the killed node was taken over and forgotten").isZero();
        long confirmed = perNode.get(lost) - sentByLostAtKill;
        assertThat(confirmed).as("in-doubt rows the relay log confirmed").isBetween(0L, inDoubt);
        log("kill run " + runId + ": " + PEOPLE + " in " + Math.round(seconds) + " s; sent per node " + perNode
                + "; in doubt " + inDoubt + ", confirmed by the relay log " + confirmed + ", sent again "
                + (inDoubt - confirmed) + "; takeover: " + takeovers(lost) + "; duplicates "
                + duplicates(runId));
    }

    private void assertExactlyOnce(long runId, Cohort cohort, int people) throws Exception {
        assertThat(ledger(runId, "SENT")).as("ledger SENT").isEqualTo(people);
        assertThat(count("SELECT count(*) FROM notice_ledger WHERE run_id = ? AND status <> 'SENT'", runId))
                .as("rows PENDING, SENDING or otherwise not SENT").isZero();
        assertThat(count("SELECT count(DISTINCT message_id) FROM notice_ledger WHERE run_id = ?", runId))
                .isEqualTo(people);
        assertThat(accepted(runId)).as("distinct Message-IDs the sink accepted").isEqualTo(people);
        assertThat(duplicates(runId)).as("Message-IDs the sink accepted more than once").isZero();
        assertThat(sink.byAddress.entrySet().stream().filter(e -> e.getKey().startsWith(cohort.addressPrefix()))
                .mapToInt(e -> e.getValue().get()).summaryStatistics())
                .satisfies(perAddress -> {
                    assertThat(perAddress.getCount()).as("people reached").isEqualTo(people);
                    assertThat(perAddress.getMax()).as("letters per person").isEqualTo(1);
                });
        for (ClusterNodes.Node node : cluster.nodes().stream().filter(ClusterNodes.Node::alive).toList()) {
            JsonNode progress = progress(node, runId);
            assertThat(progress.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(progress.get("total").asLong()).isEqualTo(people);
            assertThat(progress.get("sent").asLong()).as("the run's sent counter").isEqualTo(people);
            assertThat(progress.get("bounced").asLong() + progress.get("failed").asLong()
                    + progress.get("suppressed").asLong() + progress.get("remaining").asLong()).isZero();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(db.queryForList(
                "SELECT detail FROM audit_entry WHERE action = 'NOTICE_RUN_FINISHED' AND detail LIKE ?", String.class,
                "run=" + runId + " %")).as("the end of the run, reported once")
                .containsExactly("run=" + runId + " status=COMPLETED sent=" + people
                        + " bounced=0 failed=0 suppressed=0"));
    }

    /** A cohort uploaded: its id, and what each of its people's addresses starts with. */
    private record Cohort(long id, String addressPrefix) {
    }

    /** {@code people} people (KR, Korean, email only) as a CSV upload to {@code POST /api/cohorts} on {@code node}. */
    private Cohort uploadCohort(ClusterNodes.Node node, String name, int people) throws Exception {
        String label = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("person_id,name,email,phone,jurisdiction,language\n");
        for (int i = 1; i <= people; i++) {
            csv.append(label).append('-').append(i).append(",Person ").append(i).append(',')
                    .append(label).append('-').append(i).append("@example.com,,KR,ko\n");
        }
        String boundary = "----cohort" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\n" + label + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + label
                + ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> uploaded = send(basic(node, "/api/cohorts", "officer")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode imported = json.readTree(uploaded.body());
        assertThat(imported.get("accepted").asLong()).isEqualTo(people);
        assertThat(imported.get("rejected").asLong()).isZero();
        return new Cohort(imported.get("cohortId").asLong(), label + "-");
    }

    /**
     * "Start notice run" on the case's documents page, as an officer signed in on {@code node}: the form under the
     * approved letter (its version and content hash as the page shows them) with the cohort, email only.
     */
    private long startFromTheLetterForm(ClusterNodes.Node node, long cohortId, int rate) throws Exception {
        String session = login(node);
        HttpResponse<String> documents = get(node, "/incidents/" + incidentId + "/documents", session);
        assertThat(documents.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(documents.body());
        Element form = page.selectFirst("details.start-run form");
        assertThat(form).as("the start-run form under the approved letter").isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", form.selectFirst("input[name=_csrf]").attr("value"));
        fields.put("contentHash", form.selectFirst("input[name=contentHash]").attr("value"));
        fields.put("cohortId", String.valueOf(cohortId));
        fields.put("channels", "EMAIL");
        fields.put("messagesPerSecond", String.valueOf(rate));
        // two senders a node: each claims 500 rows at a time, so with four on each of the first two nodes
        // the third would find nothing left to claim in a cohort this small
        fields.put("sessions", "2");
        HttpResponse<String> started = post(node, form.attr("action"), session, fields);
        assertThat(started.statusCode()).as(() -> Jsoup.parse(started.body()).select("main").text()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location").orElse("")).endsWith("/notices");
        return db.queryForObject("SELECT id FROM notice_run WHERE cohort_id = ?", Long.class, cohortId);
    }

    // --- the sink and the ledger

    /** Distinct Message-IDs of the run the sink accepted. */
    private long accepted(long runId) {
        String prefix = "<run-" + runId + "-";
        return sink.byMessageId.keySet().stream().filter(id -> id.startsWith(prefix)).count();
    }

    private long duplicates(long runId) {
        String prefix = "<run-" + runId + "-";
        return sink.byMessageId.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(e -> e.getValue().get() - 1).sum();
    }

    private long lastAccepted(long runId) {
        String prefix = "<run-" + runId + "-";
        return sink.lastAcceptedNanos.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(Map.Entry::getValue).max().orElse(0);
    }

    /** SENT rows of the run per node ({@code claimed_by}). */
    private Map<String, Long> senders(long runId) {
        return db.queryForList("SELECT claimed_by, count(*) AS n FROM notice_ledger WHERE run_id = ? "
                + "AND status = 'SENT' GROUP BY claimed_by ORDER BY claimed_by", runId).stream()
                .collect(Collectors.toMap(row -> String.valueOf(row.get("claimed_by")),
                        row -> ((Number) row.get("n")).longValue(), (x, y) -> x, LinkedHashMap::new));
    }

    private String status(long runId) {
        return db.queryForObject("SELECT status FROM notice_run WHERE id = ?", String.class, runId);
    }

    private long ledger(long runId, String status) {
        return count("SELECT count(*) FROM notice_ledger WHERE run_id = ? AND status = ?", runId, status);
    }

    private long count(String sql, Object... args) {
        return db.queryForObject(sql, Long.class, args);
    }

    /** What the survivor that took the lost node over logged about its rows. */
    private String takeovers(String lost) {
        Pattern line = Pattern.compile("node " + Pattern.quote(lost) + " was lost; .*");
        StringBuilder found = new StringBuilder();
        for (ClusterNodes.Node node : List.of(a, c)) {
            try {
                for (String text : Files.readAllLines(node.log())) {
                    Matcher m = line.matcher(text);
                    if (m.find()) {
                        found.append(node.name()).append(": ").append(m.group()).append(' ');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found.toString().trim();
    }

    // --- the application's HTTP API and pages

    private JsonNode progress(ClusterNodes.Node node, long runId) throws Exception {
        HttpResponse<String> answer = send(basic(node, "/api/notice-runs/" + runId, "officer").GET());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    /** The id of the open task {@code name} of the incident's KR-PIPA notice, as {@code node} lists it. */
    private String awaitTask(ClusterNodes.Node node, String name) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> tasks = send(basic(node, "/api/tasks", "dpo").GET());
            for (JsonNode task : json.readTree(tasks.body())) {
                if (incidentId.equals(task.path("incidentId").asText()) && name.equals(task.path("name").asText())
                        && task.path("obligationKey").asText().startsWith("kr-pipa-notice")) {
                    return task.get("id").asText();
                }
            }
            return null;
        }, id -> id != null);
    }

    private HttpResponse<String> complete(ClusterNodes.Node node, String taskId, String who, String form)
            throws Exception {
        return send(basic(node, "/api/tasks/" + taskId + "/complete", who).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Form login on {@code node}: the session cookie ({@code JSESSIONID=…}) of the signed-in officer. */
    private String login(ClusterNodes.Node node) throws Exception {
        HttpResponse<String> page = get(node, "/login", null);
        String anonymous = cookie(page);
        String csrf = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").attr("value");
        HttpResponse<String> signedIn = post(node, "/login", anonymous,
                Map.of("username", "officer", "password", PASSWORD, "_csrf", csrf));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return cookie(signedIn);
    }

    private HttpResponse<String> get(ClusterNodes.Node node, String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (session != null) {
            request.header("Cookie", session);
        }
        return send(request);
    }

    private HttpResponse<String> post(ClusterNodes.Node node, String path, String session, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", session);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder basic(ClusterNodes.Node node, String path, String who) {
        String credentials = java.util.Base64.getEncoder().encodeToString((who + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60))
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

    private static void user(Map<String, String> properties, int index, String name, String role) {
        properties.put("breachflow.security.users[" + index + "].username", name);
        properties.put("breachflow.security.users[" + index + "].password", PASSWORD);
        properties.put("breachflow.security.users[" + index + "].roles", role);
    }

    private void log(String what) {
        System.out.printf("[cluster notice test %3d s] %s%n", (System.nanoTime() - began) / 1_000_000_000L, what);
    }
}
