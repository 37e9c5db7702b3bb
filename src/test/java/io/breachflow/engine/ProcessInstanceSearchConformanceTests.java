package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /v2/process-instances/search}: instances by key, caller, process id and state, kept after they end. */
class ProcessInstanceSearchConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private void deployParentAndChild() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Child").name("Child work").startEvent()
                .serviceTask("Task_Child", t -> t.zeebeJobType("child")).endEvent().done());
        engine.deploy(Bpmn.createExecutableProcess("Process_Parent").name("Parent case").startEvent()
                .callActivity("Call_Child", c -> c.zeebeProcessId("Process_Child"))
                .serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent().done());
    }

    private List<ProcessInstance> childrenOf(long parent) {
        return engine.client().newProcessInstanceSearchRequest().filter(f -> f.parentProcessInstanceKey(parent))
                .send().join().items();
    }

    private ProcessInstance instance(long key) {
        return engine.client().newProcessInstanceSearchRequest().filter(f -> f.processInstanceKey(key))
                .send().join().singleItem();
    }

    @Test
    void aCalledProcessNamesItsCallerAndTheCallActivityInstance() {
        deployParentAndChild();
        Instant before = Instant.now().minusSeconds(1);
        long parent = engine.startInstance("Process_Parent");
        long child = engine.awaitJob("child").getProcessInstanceKey();

        List<ProcessInstance> children = childrenOf(parent);
        ElementInstance callActivity = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(parent).elementId("Call_Child")).send().join().singleItem();

        assertThat(children).extracting(ProcessInstance::getProcessInstanceKey, ProcessInstance::getProcessDefinitionId,
                ProcessInstance::getProcessDefinitionName, ProcessInstance::getState)
                .containsExactly(tuple(child, "Process_Child", "Child work", ProcessInstanceState.ACTIVE));
        ProcessInstance called = children.get(0);
        assertThat(called.getParentProcessInstanceKey()).isEqualTo(parent);
        assertThat(called.getParentElementInstanceKey()).isEqualTo(callActivity.getElementInstanceKey());
        assertThat(called.getProcessDefinitionVersion()).isEqualTo(1);
        assertThat(called.getStartDate().toInstant()).isAfter(before);
        assertThat(called.getEndDate()).isNull();
        ProcessInstance root = instance(parent);
        assertThat(root.getParentProcessInstanceKey()).isNull();
        assertThat(root.getParentElementInstanceKey()).isNull();
        assertThat(root.getProcessDefinitionName()).isEqualTo("Parent case");
    }

    @Test
    void aCompletedInstanceIsStillFoundWithItsEndDate() {
        deployParentAndChild();
        long parent = engine.startInstance("Process_Parent");
        long child = engine.completeJob("child").getProcessInstanceKey();
        engine.completeJob("after");
        EngineAwait.completed(engine, parent, "Process_Parent");

        ProcessInstance done = instance(parent);
        ProcessInstance calledDone = instance(child);

        assertThat(done.getState()).isEqualTo(ProcessInstanceState.COMPLETED);
        assertThat(done.getEndDate()).isAfterOrEqualTo(done.getStartDate());
        assertThat(calledDone.getState()).isEqualTo(ProcessInstanceState.COMPLETED);
        assertThat(calledDone.getParentProcessInstanceKey()).isEqualTo(parent);
    }

    @Test
    void filtersByProcessIdAndStateAndSortsAndPages() {
        deployParentAndChild();
        long first = engine.startInstance("Process_Parent");
        long second = engine.startInstance("Process_Parent");
        long third = engine.startInstance("Process_Parent");
        engine.client().newCancelInstanceCommand(second).send().join();

        List<ProcessInstance> active = engine.client().newProcessInstanceSearchRequest()
                .filter(f -> f.processDefinitionId("Process_Parent").state(ProcessInstanceState.ACTIVE))
                .sort(s -> s.processInstanceKey().desc()).send().join().items();
        SearchResponse<ProcessInstance> firstPage = engine.client().newProcessInstanceSearchRequest()
                .filter(f -> f.processDefinitionId("Process_Parent")).sort(s -> s.startDate().asc())
                .page(p -> p.from(0).limit(2)).send().join();
        SearchResponse<ProcessInstance> lastPage = engine.client().newProcessInstanceSearchRequest()
                .filter(f -> f.processDefinitionId("Process_Parent")).sort(s -> s.startDate().asc())
                .page(p -> p.after(firstPage.page().endCursor()).limit(2)).send().join();
        ProcessInstance canceled = instance(second);

        assertThat(active).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(third, first);
        assertThat(firstPage.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(first, second);
        assertThat(firstPage.page().totalItems()).isEqualTo(3);
        assertThat(lastPage.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(third);
        assertThat(canceled.getState()).isEqualTo(ProcessInstanceState.TERMINATED);
        assertThat(canceled.getEndDate()).isNotNull();
    }

    @Test
    void findsInstancesByAListOfKeysAndAnInstanceByItsKey() {
        deployParentAndChild();
        long first = engine.startInstance("Process_Parent");
        engine.startInstance("Process_Parent");
        long third = engine.startInstance("Process_Parent");

        List<ProcessInstance> chosen = engine.client().newProcessInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(k -> k.in(first, third))).send().join().items();
        ProcessInstance byKey = engine.client().newProcessInstanceGetRequest(third).send().join();

        assertThat(chosen).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(first, third);
        assertThat(byKey.getProcessInstanceKey()).isEqualTo(third);
    }

    @Test
    void matchesProcessIdPatternsAndExcludesKeys() {
        deployParentAndChild();
        long parent = engine.startInstance("Process_Parent");
        long child = engine.awaitJob("child").getProcessInstanceKey();

        List<ProcessInstance> processes = engine.client().newProcessInstanceSearchRequest()
                .filter(f -> f.processDefinitionId(id -> id.like("Process_*"))).send().join().items();
        List<ProcessInstance> notTheParent = engine.client().newProcessInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(k -> k.notIn(parent))).send().join().items();

        assertThat(processes).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(parent, child);
        assertThat(notTheParent).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(child);
    }

    @Test
    void anInstanceWithAnOpenIncidentSaysSo() {
        deployParentAndChild();
        long parent = engine.startInstance("Process_Parent");
        io.camunda.client.api.response.ActivatedJob job = engine.awaitJob("child");
        long child = job.getProcessInstanceKey();
        engine.client().newFailCommand(job.getKey()).retries(0).errorMessage("down").send().join();
        EngineAwait.incident(engine, child);

        assertThat(instance(child).getHasIncident()).isTrue();
        assertThat(engine.client().newProcessInstanceSearchRequest()
                .filter(f -> f.hasIncident(true)).send().join().items())
                .extracting(ProcessInstance::getProcessInstanceKey).containsExactly(child);
        assertThat(instance(parent).getHasIncident()).isFalse();
    }

    @Test
    void historySurvivesARestartOfTheEngine() {
        deployParentAndChild();
        long parent = engine.startInstance("Process_Parent");
        long child = engine.completeJob("child").getProcessInstanceKey();
        engine.awaitJob("after");

        engine.restartEngine();

        assertThat(childrenOf(parent)).extracting(ProcessInstance::getProcessInstanceKey, ProcessInstance::getState)
                .containsExactly(tuple(child, ProcessInstanceState.COMPLETED));
        assertThat(engine.client().newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(parent))
                .send().join().items()).extracting(ElementInstance::getElementId)
                .contains("Call_Child", "Task_After");
        assertThat(instance(parent).getState()).isEqualTo(ProcessInstanceState.ACTIVE);
    }
}
