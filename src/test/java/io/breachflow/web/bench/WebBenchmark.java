package io.breachflow.web.bench;

import io.breachflow.BreachflowApplication;
import io.breachflow.web.FormLoginClient;
import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server-side latency of the inbox and the incident workspace under load: starts the whole app on an H2
 * file database in a temp dir, seeds N open tasks straight into {@code human_task} (across 200
 * incidents, three candidate groups, deadlines from overdue to ten days out), reports one incident
 * through the API, logs in U browser sessions (officers, legal, the DPO) and has each fetch
 * {@code /inbox} and {@code /incidents/{id}} alternately R times after a warm-up. A servlet filter
 * ahead of security times every request inside the server. Run via {@code scripts/bench-web.sh}; the
 * last line is {@code inbox p50=… p95=… p99=… workspace p50=… p95=… p99=… (server ms) …}.
 */
public final class WebBenchmark {

    private static final Map<String, ConcurrentLinkedQueue<Long>> TIMINGS = new ConcurrentHashMap<>();
    private static final AtomicBoolean MEASURING = new AtomicBoolean();

    private WebBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Path dir = Files.createTempDirectory("bench-web");
        List<String> report = new ArrayList<>();
        try (ConfigurableApplicationContext app = start(dir)) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            seed(app.getBean(JdbcTemplate.class), tasks);
            String incident = reportIncident(port);
            List<FormLoginClient> sessions = logIn(port, users);
            run(sessions, incident, Math.max(5, requests / 5));
            MEASURING.set(true);
            long started = System.nanoTime();
            int failures = run(sessions, incident, requests);
            double seconds = (System.nanoTime() - started) / 1e9;
            MEASURING.set(false);
            List<Long> inbox = sorted("inbox");
            List<Long> workspace = sorted("workspace");
            report.add("requests=%d non-200=%d throughput=%.0f/s load-average=%.1f cores=%d".formatted(
                    inbox.size() + workspace.size(), failures, (inbox.size() + workspace.size()) / seconds,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors()));
            report.add("cpu per request: inbox %s workspace %s (server CPU ms)".formatted(
                    percentiles(sorted("inbox-cpu")), percentiles(sorted("workspace-cpu"))));
            report.add("inbox %s workspace %s (server wall ms) tasks=%d users=%d requests/user=%d think-ms=%d".formatted(
                    percentiles(inbox), percentiles(workspace), tasks, users, requests, THINK_MILLIS));
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        // after shutdown, so nothing the stopping app logs comes after the figures
        report.forEach(System.out::println);
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(BreachflowApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("benchTimings",
                        FilterRegistrationBean.class, WebBenchmark::timingFilter))
                // command-line arguments, so they win over application.yml (builder properties would not)
                .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("bench") + ";WRITE_DELAY=0",
                        "--server.port=0", "--breachflow.engine.port=0", "--breachflow.mail.dev-smtp.port=0",
                        "--logging.level.root=WARN");
    }

    private static FilterRegistrationBean<Filter> timingFilter() {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Filter filter = (request, response, chain) -> {
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            chain.doFilter(request, response);
            String path = ((jakarta.servlet.http.HttpServletRequest) request).getRequestURI();
            String page = path.equals("/inbox") ? "inbox" : path.startsWith("/incidents/") ? "workspace" : null;
            if (page != null && MEASURING.get()) {
                TIMINGS.computeIfAbsent(page, k -> new ConcurrentLinkedQueue<>())
                        .add((System.nanoTime() - start) / 1_000);
                TIMINGS.computeIfAbsent(page + "-cpu", k -> new ConcurrentLinkedQueue<>())
                        .add((cpu.getCurrentThreadCpuTime() - startCpu) / 1_000);
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** N open tasks in one batch, shaped like a busy week: most for officers, some overdue. */
    private static void seed(JdbcTemplate jdbc, int count) {
        Random random = new Random(42);
        List<String> incidents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            incidents.add(UUID.randomUUID().toString());
        }
        String[][] kinds = {{"draft-report", "compliance-officer"}, {"submit-report", "compliance-officer"},
                {"approve-report", "legal"}, {"prepare-referral", "compliance-officer"},
                {"post-incident-review", "dpo"}};
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] kind = kinds[random.nextInt(kinds.length)];
            Instant due = now.plusSeconds(random.nextInt(11 * 24 * 3600) - 24 * 3600);
            rows.add(new Object[] {9_000_000_000L + i, "Task_Bench", "Bench " + kind[0], kind[0],
                    incidents.get(random.nextInt(incidents.size())), "kr-pipa-report:" + i, kind[1],
                    random.nextInt(20) == 0 ? "officer" : null, due.atOffset(ZoneOffset.ofHours(9)).toString(),
                    now.minusSeconds(3600).atOffset(ZoneOffset.UTC), due.atOffset(ZoneOffset.UTC),
                    due.minusSeconds(12 * 3600).atOffset(ZoneOffset.UTC)});
        }
        jdbc.batchUpdate("""
                INSERT INTO human_task (id, element_id, name, form_key, incident_id, subject_key, candidate_groups,
                    assignee, due_at, state, created_at, due_instant, at_risk_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""",
                rows);
    }

    private static String reportIncident(int port) throws Exception {
        String facts = """
                {"title": "Bench", "awareAt": "%s", "affected": [{"jurisdiction": "KR", "count": 4500}],
                 "dataCategories": ["NAME", "EMAIL"], "cause": "EXTERNAL_ATTACK", "highRisk": true,
                 "organization": {"homeCountry": "KR"}}""".formatted(Instant.now().atOffset(ZoneOffset.UTC));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/incidents"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(facts)).build(),
                HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                .matcher(answer.body());
        if (!id.find()) {
            throw new IllegalStateException("Expected an incident id, but got " + answer.statusCode());
        }
        return id.group(1);
    }

    private static List<FormLoginClient> logIn(int port, int users) {
        String[] accounts = {"officer", "officer", "legal", "dpo"};
        List<FormLoginClient> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            FormLoginClient session = new FormLoginClient(port);
            session.logIn(accounts[i % accounts.length], System.getenv().getOrDefault("BREACHFLOW_DEMO_PASSWORD", "demo"));
            sessions.add(session);
        }
        return sessions;
    }

    /** Mean pause between one user's requests (uniform 0..2×), from BENCH_THINK_MS; 0 = none. */
    private static final long THINK_MILLIS = Long.parseLong(System.getenv().getOrDefault("BENCH_THINK_MS", "0"));

    /** Every session fetches the two pages alternately, all at once; answers the number of non-200s. */
    private static int run(List<FormLoginClient> sessions, String incident, int requests) throws InterruptedException {
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(sessions.size());
        for (FormLoginClient session : sessions) {
            new Thread(() -> {
                try {
                    for (int i = 0; i < requests; i++) {
                        String path = i % 2 == 0 ? "/inbox" : "/incidents/" + incident;
                        if (session.get(path).statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        if (THINK_MILLIS > 0) {
                            // a person reads the page before the next click; 0 = back-to-back (saturation)
                            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(THINK_MILLIS * 2 + 1));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return failures.get();
    }

    private static List<Long> sorted(String page) {
        List<Long> values = new ArrayList<>(TIMINGS.getOrDefault(page, new ConcurrentLinkedQueue<>()));
        values.sort(null);
        return values;
    }

    private static String percentiles(List<Long> micros) {
        if (micros.isEmpty()) {
            return "p50=- p95=- p99=-";
        }
        return "p50=%.1f p95=%.1f p99=%.1f".formatted(at(micros, 0.50), at(micros, 0.95), at(micros, 0.99));
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1000.0;
    }
}
