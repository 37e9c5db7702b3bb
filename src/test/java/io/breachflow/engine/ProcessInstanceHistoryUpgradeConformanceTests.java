package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.zaxxer.hikari.HikariDataSource;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instances that ran before the process-instance table existed (engine schema V3) are found after the upgrade. */
class ProcessInstanceHistoryUpgradeConformanceTests {

    @TempDir
    Path directory;

    @Test
    void instancesStartedBeforeTheUpgradeAreSearchableWithTheirStateAndDates() throws SQLException {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl("jdbc:h2:file:" + directory.resolve("engine") + EngineHarness.H2_SETTINGS);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/engine/h2")
                    .table("engine_schema_history").target("3").load().migrate();
            try (Connection connection = dataSource.getConnection()) {
                definition(connection);
                history(connection, 200, "ELEMENT_ACTIVATED", 2_000);
                history(connection, 200, "ELEMENT_COMPLETED", 3_000);
                history(connection, 300, "ELEMENT_ACTIVATED", 4_000);
                update(connection, "INSERT INTO engine_element_instance (element_instance_key, process_instance_key, "
                        + "process_definition_key, element_id, element_type, state, active_children, waiting_tokens) "
                        + "VALUES (300, 300, 100, 'Process_Old', 'PROCESS', 'ACTIVATED', 0, 0)");
            }

            try (EmbeddedEngine engine = EmbeddedEngine.start(dataSource, Clock.systemUTC(), "127.0.0.1", 0, 0);
                    CamundaClient client = EngineHarness.newClient(engine.port(), engine.restPort())) {
                List<ProcessInstance> found = client.newProcessInstanceSearchRequest()
                        .filter(f -> f.processDefinitionId("Process_Old")).send().join().items();

                assertThat(found).extracting(ProcessInstance::getProcessInstanceKey, ProcessInstance::getState,
                        ProcessInstance::getProcessDefinitionKey, ProcessInstance::getProcessDefinitionVersion)
                        .containsExactly(tuple(200L, ProcessInstanceState.COMPLETED, 100L, 1),
                                tuple(300L, ProcessInstanceState.ACTIVE, 100L, 1));
                assertThat(found.get(0).getStartDate().toInstant()).isEqualTo(Instant.ofEpochMilli(2_000));
                assertThat(found.get(0).getEndDate().toInstant()).isEqualTo(Instant.ofEpochMilli(3_000));
                assertThat(found.get(1).getEndDate()).isNull();
            }
        }
    }

    private static void definition(Connection connection) throws SQLException {
        byte[] xml = Bpmn.convertToString(Bpmn.createExecutableProcess("Process_Old").startEvent().endEvent().done())
                .getBytes(StandardCharsets.UTF_8);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO engine_process_definition "
                + "(process_definition_key, bpmn_process_id, version, resource_name, resource, checksum, "
                + "deployment_key, created_ms) VALUES (100, 'Process_Old', 1, 'old.bpmn', ?, 'x', 99, 1000)")) {
            insert.setBytes(1, xml);
            insert.executeUpdate();
        }
    }

    private static void history(Connection connection, long instance, String intent, long at) throws SQLException {
        update(connection, "INSERT INTO engine_history (process_instance_key, value_type, intent, record_key, "
                + "element_id, element_type, timestamp_ms) VALUES (" + instance + ", 'PROCESS_INSTANCE', '" + intent
                + "', " + instance + ", 'Process_Old', 'PROCESS', " + at + ")");
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
