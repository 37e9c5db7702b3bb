package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.incidents.IncidentId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The case workspace's view of a reported incident's processes, read through the Camunda client's
 * search API from the embedded engine: which diagrams, what is done, what waits, and every step in order.
 */
@BreachflowIntegrationTest
class CaseHistoryIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    @Autowired
    CaseHistory history;

    @Autowired
    BreachProcesses processes;

    BreachApi api;

    @BeforeEach
    void setUp() {
        api = new BreachApi(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
    }

    private IncidentId reportAndAwaitDrafts() throws Exception {
        Map<String, Object> reported = api.report();
        String id = (String) reported.get("id");
        long reports = BreachApi.authorityReports(reported);
        await().atMost(PATIENCE).until(() -> api.openTasks(id, "Draft report", as("officer")).size() == reports
                && api.openTasks(id, "Prepare evidence package", as("officer")).size() == 1);
        return IncidentId.of(id);
    }

    @Test
    void theLifecycleDiagramComesFirstWithItsCompletedServiceTaskAndWaitingCallActivities() throws Exception {
        IncidentId incident = reportAndAwaitDrafts();

        List<CaseDiagram> diagrams = history.diagrams(incident);

        CaseDiagram lifecycle = diagrams.get(0);
        assertThat(lifecycle.processInstanceKey()).isEqualTo(processes.lifecycleOf(incident).orElseThrow());
        assertThat(lifecycle.bpmnProcessId()).isEqualTo("Process_BreachLifecycle");
        assertThat(lifecycle.bpmnXml()).contains("<bpmn:process id=\"Process_BreachLifecycle\"");
        assertThat(lifecycle.completedElementIds())
                .contains("StartEvent_IncidentReported", "Task_DetermineObligations", "Gateway_Fork");
        assertThat(lifecycle.activeElementIds())
                .contains("CallActivity_AuthorityReport", "CallActivity_PoliceReferral")
                .doesNotContain("Task_DetermineObligations", "Task_PostIncidentReview");
        assertThat(lifecycle.incidentElementIds()).isEmpty();
    }

    @Test
    void everyCalledProcessFollowsWithItsActiveUserTask() throws Exception {
        Map<String, Object> reported = api.report();
        long reports = BreachApi.authorityReports(reported);
        IncidentId incident = IncidentId.of((String) reported.get("id"));
        await().atMost(PATIENCE).until(() -> api.openTasks(incident.toString(), "Draft report", as("officer")).size()
                == reports);

        long notices = BreachApi.count(reported, "INDIVIDUAL_NOTICE");
        long publicNotices = BreachApi.count(reported, "PUBLIC_NOTICE") + BreachApi.count(reported, "CRA_NOTICE");
        long calledProcesses = reports + notices + publicNotices + 1;
        await().atMost(PATIENCE).until(() -> history.diagrams(incident).size() == calledProcesses + 1);
        List<CaseDiagram> called = history.diagrams(incident).subList(1, (int) calledProcesses + 1);

        assertThat(called).extracting(CaseDiagram::bpmnProcessId).containsOnly("Process_AuthorityReport",
                "Process_PoliceReferral", "Process_CustomerNotice", "Process_PublicNotice")
                .contains("Process_PoliceReferral", "Process_CustomerNotice");
        assertThat(called).filteredOn(d -> d.bpmnProcessId().equals("Process_PoliceReferral")).singleElement()
                .satisfies(referral -> {
                    assertThat(referral.activeElementIds()).containsExactly("Task_PrepareReferral");
                    assertThat(referral.completedElementIds())
                            .containsExactlyInAnyOrder("StartEvent_ReferralNeeded", "Gateway_Redraft");
                });
        assertThat(called).filteredOn(d -> d.bpmnProcessId().equals("Process_AuthorityReport"))
                .allSatisfy(report -> assertThat(report.activeElementIds()).contains("Task_DraftReport")
                        .doesNotContain("Task_ApproveReport"));
    }

    @Test
    void theTimelineListsEachStepOnceOldestFirstStartingWithTheLifecycle() throws Exception {
        IncidentId incident = reportAndAwaitDrafts();

        List<CaseEvent> events = history.events(incident);

        assertThat(events.get(0)).satisfies(first -> {
            assertThat(first.bpmnProcessId()).isEqualTo("Process_BreachLifecycle");
            assertThat(first.elementType()).isEqualTo("PROCESS");
            assertThat(first.state()).isEqualTo("ACTIVATED");
        });
        assertThat(events).extracting(CaseEvent::at).isSorted();
        List<CaseEvent> determine = events.stream()
                .filter(event -> event.elementId().equals("Task_DetermineObligations")).toList();
        assertThat(determine).extracting(CaseEvent::state).containsExactly("ACTIVATED", "COMPLETED");
        assertThat(determine).allSatisfy(event -> {
            assertThat(event.elementName()).isEqualTo("Determine obligations");
            assertThat(event.elementType()).isEqualTo("SERVICE_TASK");
        });
        assertThat(events).filteredOn(event -> event.elementId().equals("Task_PrepareReferral"))
                .extracting(CaseEvent::bpmnProcessId, CaseEvent::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Process_PoliceReferral", "ACTIVATED"));
    }

    @Test
    void anIncidentWithoutALifecycleHasNoDiagramsAndNoEvents() {
        IncidentId unknown = IncidentId.of(UUID.randomUUID().toString());

        assertThat(history.diagrams(unknown)).isEmpty();
        assertThat(history.events(unknown)).isEmpty();
    }
}
