package io.breachflow.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the embedded engine on a fresh H2 file database for every test and hands out a real
 * {@link CamundaClient} talking gRPC to it. Register with
 * {@code @RegisterExtension final EngineHarness engine = new EngineHarness();}.
 *
 * <p>The database lives in a temporary directory owned by the harness (the same lifecycle as a
 * JUnit {@code @TempDir}: created before each test, deleted after it), so a restart can reopen it.
 */
public final class EngineHarness implements BeforeEachCallback, AfterEachCallback {

    /** As the application's default URL: durable commits, no file compaction on close (H2 issue 4048). */
    public static final String H2_SETTINGS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";

    /** Job activation time-out used by the helpers when a test does not care. */
    public static final Duration LONG_JOB_TIMEOUT = Duration.ofMinutes(5);

    static {
        QuietLogging.apply(ch.qos.logback.classic.Level.INFO);
    }

    private Path directory;
    private HikariDataSource dataSource;
    private EngineClock clock;
    private EmbeddedEngine engine;
    private CamundaClient client;
    private CamundaClient restClient;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("engine-conformance-");
        dataSource = dataSource(directory);
        clock = new EngineClock();
        startEngine();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopEngine();
        if (dataSource != null) {
            dataSource.close();
        }
        deleteRecursively(directory);
    }

    public CamundaClient client() {
        return client;
    }

    /**
     * A client that prefers REST, as the 8.8 client does by default, and whose gRPC address leads nowhere: every
     * call it makes goes through the engine's REST door ({@code /v2}), or fails.
     */
    public CamundaClient restClient() {
        if (restClient == null) {
            restClient = newRestClient(engine.restPort());
        }
        return restClient;
    }

    /** A REST-preferring client on the engine's REST API, with no reachable gRPC gateway. */
    public static CamundaClient newRestClient(int restPort) {
        return CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:1"))
                .restAddress(URI.create("http://127.0.0.1:" + restPort))
                .preferRestOverGrpc(true)
                .defaultRequestTimeout(Duration.ofSeconds(20))
                .build();
    }

    /**
     * The engine's clock for this test: the system clock until a test pins or moves it. The same
     * clock object is handed to the engine again after {@link #restartEngine()}, so time set before a
     * restart stays set.
     */
    public EngineClock clock() {
        return clock;
    }

    /** The port of the engine's gRPC gateway, for raw stubs (RPCs the Java client does not send). */
    public int port() {
        return engine.port();
    }

    /** The port of the engine's REST API. */
    public int restPort() {
        return engine.restPort();
    }

    public EngineTables tables() {
        return new EngineTables(dataSource);
    }

    /** Closes engine and client, then starts a new engine object on the same database. */
    public void restartEngine() {
        stopEngine();
        startEngine();
    }

    /** Closes engine and client; {@link #startEngine()} brings them back on the same database. */
    public void stopEngine() {
        if (restClient != null) {
            restClient.close();
            restClient = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    public void startEngine() {
        engine = EmbeddedEngine.start(dataSource, clock, "127.0.0.1", 0, 0);
        client = newClient(engine.port(), engine.restPort());
    }

    /** A client on the engine's gRPC gateway and its REST search API (both on loopback). */
    public static CamundaClient newClient(int port, int restPort) {
        return CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + port))
                .restAddress(URI.create("http://127.0.0.1:" + restPort))
                .preferRestOverGrpc(false)
                .defaultRequestTimeout(Duration.ofSeconds(20))
                .build();
    }

    public static CamundaClient newClient(int port) {
        return CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + port))
                .restAddress(URI.create("http://127.0.0.1:1"))
                .preferRestOverGrpc(false)
                .defaultRequestTimeout(Duration.ofSeconds(20))
                .build();
    }

    public DeploymentEvent deploy(BpmnModelInstance... models) {
        DeployResourceCommandStep1 command = client.newDeployResourceCommand();
        DeployResourceCommandStep2 step = null;
        for (BpmnModelInstance model : models) {
            String name = ModelIds.processId(model) + ".bpmn";
            step = step == null ? command.addProcessModel(model, name) : step.addProcessModel(model, name);
        }
        return step.send().join();
    }

    public long startInstance(String processId) {
        return startInstance(processId, Map.of());
    }

    public long startInstance(String processId, Map<String, Object> variables) {
        return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
                .variables(variables).send().join().getProcessInstanceKey();
    }

    /** Long-polls (up to 10 s) for one job of the type and returns it, activated for five minutes. */
    public ActivatedJob awaitJob(String type) {
        return awaitJob(type, LONG_JOB_TIMEOUT);
    }

    public ActivatedJob awaitJob(String type, Duration jobTimeout) {
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1)
                .timeout(jobTimeout).workerName("conformance")
                .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs();
        if (jobs.isEmpty()) {
            throw new AssertionError("Expected a job of type '" + type + "' within 10 s, but none was activated");
        }
        return jobs.get(0);
    }

    /** Long-polls until {@code count} jobs of the type are activated (each poll up to 10 s). */
    public List<ActivatedJob> awaitJobs(String type, int count) {
        List<ActivatedJob> jobs = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (jobs.size() < count && System.nanoTime() < deadline) {
            jobs.addAll(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(count - jobs.size())
                    .timeout(LONG_JOB_TIMEOUT).workerName("conformance")
                    .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs());
        }
        if (jobs.size() < count) {
            throw new AssertionError("Expected " + count + " jobs of type '" + type + "', but only "
                    + jobs.size() + " were activated");
        }
        return jobs;
    }

    /** Publishes a message with the time-to-live and variables; returns nothing the tests need. */
    public void publish(String name, String correlationKey, Duration timeToLive, Map<String, Object> variables) {
        client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey)
                .timeToLive(timeToLive).variables(variables).send().join();
    }

    /** Activates whatever is activatable right now (requestTimeout &lt; 0 disables long polling). */
    public List<ActivatedJob> activateNow(String type) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10)
                .timeout(LONG_JOB_TIMEOUT).workerName("conformance-probe")
                .requestTimeout(Duration.ofMillis(-1)).send().join().getJobs();
    }

    /** Activates one job of the type and completes it with the variables; returns the job. */
    public ActivatedJob completeJob(String type, Map<String, Object> variables) {
        ActivatedJob job = awaitJob(type);
        client.newCompleteCommand(job.getKey()).variables(variables).send().join();
        return job;
    }

    public ActivatedJob completeJob(String type) {
        return completeJob(type, Map.of());
    }

    private static HikariDataSource dataSource(Path directory) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("engine").toAbsolutePath() + H2_SETTINGS);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        return new HikariDataSource(config);
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
