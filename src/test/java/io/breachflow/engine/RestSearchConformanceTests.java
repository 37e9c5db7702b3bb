package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Variable and process definition searches and get-by-key over REST. */
class RestSearchConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private CamundaClient rest() {
        return engine.restClient();
    }

    private void deployVersions() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Case").name("Breach case").startEvent()
                .serviceTask("Task_A", t -> t.zeebeJobType("a")).endEvent().done());
        engine.deploy(Bpmn.createExecutableProcess("Process_Case").name("Breach case").startEvent()
                .serviceTask("Task_B", t -> t.zeebeJobType("b")).endEvent().done());
    }

    @Test
    void findsTheVariablesOfAnInstanceAndGetsOneByKey() {
        deployVersions();
        long instance = engine.startInstance("Process_Case", Map.of("caseRef", "C-1", "records", 700));
        engine.startInstance("Process_Case", Map.of("caseRef", "C-2"));

        List<Variable> variables = rest().newVariableSearchRequest().filter(f -> f.processInstanceKey(instance))
                .send().join().items();

        assertThat(variables).extracting(Variable::getName, Variable::getValue)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("caseRef", "\"C-1\""),
                        org.assertj.core.groups.Tuple.tuple("records", "700"));
        assertThat(variables).allSatisfy(v -> {
            assertThat(v.getScopeKey()).isEqualTo(instance);
            assertThat(v.isTruncated()).isFalse();
        });
        Variable one = variables.get(0);
        Variable got = rest().newVariableGetRequest(one.getVariableKey()).send().join();
        assertThat(got.getName()).isEqualTo(one.getName());
        assertThat(got.getValue()).isEqualTo(one.getValue());
    }

    @Test
    void searchesVariablesByName() {
        deployVersions();
        engine.startInstance("Process_Case", Map.of("caseRef", "C-1"));
        engine.startInstance("Process_Case", Map.of("caseRef", "C-2", "other", 1));

        assertThat(rest().newVariableSearchRequest().filter(f -> f.name("caseRef")).send().join().items())
                .extracting(Variable::getValue).containsExactlyInAnyOrder("\"C-1\"", "\"C-2\"");
    }

    @Test
    void findsProcessDefinitionsAndTheLatestVersion() {
        deployVersions();

        List<ProcessDefinition> all = rest().newProcessDefinitionSearchRequest()
                .filter(f -> f.processDefinitionId("Process_Case")).send().join().items();
        List<ProcessDefinition> latest = rest().newProcessDefinitionSearchRequest()
                .filter(f -> f.isLatestVersion(true)).send().join().items();

        assertThat(all).extracting(ProcessDefinition::getVersion).containsExactlyInAnyOrder(1, 2);
        assertThat(all).allSatisfy(d -> assertThat(d.getName()).isEqualTo("Breach case"));
        assertThat(latest).singleElement().satisfies(d -> assertThat(d.getVersion()).isEqualTo(2));
        ProcessDefinition got = rest().newProcessDefinitionGetRequest(latest.get(0).getProcessDefinitionKey())
                .send().join();
        assertThat(got.getProcessDefinitionId()).isEqualTo("Process_Case");
        assertThat(got.getResourceName()).isEqualTo("Process_Case.bpmn");
    }
}
