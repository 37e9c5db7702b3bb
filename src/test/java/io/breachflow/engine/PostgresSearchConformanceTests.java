package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.zaxxer.hikari.HikariDataSource;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The REST search subset on PostgreSQL, in a schema of its own: callers, element states, incidents and the
 * definition XML read as on H2. Skipped without {@code BREACHFLOW_TEST_POSTGRES_URL} ({@code .ci/run} sets it).
 */
@EnabledIfEnvironmentVariable(named = "BREACHFLOW_TEST_POSTGRES_URL", matches = ".+")
class PostgresSearchConformanceTests {

    private final String schema = "engine_search_" + Long.toHexString(System.nanoTime());
    private HikariDataSource dataSource;
    private EmbeddedEngine engine;
    private CamundaClient client;

    @BeforeEach
    void start() throws SQLException {
        String url = System.getenv("BREACHFLOW_TEST_POSTGRES_URL");
        try (HikariDataSource admin = pool(url); Connection connection = admin.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        dataSource = pool(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        engine = EmbeddedEngine.start(dataSource, Clock.systemUTC(), "127.0.0.1", 0, 0);
        client = EngineHarness.newClient(engine.port(), engine.restPort());
    }

    @AfterEach
    void stop() throws SQLException {
        client.close();
        engine.close();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        dataSource.close();
    }

    @Test
    void searchesFindTheCalledInstanceItsElementsAndItsIncidentOnPostgres() {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("Process_PgChild")
                .startEvent().serviceTask("Task_PgChild", t -> t.name("Child work").zeebeJobType("pg-child"))
                .endEvent().done(), "child.bpmn").send().join();
        long definition = client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(
                "Process_PgParent").startEvent().callActivity("Call_PgChild", c -> c.zeebeProcessId("Process_PgChild"))
                .endEvent().done(), "parent.bpmn").send().join().getProcesses().get(0).getProcessDefinitionKey();
        long parent = client.newCreateInstanceCommand().bpmnProcessId("Process_PgParent").latestVersion().send()
                .join().getProcessInstanceKey();
        ActivatedJob job = client.newActivateJobsCommand().jobType("pg-child").maxJobsToActivate(1)
                .timeout(Duration.ofMinutes(1)).requestTimeout(Duration.ofSeconds(10)).send().join().getJobs().get(0);
        client.newFailCommand(job.getKey()).retries(0).errorMessage("down").send().join();

        ProcessInstance child = client.newProcessInstanceSearchRequest()
                .filter(f -> f.parentProcessInstanceKey(parent)).send().join().singleItem();
        ElementInstance task = client.newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(child.getProcessInstanceKey()).elementId("Task_PgChild"))
                .send().join().singleItem();

        assertThat(child.getProcessInstanceKey()).isEqualTo(job.getProcessInstanceKey());
        assertThat(child.getState()).isEqualTo(ProcessInstanceState.ACTIVE);
        assertThat(child.getHasIncident()).isTrue();
        assertThat(task.getElementName()).isEqualTo("Child work");
        assertThat(task.getState()).isEqualTo(ElementInstanceState.ACTIVE);
        assertThat(task.getIncident()).isTrue();
        assertThat(client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(child.getProcessInstanceKey()))
                .send().join().items()).extracting(i -> i.getErrorType(), i -> i.getJobKey())
                .containsExactly(tuple(IncidentErrorType.JOB_NO_RETRIES, job.getKey()));
        assertThat(client.newProcessDefinitionGetXmlRequest(definition).send().join())
                .contains("id=\"Process_PgParent\"");
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
