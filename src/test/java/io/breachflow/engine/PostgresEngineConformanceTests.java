package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The engine on PostgreSQL (the {@code postgres} profile's database), in a schema of its own:
 * migrations apply, and gateways, variables, incidents and restarts behave as on H2.
 * {@code .ci/run} provides the database; skipped without {@code BREACHFLOW_TEST_POSTGRES_URL}.
 */
@EnabledIfEnvironmentVariable(named = "BREACHFLOW_TEST_POSTGRES_URL", matches = ".+")
class PostgresEngineConformanceTests {

    private final String schema = "engine_it_" + Long.toHexString(System.nanoTime());
    private HikariDataSource dataSource;
    private EmbeddedEngine engine;
    private CamundaClient client;

    @BeforeEach
    void start() throws SQLException {
        try (HikariDataSource admin = pool(System.getenv("BREACHFLOW_TEST_POSTGRES_URL"));
                Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String url = System.getenv("BREACHFLOW_TEST_POSTGRES_URL");
        dataSource = pool(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        startEngine();
    }

    @AfterEach
    void stop() throws SQLException {
        stopEngine();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        dataSource.close();
    }

    @Test
    void runsForkJoinWithVariablesAndResolvesAJobIncidentOnPostgres() {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("Process_Pg").startEvent()
                .parallelGateway("Gateway_Fork")
                .serviceTask("Task_A", t -> t.zeebeJobType("pg-a")).parallelGateway("Gateway_Join")
                .exclusiveGateway("Gateway_Decide").conditionExpression("= a + b > 2").serviceTask("Task_Check", t -> t.zeebeJobType("pg-check"))
                .endEvent("End_Big")
                .moveToLastExclusiveGateway().defaultFlow().endEvent("End_Small")
                .moveToNode("Gateway_Fork").serviceTask("Task_B", t -> t.zeebeJobType("pg-b"))
                .connectTo("Gateway_Join").done(), "pg.bpmn").send().join();
        long instance = client.newCreateInstanceCommand().bpmnProcessId("Process_Pg").latestVersion()
                .variables(Map.of("start", true)).send().join().getProcessInstanceKey();

        ActivatedJob a = activateOne("pg-a");
        client.newFailCommand(a.getKey()).retries(0).errorMessage("worker down").send().join();
        assertThat(activate("pg-a")).isEmpty();
        restart();
        long incident = new EngineTables(dataSource).openIncidents(a.getProcessInstanceKey()).get(0).key();
        client.newUpdateRetriesCommand(a.getKey()).retries(1).send().join();
        client.newResolveIncidentCommand(incident).send().join();
        client.newCompleteCommand(activateOne("pg-a").getKey()).variables(Map.of("a", 2)).send().join();
        client.newCompleteCommand(activateOne("pg-b").getKey()).variables(Map.of("b", 1)).send().join();

        ActivatedJob check = activateOne("pg-check");
        assertThat(check.getVariablesAsMap()).containsEntry("a", 2).containsEntry("b", 1).containsEntry("start", true);
        client.newCompleteCommand(check.getKey()).send().join();
        assertThat(new EngineTables(dataSource).completedElements(instance))
                .contains("End_Big", "Process_Pg").doesNotContain("End_Small");
    }

    private ActivatedJob activateOne(String type) {
        List<ActivatedJob> jobs = activate(type);
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    private List<ActivatedJob> activate(String type) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5).timeout(Duration.ofMinutes(1))
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
    }

    private void restart() {
        stopEngine();
        startEngine();
    }

    private void startEngine() {
        engine = EmbeddedEngine.start(dataSource, Clock.systemUTC(), "127.0.0.1", 0);
        client = CamundaClient.newClientBuilder().grpcAddress(URI.create("http://127.0.0.1:" + engine.port()))
                .restAddress(URI.create("http://127.0.0.1:1")).preferRestOverGrpc(false).build();
    }

    private void stopEngine() {
        client.close();
        engine.close();
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(System.getenv("BREACHFLOW_TEST_POSTGRES_USER"));
        pool.setPassword(System.getenv("BREACHFLOW_TEST_POSTGRES_PASSWORD"));
        pool.setMaximumPoolSize(4);
        return pool;
    }
}
