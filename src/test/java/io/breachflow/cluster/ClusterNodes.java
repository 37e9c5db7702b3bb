package io.breachflow.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several Breachflow nodes as separate JVMs on one PostgreSQL database, in the topology README "Several nodes"
 * describes: the first node runs the embedded engine, every other node has {@code breachflow.engine.enabled=false}
 * and points its Camunda client at the first node's engine, as it would at a Camunda 8 cluster. Builds nothing: each
 * node is {@code io.breachflow.BreachflowApplication} started from this JVM's class path (the test class path under
 * Maven, where the jar is not built yet), in a working directory of its own, on free ports, in a fresh schema of the
 * database named by {@code BREACHFLOW_TEST_POSTGRES_URL} (dropped by {@link #close()}). Each node's output goes to
 * {@code target/cluster-nodes/<schema>/<node>.log}.
 *
 * <pre>{@code
 * try (ClusterNodes cluster = ClusterNodes.onTestPostgres(Map.of("breachflow.audit.checkpoint-interval", "PT10S"))) {
 *     ClusterNodes.Node a = cluster.start("a", Map.of());   // the engine
 *     List<ClusterNodes.Node> others = cluster.startAll(List.of("b", "c"), Map.of());
 *     cluster.kill(others.get(0));                          // kill -9
 * }
 * }</pre>
 */
public final class ClusterNodes implements AutoCloseable {

    /** A started node: its name, HTTP base URL, process and log file. */
    public record Node(String name, int httpPort, Process process, Path log) {

        public URI uri(String path) {
            return URI.create("http://127.0.0.1:" + httpPort + path);
        }

        public boolean alive() {
            return process.isAlive();
        }
    }

    private static final Duration READY = Duration.ofMinutes(4);

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final Map<String, String> common;
    private final Path directory;
    private final List<Node> nodes = new ArrayList<>();
    private int enginePort;
    private int engineRestPort;

    private ClusterNodes(String url, String user, String password, Map<String, String> common) {
        this.url = url;
        this.user = user;
        this.password = password == null ? "" : password;
        this.schema = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.common = common;
        this.directory = Path.of("target", "cluster-nodes", schema).toAbsolutePath();
        execute("CREATE SCHEMA " + schema);
    }

    /**
     * A cluster on a new schema of the test PostgreSQL ({@code BREACHFLOW_TEST_POSTGRES_URL}, {@code _USER},
     * {@code _PASSWORD}); callers skip their test when it is not set. {@code properties} go to every node.
     */
    public static ClusterNodes onTestPostgres(Map<String, String> properties) {
        String url = System.getenv("BREACHFLOW_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Expected BREACHFLOW_TEST_POSTGRES_URL, but it is not set");
        }
        return new ClusterNodes(url, System.getenv("BREACHFLOW_TEST_POSTGRES_USER"),
                System.getenv("BREACHFLOW_TEST_POSTGRES_PASSWORD"), properties);
    }

    /** The shared database (this cluster's schema), for assertions. */
    public JdbcTemplate jdbc() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(schemaUrl());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return new JdbcTemplate(dataSource);
    }

    /**
     * Starts a node and waits until it is ready ({@code /actuator/health/readiness} answers 200). The first node
     * started runs the embedded engine; later ones use it. {@code properties} go to this node only (after the
     * common ones, so they win).
     */
    public Node start(String name, Map<String, String> properties) {
        Node node = launch(name, properties);
        awaitReady(node);
        return node;
    }

    /** Starts several non-engine nodes at once (after the first node) and waits until all are ready. */
    public List<Node> startAll(List<String> names, Map<String, String> properties) {
        if (nodes.isEmpty()) {
            throw new IllegalStateException("Expected the engine node to be started first, but none is");
        }
        List<Node> started = names.stream().map(name -> launch(name, properties)).toList();
        started.forEach(this::awaitReady);
        return started;
    }

    /** Kills the node's JVM at once ({@code kill -9}), as a lost machine would stop. */
    public void kill(Node node) {
        node.process().destroyForcibly();
        try {
            if (!node.process().waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Expected node " + node.name() + " to die, but it still runs");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The nodes started so far, in start order. */
    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /** The last lines of a node's output, for a failure message. */
    public static String tail(Node node, int lines) {
        try {
            List<String> all = Files.readAllLines(node.log());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Stops every node (kill -9: nothing is meant to survive a test) and drops the schema. */
    @Override
    public void close() {
        nodes.forEach(node -> node.process().destroyForcibly());
        for (Node node : nodes) {
            try {
                node.process().waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private Node launch(String name, Map<String, String> properties) {
        boolean engine = nodes.isEmpty();
        Path home = directory.resolve(name);
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int httpPort = freePort();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "postgres");
        settings.put("spring.datasource.url", schemaUrl());
        settings.put("spring.datasource.username", user);
        settings.put("spring.datasource.password", password);
        settings.put("spring.datasource.hikari.maximum-pool-size", "8");
        settings.put("server.port", String.valueOf(httpPort));
        settings.put("breachflow.cluster.node-id", name);
        settings.put("breachflow.audit.checkpoint-file", home.resolve("audit-checkpoints.log").toString());
        settings.put("breachflow.web.public-base-url", "http://127.0.0.1:" + httpPort);
        // the letter and report templates legal owns: the same files on every node, as in production (the
        // defaults are relative to the working directory, which is the node's own here)
        settings.put("breachflow.notices.letters-dir", Path.of("templates", "letters").toAbsolutePath().toString());
        settings.put("breachflow.filings.reports-dir", Path.of("templates", "reports").toAbsolutePath().toString());
        // a shared, busy test machine: deploying the models at start-up may take longer than the client's 10 s default
        settings.put("camunda.client.request-timeout", "PT60S");
        if (engine) {
            enginePort = freePort();
            engineRestPort = freePort();
            settings.put("breachflow.engine.port", String.valueOf(enginePort));
            settings.put("breachflow.engine.rest-port", String.valueOf(engineRestPort));
        } else {
            settings.put("breachflow.engine.enabled", "false");
            settings.put("camunda.client.grpc-address", "http://127.0.0.1:" + enginePort);
            settings.put("camunda.client.rest-address", "http://127.0.0.1:" + engineRestPort);
        }
        settings.putAll(common);
        settings.putAll(properties);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx300m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-cp", System.getProperty("java.class.path"), "io.breachflow.BreachflowApplication"));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = directory.resolve(name + ".log");
        try {
            Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Node node = new Node(name, httpPort, process, log);
            nodes.add(node);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("Expected to start node " + name + ", but could not", e);
        }
    }

    private void awaitReady(Node node) {
        Instant deadline = Instant.now().plus(READY);
        while (Instant.now().isBefore(deadline)) {
            if (!node.alive()) {
                throw new IllegalStateException("Expected node " + node.name() + " to start, but it exited:\n"
                        + tail(node, 60));
            }
            if (status(node.uri("/actuator/health/readiness")) == 200) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while node " + node.name() + " started", e);
            }
        }
        throw new IllegalStateException("Expected node " + node.name() + " to be ready within " + READY
                + ", but it is not:\n" + tail(node, 60));
    }

    private static int status(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return -1;
        }
    }

    private String schemaUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Expected to run " + sql + " on the test database, but " + e.getMessage(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
