package io.breachflow.engine.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.breachflow.engine.EmbeddedEngine;
import io.breachflow.engine.EngineHarness;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The engine on an H2 file database in a temporary directory, with a client, for one benchmark run. */
final class BenchEngine implements AutoCloseable {

    private final Path directory;
    private final HikariDataSource dataSource;
    private final EmbeddedEngine engine;
    private final CamundaClient client;

    javax.sql.DataSource dataSource() {
        return dataSource;
    }

    private BenchEngine(Path directory, HikariDataSource dataSource, EmbeddedEngine engine, CamundaClient client) {
        this.directory = directory;
        this.dataSource = dataSource;
        this.engine = engine;
        this.client = client;
    }

    static BenchEngine start() throws IOException {
        Path directory = Files.createTempDirectory("engine-bench-");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("engine").toAbsolutePath() + EngineHarness.H2_SETTINGS);
        config.setUsername("sa");
        config.setPassword("");
        HikariDataSource dataSource = new HikariDataSource(config);
        EmbeddedEngine engine = EmbeddedEngine.start(dataSource, Clock.systemUTC(), "127.0.0.1", 0);
        return new BenchEngine(directory, dataSource, engine, EngineHarness.newClient(engine.port()));
    }

    CamundaClient client() {
        return client;
    }

    void deploy(BpmnModelInstance model, String name) {
        client.newDeployResourceCommand().addProcessModel(model, name).send().join();
    }

    @Override
    public void close() {
        client.close();
        engine.close();
        dataSource.close();
        EngineBenchmark.deleteQuietly(directory);
    }
}
