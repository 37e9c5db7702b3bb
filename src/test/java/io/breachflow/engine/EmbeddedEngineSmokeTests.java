package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's front door works end to end with the unmodified Camunda client. */
class EmbeddedEngineSmokeTests {

    @TempDir
    Path dir;

    private EmbeddedEngine engine;
    private CamundaClient client;
    private JdbcDataSource dataSource;

    @BeforeEach
    void start() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("engine") + EngineHarness.H2_SETTINGS);
        engine = EmbeddedEngine.start(dataSource, Clock.systemUTC(), "127.0.0.1", 0);
        client = CamundaClient.newClientBuilder().grpcAddress(URI.create("http://127.0.0.1:" + engine.port()))
                .restAddress(URI.create("http://127.0.0.1:1")).preferRestOverGrpc(false).build();
    }

    @AfterEach
    void stop() {
        client.close();
        engine.close();
    }

    @Test
    void runsAServiceTaskProcessWithAWorkerAndAnswersWithTheResult() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("smoke").startEvent("start")
                .serviceTask("work", t -> t.zeebeJobType("smoke-work"))
                .exclusiveGateway("decide")
                .conditionExpression("= total > 10").endEvent("big")
                .moveToLastExclusiveGateway().defaultFlow().endEvent("small")
                .done();
        client.newDeployResourceCommand().addProcessModel(model, "smoke.bpmn").send().join();
        try (var worker = client.newWorker().jobType("smoke-work")
                .handler((jobClient, job) -> jobClient.newCompleteCommand(job.getKey())
                        .variables(Map.of("total", ((Number) job.getVariablesAsMap().get("a")).intValue() * 2))
                        .send().join())
                .open()) {
            ProcessInstanceResult result = client.newCreateInstanceCommand().bpmnProcessId("smoke").latestVersion()
                    .variables(Map.of("a", 21)).withResult().requestTimeout(Duration.ofSeconds(20)).send().join();
            assertThat(result.getVariablesAsMap()).containsEntry("total", 42).containsEntry("a", 21);
        }
    }
}
