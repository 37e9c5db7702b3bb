package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code PUT /v2/element-instances/{key}/variables} through the REST-preferring client: gRPC SetVariables over
 * REST, with {@code local} setting the scope's own variables and otherwise propagating as Zeebe does.
 */
class RestSetVariablesConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    /** Start → Task_Assess (input mapping creates a local "draft") → Task_Notify → end. */
    @BeforeEach
    void deploy() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Vars").startEvent()
                .serviceTask("Task_Assess", t -> t.zeebeJobType("assess").zeebeInputExpression("=\"v1\"", "draft"))
                .serviceTask("Task_Notify", t -> t.zeebeJobType("notify")).endEvent().done());
    }

    @Test
    void localVariablesStayInTheTaskAndOthersPropagateToTheInstance() {
        long instance = engine.startInstance("Process_Vars", Map.of("severity", "low"));
        ActivatedJob assess = engine.awaitJob("assess");

        engine.restClient().newSetVariablesCommand(assess.getElementInstanceKey())
                .variables(Map.of("reviewer", "dpo")).local(true).send().join();
        engine.restClient().newSetVariablesCommand(assess.getElementInstanceKey())
                .variables(Map.of("severity", "high", "draft", "v2")).send().join();
        engine.restClient().newSetVariablesCommand(instance).variables(Map.of("caseId", "C-5")).send().join();

        engine.client().newFailCommand(assess.getKey()).retries(2).send().join();
        assertThat(engine.awaitJob("assess").getVariablesAsMap()).containsEntry("reviewer", "dpo")
                .containsEntry("severity", "high").containsEntry("draft", "v2").containsEntry("caseId", "C-5");
        engine.client().newCompleteCommand(assess.getKey()).send().join();
        assertThat(engine.awaitJob("notify").getVariablesAsMap()).containsEntry("severity", "high")
                .containsEntry("caseId", "C-5").doesNotContainKeys("reviewer", "draft");
    }

    @Test
    void anUnknownElementInstanceIsNotFoundNamingTheKey() {
        long instance = engine.startInstance("Process_Vars");

        assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> engine.restClient()
                        .newSetVariablesCommand(instance + 1000).variables(Map.of("x", 1)).send().join())
                .satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo(404);
                    assertThat(problem.details().getTitle()).isEqualTo("NOT_FOUND");
                    assertThat(problem.details().getDetail()).contains(String.valueOf(instance + 1000));
                });
    }
}
