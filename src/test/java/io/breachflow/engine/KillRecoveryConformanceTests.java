package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability promise of design.md §4, tested the hard way: the engine runs in a child JVM that
 * is killed with SIGKILL in the middle of work; after a restart on the same database every
 * acknowledged command is there, nothing is duplicated, and jobs whose time-out passed while the
 * engine was down are activatable at once.
 */
class KillRecoveryConformanceTests {

    private static final int INSTANCES = 30;

    @TempDir
    Path directory;

    private Process engineProcess;
    private CamundaClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (engineProcess != null) {
            engineProcess.destroyForcibly();
        }
    }

    @Test
    void acknowledgedWorkSurvivesKillNineAndEveryInstanceCompletesExactlyOnce() throws Exception {
        startEngineProcess();
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("Process_Durable")
                .startEvent().serviceTask("Task_First", t -> t.zeebeJobType("first"))
                .serviceTask("Task_Second", t -> t.zeebeJobType("second")).endEvent().done(), "durable.bpmn")
                .send().join();
        Set<Long> instances = new HashSet<>();
        for (int i = 0; i < INSTANCES; i++) {
            instances.add(client.newCreateInstanceCommand().bpmnProcessId("Process_Durable").latestVersion()
                    .variables(java.util.Map.of("n", i)).send().join().getProcessInstanceKey());
        }
        List<ActivatedJob> firstJobs = activate("first", INSTANCES, Duration.ofMinutes(5));
        assertThat(firstJobs).hasSize(INSTANCES);
        List<CompletableFuture<?>> acknowledged = new ArrayList<>();
        for (ActivatedJob job : firstJobs.subList(0, INSTANCES / 2)) {
            acknowledged.add(client.newCompleteCommand(job.getKey()).send().toCompletableFuture());
        }
        CompletableFuture.allOf(acknowledged.toArray(CompletableFuture[]::new)).join();
        List<ActivatedJob> shortLived = activate("second", INSTANCES, Duration.ofSeconds(1));
        assertThat(shortLived).hasSize(INSTANCES / 2);

        killEngineProcess();
        startEngineProcess();

        List<ActivatedJob> remainingFirst = activate("first", INSTANCES, Duration.ofMinutes(5));
        assertThat(remainingFirst).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> !peek("second").isEmpty());
        for (ActivatedJob job : firstJobs.subList(INSTANCES / 2, INSTANCES)) {
            client.newCompleteCommand(job.getKey()).send().join();
        }
        Set<Long> secondJobKeys = new HashSet<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (ActivatedJob job : activate("second", INSTANCES, Duration.ofMinutes(5))) {
                secondJobKeys.add(job.getKey());
                client.newCompleteCommand(job.getKey()).send().join();
            }
            return secondJobKeys.size() == INSTANCES;
        });
        client.close();
        client = null;
        killEngineProcess();

        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("engine") + EngineHarness.H2_SETTINGS);
        EngineTables tables = new EngineTables(dataSource);
        for (long instance : instances) {
            assertThat(tables.count(instance, "PROCESS_INSTANCE", "ELEMENT_COMPLETED"))
                    .as("completion records of instance %d", instance).isEqualTo(5);
            assertThat(tables.count(instance, "JOB", "COMPLETED")).isEqualTo(2);
        }
    }

    private List<ActivatedJob> activate(String type, int max, Duration timeout) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(max).timeout(timeout)
                .requestTimeout(Duration.ofMillis(-1)).send().join().getJobs();
    }

    private List<ActivatedJob> peek(String type) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1).timeout(Duration.ofMillis(1))
                .requestTimeout(Duration.ofMillis(-1)).send().join().getJobs();
    }

    private void startEngineProcess() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        engineProcess = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EngineProcessMain.class.getName(), directory.resolve("engine").toString())
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(engineProcess.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        int port = -1;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("READY ")) {
                port = Integer.parseInt(line.substring(6).trim());
                break;
            }
        }
        assertThat(port).as("engine child process reported its port").isPositive();
        Thread drain = new Thread(() -> output.lines().forEach(l -> { }), "engine-child-output");
        drain.setDaemon(true);
        drain.start();
        client = CamundaClient.newClientBuilder().grpcAddress(URI.create("http://127.0.0.1:" + port))
                .restAddress(URI.create("http://127.0.0.1:1")).preferRestOverGrpc(false).build();
    }

    private void killEngineProcess() throws InterruptedException {
        if (client != null) {
            client.close();
            client = null;
        }
        engineProcess.destroyForcibly();
        assertThat(engineProcess.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(directory.resolve("engine.mv.db"))).isTrue();
        engineProcess = null;
    }
}
