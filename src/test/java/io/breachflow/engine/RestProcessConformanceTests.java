package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.response.Topology;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Topology, deployment, instance creation (with and without result) and cancellation through a client that
 * prefers REST (the 8.8 default) and cannot reach gRPC: the engine's REST door answers as the gRPC one does.
 */
class RestProcessConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private CamundaClient rest() {
        return engine.restClient();
    }

    private static BpmnModelInstance straightThrough() {
        return Bpmn.createExecutableProcess("Process_Rest").name("Rest process").startEvent()
                .scriptTask("Task_Sum", t -> t.zeebeExpression("a + b").zeebeResultVariable("sum"))
                .endEvent().done();
    }

    private static BpmnModelInstance waitingForWork() {
        return Bpmn.createExecutableProcess("Process_Wait").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("rest-work")).endEvent().done();
    }

    private DeploymentEvent deploy(BpmnModelInstance model, String name) {
        return rest().newDeployResourceCommand().addProcessModel(model, name).send().join();
    }

    @Test
    void topologyShowsOneHealthyLeaderPartition() {
        Topology topology = rest().newTopologyRequest().send().join();

        assertThat(topology.getClusterSize()).isEqualTo(1);
        assertThat(topology.getPartitionsCount()).isEqualTo(1);
        assertThat(topology.getGatewayVersion()).isEqualTo("8.8.14");
        assertThat(topology.getBrokers()).singleElement().satisfies(broker -> {
            assertThat(broker.getPort()).isEqualTo(engine.port());
            assertThat(broker.getPartitions()).singleElement().satisfies(partition -> {
                assertThat(partition.isLeader()).isTrue();
                assertThat(partition.getHealth().name()).isEqualTo("HEALTHY");
            });
        });
    }

    @Test
    void deploysBpmnAndDmnAndAnswersWithEveryDefinition() {
        DeploymentEvent deployed = rest().newDeployResourceCommand()
                .addProcessModel(straightThrough(), "rest.bpmn")
                .addResourceBytes(DmnFiles.text(DmnFiles.BREACH_RISK).getBytes(StandardCharsets.UTF_8),
                        DmnFiles.BREACH_RISK)
                .send().join();

        assertThat(deployed.getKey()).isPositive();
        assertThat(deployed.getTenantId()).isEqualTo("<default>");
        assertThat(deployed.getProcesses()).singleElement().satisfies(process -> {
            assertThat(process.getBpmnProcessId()).isEqualTo("Process_Rest");
            assertThat(process.getVersion()).isEqualTo(1);
            assertThat(process.getResourceName()).isEqualTo("rest.bpmn");
            assertThat(process.getProcessDefinitionKey()).isPositive();
        });
        assertThat(deployed.getDecisions()).extracting(d -> d.getDmnDecisionId())
                .containsExactlyInAnyOrder("Decision_Severity", "Decision_RiskLevel");
        assertThat(deployed.getDecisionRequirements()).singleElement().satisfies(drg -> {
            assertThat(drg.getDmnDecisionRequirementsId()).isEqualTo("Drg_BreachRisk");
            assertThat(drg.getResourceName()).isEqualTo(DmnFiles.BREACH_RISK);
        });
        String xml = Bpmn.convertToString(waitingForWork());
        int first = rest().newDeployResourceCommand().addResourceStringUtf8(xml, "wait.bpmn").send().join()
                .getProcesses().get(0).getVersion();
        int again = rest().newDeployResourceCommand().addResourceStringUtf8(xml, "wait.bpmn").send().join()
                .getProcesses().get(0).getVersion();
        assertThat(again).as("the same resource again is no new version").isEqualTo(first);
    }

    @Test
    void createsAnInstanceOfTheLatestVersionAndByDefinitionKey() {
        long firstKey = deploy(waitingForWork(), "wait.bpmn").getProcesses().get(0).getProcessDefinitionKey();

        ProcessInstanceEvent latest = rest().newCreateInstanceCommand().bpmnProcessId("Process_Wait").latestVersion()
                .variables(Map.of("caseRef", "C-1")).send().join();
        ProcessInstanceEvent byKey = rest().newCreateInstanceCommand().processDefinitionKey(firstKey).send().join();

        assertThat(latest.getProcessDefinitionKey()).isEqualTo(firstKey);
        assertThat(latest.getBpmnProcessId()).isEqualTo("Process_Wait");
        assertThat(latest.getVersion()).isEqualTo(1);
        assertThat(latest.getProcessInstanceKey()).isPositive();
        assertThat(byKey.getProcessInstanceKey()).isNotEqualTo(latest.getProcessInstanceKey());
        assertThat(engine.awaitJobs("rest-work", 2)).extracting(job -> job.getProcessInstanceKey())
                .containsExactlyInAnyOrder(latest.getProcessInstanceKey(), byKey.getProcessInstanceKey());
    }

    @Test
    void createWithResultAnswersWithTheVariablesAtTheEnd() {
        deploy(straightThrough(), "rest.bpmn");

        ProcessInstanceResult result = rest().newCreateInstanceCommand().bpmnProcessId("Process_Rest")
                .latestVersion().variables(Map.of("a", 2, "b", 3)).withResult().send().join();

        assertThat(result.getVariablesAsMap()).containsEntry("sum", 5).containsEntry("a", 2);
        assertThat(engine.tables().isCompleted(result.getProcessInstanceKey(), "Process_Rest")).isTrue();
    }

    @Test
    void createWithResultFetchesOnlyTheNamedVariables() {
        deploy(straightThrough(), "rest.bpmn");

        ProcessInstanceResult result = rest().newCreateInstanceCommand().bpmnProcessId("Process_Rest")
                .latestVersion().variables(Map.of("a", 2, "b", 3)).withResult().fetchVariables("sum").send().join();

        assertThat(result.getVariablesAsMap()).containsOnlyKeys("sum");
    }

    @Test
    void createWithResultOfAnInstanceThatDoesNotEndInTimeIsADeadlineProblem() {
        deploy(waitingForWork(), "wait.bpmn");

        assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> rest().newCreateInstanceCommand()
                .bpmnProcessId("Process_Wait").latestVersion().withResult().requestTimeout(Duration.ofMillis(500))
                .send().join()).satisfies(problem -> assertThat(problem.code()).isEqualTo(504));
    }

    @Test
    void cancellingEndsTheInstanceAndItsJob() {
        deploy(waitingForWork(), "wait.bpmn");
        long instance = rest().newCreateInstanceCommand().bpmnProcessId("Process_Wait").latestVersion().send().join()
                .getProcessInstanceKey();

        rest().newCancelInstanceCommand(instance).send().join();

        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Work");
        assertThat(engine.activateNow("rest-work")).isEmpty();
        assertThat(rest().newProcessInstanceGetRequest(instance).send().join().getState().name())
                .isEqualTo("TERMINATED");
    }

    @Test
    void anUnknownProcessOrInstanceIsANotFoundProblem() {
        assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> rest().newCreateInstanceCommand()
                .bpmnProcessId("Process_Missing").latestVersion().send().join())
                .satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo(404);
                    assertThat(problem.details().getDetail()).contains("Process_Missing");
                });
        assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> rest().newCancelInstanceCommand(
                2251799813685249L).send().join()).satisfies(problem -> assertThat(problem.code()).isEqualTo(404));
    }
}
