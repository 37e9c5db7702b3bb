package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scopes, shadowing, input/output mappings and propagation (zeebe-semantics.md B.2). */
class VariableConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private CamundaFuture<ProcessInstanceResult> startWithResult(String processId, Map<String, Object> variables) {
        return engine.client().newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
                .variables(variables).withResult().send();
    }

    /** start → sub-process (given local input) → task "work" → end. */
    private static BpmnModelInstance taskInSubProcess(String processId, String subInputSource, String subInputTarget) {
        return Bpmn.createExecutableProcess(processId).startEvent()
                .subProcess("Sub", s -> s.zeebeInputExpression(subInputSource, subInputTarget)
                        .zeebeOutputExpression(subInputTarget, "fromSub"))
                .embeddedSubProcess().startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().subProcessDone()
                .endEvent().done();
    }

    @Test
    void jobSeesVariablesOfItsOwnAndEveryAncestorScope() {
        engine.deploy(taskInSubProcess("Process_Scopes", "\"sub\"", "subLevel"));
        engine.startInstance("Process_Scopes", Map.of("rootLevel", "root"));

        assertThat(engine.awaitJob("work").getVariablesAsMap())
                .containsEntry("rootLevel", "root").containsEntry("subLevel", "sub");
    }

    @Test
    void localVariableShadowsTheAncestorVariableOfTheSameName() {
        engine.deploy(taskInSubProcess("Process_Shadow", "\"inner\"", "status"));
        CamundaFuture<ProcessInstanceResult> result = startWithResult("Process_Shadow", Map.of("status", "outer"));

        assertThat(engine.completeJob("work").getVariablesAsMap()).containsEntry("status", "inner");

        assertThat(result.join().getVariablesAsMap()).containsEntry("status", "outer");
    }

    @Test
    void completionVariablesAreCreatedAtTheRootWhenNoScopeHasThem() {
        engine.deploy(taskInSubProcess("Process_NewVar", "1", "unused"));
        CamundaFuture<ProcessInstanceResult> result = startWithResult("Process_NewVar", Map.of());

        engine.completeJob("work", Map.of("deadlineDays", 3));

        assertThat(result.join().getVariablesAsMap()).containsEntry("deadlineDays", 3);
    }

    @Test
    void completionVariableUpdatesTheNearestScopeThatAlreadyHasIt() {
        engine.deploy(taskInSubProcess("Process_Nearest", "0", "count"));
        CamundaFuture<ProcessInstanceResult> result = startWithResult("Process_Nearest", Map.of("count", 100));

        engine.completeJob("work", Map.of("count", 7));

        assertThat(result.join().getVariablesAsMap()).containsEntry("count", 100).containsEntry("fromSub", 7);
    }

    @Test
    void evaluatesInputMappingsInOrderSoALaterOneReadsAnEarlierTarget() {
        engine.deploy(Bpmn.createExecutableProcess("Process_InOrder").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work")
                        .zeebeInputExpression("base * 2", "doubled").zeebeInputExpression("doubled + 1", "plusOne"))
                .endEvent().done());
        engine.startInstance("Process_InOrder", Map.of("base", 5));

        assertThat(engine.awaitJob("work").getVariablesAsMap())
                .containsEntry("doubled", 10).containsEntry("plusOne", 11);
    }

    @Test
    void inputMappingOfAMissingSourceGivesNull() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Missing").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work").zeebeInputExpression("case.owner.team", "team"))
                .endEvent().done());
        engine.startInstance("Process_Missing");

        Map<String, Object> variables = engine.awaitJob("work").getVariablesAsMap();
        assertThat(variables).containsKey("team");
        assertThat(variables.get("team")).isNull();
    }

    @Test
    void inputMappingWithDottedTargetBuildsANestedObject() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Nested").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work")
                        .zeebeInputExpression("caseRef", "notice.caseRef").zeebeInputExpression("\"en\"", "notice.lang"))
                .endEvent().done());
        engine.startInstance("Process_Nested", Map.of("caseRef", "C-9"));

        assertThat(engine.awaitJob("work").getVariablesAsMap())
                .containsEntry("notice", Map.of("caseRef", "C-9", "lang", "en"));
    }

    @Test
    void outputMappingsMergeOnlyTheMappedResultVariables() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Out").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work").zeebeOutputExpression("score * 10", "riskScore"))
                .endEvent().done());
        CamundaFuture<ProcessInstanceResult> result = startWithResult("Process_Out", Map.of());

        engine.completeJob("work", Map.of("score", 4, "scratch", "x"));

        assertThat(result.join().getVariablesAsMap()).containsEntry("riskScore", 40)
                .doesNotContainKeys("score", "scratch");
    }

    @Test
    void outputMappingWithDottedTargetUpdatesOnlyTheLeaf() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Leaf").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work").zeebeOutputExpression("tier", "account.tier"))
                .endEvent().done());
        CamundaFuture<ProcessInstanceResult> result =
                startWithResult("Process_Leaf", Map.of("account", Map.of("id", "A-1", "tier", "basic")));

        engine.completeJob("work", Map.of("tier", "gold"));

        assertThat(result.join().getVariablesAsMap())
                .containsEntry("account", Map.of("id", "A-1", "tier", "gold"));
    }

    @Test
    void withoutOutputMappingsTheWholeResultPropagates() {
        engine.deploy(Bpmn.createExecutableProcess("Process_All").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
        CamundaFuture<ProcessInstanceResult> result = startWithResult("Process_All", Map.of("kept", true));

        engine.completeJob("work", Map.of("a", 1, "b", Map.of("c", "d")));

        assertThat(result.join().getVariablesAsMap()).containsEntry("kept", true).containsEntry("a", 1)
                .containsEntry("b", Map.of("c", "d"));
    }

    @Test
    void failJobVariablesAreLocalToTheTask() {
        engine.deploy(Bpmn.createExecutableProcess("Process_FailVars").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
        CamundaFuture<ProcessInstanceResult> result = startWithResult("Process_FailVars", Map.of());
        ActivatedJob first = engine.awaitJob("work");

        engine.client().newFailCommand(first.getKey()).retries(2).errorMessage("mail server down")
                .variables(Map.of("lastError", "smtp")).send().join();
        ActivatedJob retry = engine.completeJob("work");

        assertThat(retry.getVariablesAsMap()).containsEntry("lastError", "smtp");
        assertThat(result.join().getVariablesAsMap()).doesNotContainKey("lastError");
    }

    @Test
    void setVariablesLocalStaysInTheElementScope() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Local").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
        CamundaFuture<ProcessInstanceResult> result = startWithResult("Process_Local", Map.of());
        ActivatedJob first = engine.awaitJob("work");

        engine.client().newSetVariablesCommand(first.getElementInstanceKey()).variables(Map.of("hint", "local"))
                .local(true).send().join();
        engine.client().newFailCommand(first.getKey()).retries(2).send().join();
        ActivatedJob retry = engine.completeJob("work");

        assertThat(retry.getVariablesAsMap()).containsEntry("hint", "local");
        assertThat(result.join().getVariablesAsMap()).doesNotContainKey("hint");
    }

    @Test
    void setVariablesWithoutLocalPropagatesToTheRoot() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Prop").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
        CamundaFuture<ProcessInstanceResult> result = startWithResult("Process_Prop", Map.of("status", "open"));
        ActivatedJob job = engine.awaitJob("work");

        engine.client().newSetVariablesCommand(job.getElementInstanceKey())
                .variables(Map.of("status", "reviewed", "reviewer", "team-a")).local(false).send().join();
        engine.client().newCompleteCommand(job.getKey()).send().join();

        assertThat(result.join().getVariablesAsMap())
                .containsEntry("status", "reviewed").containsEntry("reviewer", "team-a");
    }

    @Test
    void setVariablesOnTheProcessInstanceKeyUpdatesTheRootScope() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Root").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
        long instance = engine.startInstance("Process_Root", Map.of("status", "open"));

        engine.client().newSetVariablesCommand(instance).variables(Map.of("status", "escalated")).send().join();

        assertThat(engine.awaitJob("work").getVariablesAsMap()).containsEntry("status", "escalated");
    }
}
