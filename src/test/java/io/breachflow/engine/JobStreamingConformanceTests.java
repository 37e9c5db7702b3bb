package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JobStreamingConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @BeforeEach
    void deploy() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Stream").startEvent()
                .serviceTask("Task_Pushed", t -> t.zeebeJobType("pushed")).endEvent().done());
    }

    @Test
    void pushesJobsCreatedWhileAStreamIsOpen() {
        List<ActivatedJob> received = new CopyOnWriteArrayList<>();
        var stream = engine.client().newStreamJobsCommand().jobType("pushed").consumer(received::add)
                .workerName("streamer").timeout(Duration.ofMinutes(1)).send();
        try {
            // A job created before the server registered the stream stays in the backlog (only polling
            // drains it), so keep creating instances until one is pushed.
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
                if (received.isEmpty()) {
                    engine.startInstance("Process_Stream", Map.of("caseRef", "C-5"));
                }
                return !received.isEmpty();
            });
            ActivatedJob job = received.get(0);
            assertThat(job.getType()).isEqualTo("pushed");
            assertThat(job.getWorker()).isEqualTo("streamer");
            assertThat(job.getVariablesAsMap()).containsEntry("caseRef", "C-5");
            engine.client().newCompleteCommand(job.getKey()).send().join();
            EngineAwait.completed(engine, job.getProcessInstanceKey(), "Process_Stream");
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void aStreamingWorkerCompletesJobs() {
        List<Long> handled = new CopyOnWriteArrayList<>();
        try (JobWorker worker = engine.client().newWorker().jobType("pushed")
                .handler((client, job) -> {
                    handled.add(job.getProcessInstanceKey());
                    client.newCompleteCommand(job.getKey()).variables(Map.of("done", true)).send().join();
                })
                .name("streaming-worker").streamEnabled(true).timeout(Duration.ofMinutes(1)).open()) {
            var result = engine.client().newCreateInstanceCommand().bpmnProcessId("Process_Stream")
                    .latestVersion().withResult().send().join();

            assertThat(result.getVariablesAsMap()).containsEntry("done", true);
            assertThat(handled).containsExactly(result.getProcessInstanceKey());
            assertThat(worker.isOpen()).isTrue();
        }
    }

    @Test
    void pollingStillActivatesJobsWhileAStreamIsOpen() {
        var stream = engine.client().newStreamJobsCommand().jobType("other-type").consumer(job -> { })
                .send();
        try {
            engine.startInstance("Process_Stream");
            assertThat(engine.awaitJob("pushed").getElementId()).isEqualTo("Task_Pushed");
        } finally {
            stream.cancel(true);
        }
    }
}
