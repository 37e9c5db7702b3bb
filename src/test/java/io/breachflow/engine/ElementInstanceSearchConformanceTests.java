package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /v2/element-instances/search}: every element step of an instance, as the 8.8 client reads it. */
class ElementInstanceSearchConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private long startAtReview() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Review").startEvent("Start_Reported")
                .serviceTask("Task_Triage", t -> t.name("Triage").zeebeJobType("triage"))
                .userTask("Task_Review", t -> t.name("Review the case")).endEvent("End_Done").done());
        long instance = engine.startInstance("Process_Review");
        engine.completeJob("triage");
        engine.awaitJob("io.camunda.zeebe:userTask");
        return instance;
    }

    private SearchResponse<ElementInstance> elementsOf(long processInstanceKey) {
        return engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey))
                .sort(s -> s.startDate().asc()).send().join();
    }

    @Test
    void listsCompletedAndActiveElementsWithKeysTypesNamesAndDates() {
        Instant before = Instant.now().minusSeconds(1);
        long instance = startAtReview();

        SearchResponse<ElementInstance> result = elementsOf(instance);

        assertThat(result.items()).extracting(ElementInstance::getElementId, ElementInstance::getElementName,
                ElementInstance::getType, ElementInstance::getState).containsExactly(
                tuple("Start_Reported", "Start_Reported", ElementInstanceType.START_EVENT,
                        ElementInstanceState.COMPLETED),
                tuple("Task_Triage", "Triage", ElementInstanceType.SERVICE_TASK, ElementInstanceState.COMPLETED),
                tuple("Task_Review", "Review the case", ElementInstanceType.USER_TASK, ElementInstanceState.ACTIVE));
        assertThat(result.page().totalItems()).isEqualTo(3);
        ElementInstance review = result.items().get(2);
        assertThat(review.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(review.getProcessDefinitionId()).isEqualTo("Process_Review");
        assertThat(review.getProcessDefinitionKey()).isPositive();
        assertThat(review.getElementInstanceKey()).isPositive().isNotEqualTo(instance);
        assertThat(review.getStartDate().toInstant()).isAfter(before).isBeforeOrEqualTo(Instant.now());
        assertThat(review.getEndDate()).isNull();
        assertThat(review.getIncident()).isFalse();
        assertThat(review.getTenantId()).isEqualTo("<default>");
        ElementInstance triage = result.items().get(1);
        assertThat(triage.getEndDate()).isNotNull();
        assertThat(triage.getEndDate().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(triage.getEndDate()).isAfterOrEqualTo(triage.getStartDate());
    }

    @Test
    void filtersByStateAndTypeAndFindsOneElementByItsKey() {
        long instance = startAtReview();

        List<ElementInstance> active = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance).state(ElementInstanceState.ACTIVE)).send().join().items();
        List<ElementInstance> serviceTasks = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance).type(ElementInstanceType.SERVICE_TASK)).send().join()
                .items();
        ElementInstance byKey = engine.client().newElementInstanceGetRequest(active.get(0).getElementInstanceKey())
                .send().join();

        assertThat(active).extracting(ElementInstance::getElementId).containsExactly("Task_Review");
        assertThat(serviceTasks).extracting(ElementInstance::getElementId).containsExactly("Task_Triage");
        assertThat(byKey.getElementId()).isEqualTo("Task_Review");
    }

    @Test
    void otherInstancesElementsAreNotReturned() {
        long first = startAtReview();
        long second = engine.startInstance("Process_Review");
        engine.completeJob("triage");

        assertThat(elementsOf(first).items()).extracting(ElementInstance::getProcessInstanceKey).containsOnly(first);
        assertThat(elementsOf(second).items()).extracting(ElementInstance::getProcessInstanceKey)
                .containsOnly(second);
    }

    @Test
    void pagesWithFromAndLimitAndWithCursors() {
        long instance = startAtReview();

        SearchResponse<ElementInstance> first = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance)).sort(s -> s.startDate().asc())
                .page(p -> p.limit(2)).send().join();
        SearchResponse<ElementInstance> next = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance)).sort(s -> s.startDate().asc())
                .page(p -> p.after(first.page().endCursor()).limit(2)).send().join();
        SearchResponse<ElementInstance> fromTwo = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance)).sort(s -> s.startDate().asc())
                .page(p -> p.from(2).limit(5)).send().join();

        assertThat(first.items()).extracting(ElementInstance::getElementId)
                .containsExactly("Start_Reported", "Task_Triage");
        assertThat(first.page().totalItems()).isEqualTo(3);
        assertThat(next.items()).extracting(ElementInstance::getElementId).containsExactly("Task_Review");
        assertThat(fromTwo.items()).extracting(ElementInstance::getElementId).containsExactly("Task_Review");
    }

    @Test
    void pagesBackwardsWithTheBeforeCursor() {
        long instance = startAtReview();
        SearchResponse<ElementInstance> last = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance)).sort(s -> s.startDate().asc())
                .page(p -> p.from(2).limit(1)).send().join();

        SearchResponse<ElementInstance> previous = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance)).sort(s -> s.startDate().asc())
                .page(p -> p.before(last.page().startCursor()).limit(2)).send().join();

        assertThat(last.items()).extracting(ElementInstance::getElementId).containsExactly("Task_Review");
        assertThat(previous.items()).extracting(ElementInstance::getElementId)
                .containsExactly("Start_Reported", "Task_Triage");
    }

    @Test
    void filtersByNameAndDateRange() {
        long instance = startAtReview();
        java.time.OffsetDateTime later = java.time.OffsetDateTime.now().plusHours(1);

        List<ElementInstance> named = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance).elementName("Review the case")).send().join()
                .items();
        List<ElementInstance> startedLater = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance).startDate(d -> d.gte(later))).send().join().items();
        List<ElementInstance> ended = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance).endDate(d -> d.exists(true))).send().join().items();

        assertThat(named).extracting(ElementInstance::getElementId).containsExactly("Task_Review");
        assertThat(startedLater).isEmpty();
        assertThat(ended).extracting(ElementInstance::getElementId)
                .containsExactlyInAnyOrder("Start_Reported", "Task_Triage");
    }

    @Test
    void anElementWithAnOpenIncidentCarriesItsIncidentKey() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Send").startEvent()
                .serviceTask("Task_Send", t -> t.zeebeJobType("send")).endEvent().done());
        long instance = engine.startInstance("Process_Send");
        ActivatedJob job = engine.awaitJob("send");
        engine.client().newFailCommand(job.getKey()).retries(0).errorMessage("relay down").send().join();
        EngineTables.Incident incident = EngineAwait.incident(engine, instance);

        ElementInstance send = engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance).elementId("Task_Send")).send().join().singleItem();

        assertThat(send.getIncident()).isTrue();
        assertThat(send.getIncidentKey()).isEqualTo(incident.key());
        assertThat(send.getState()).isEqualTo(ElementInstanceState.ACTIVE);
    }

    @Test
    void anUnsupportedFilterIsRejectedWithAProblem() {
        long instance = startAtReview();

        assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> engine.client().newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(instance).elementInstanceScopeKey(1L)).send().join())
                .satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo(400);
                    assertThat(problem.details().getTitle()).isEqualTo("INVALID_ARGUMENT");
                    assertThat(problem.details().getDetail()).contains("elementInstanceScopeKey");
                });
    }
}
