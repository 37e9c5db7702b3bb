package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.audit.AuditTrail;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.tasklist.HumanTasks;
import io.breachflow.workflow.CaseHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@CasesWebSlice
class CaseWorkspaceControllerTests {

    private static final String PAGE = "/incidents/" + CaseFixtures.ID;

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentRecords incidents;

    @Autowired
    ObligationCatalog catalog;

    @Autowired
    HumanTasks tasks;

    @Autowired
    CaseHistory history;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void stage() {
        CaseFixtures.stage(incidents, catalog, tasks, history, audit);
    }

    private String timeline(String role) throws Exception {
        return mvc.perform(get(PAGE + "/timeline").with(user("someone").roles(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String page(String role) throws Exception {
        return mvc.perform(get(PAGE).with(user("someone").roles(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void showsTheObligationsWithBasisStatusAndACountdownToTheNextDeadline() throws Exception {
        String html = page("COMPLIANCE_OFFICER");

        assertThat(html).contains("<h1>Customer data accessed by former employee</h1>")
                .contains("Report to the authority", "PIPC", "2025-11-19 22:00 +09:00",
                        "PIPA Art. 34(3); Enforcement Decree Art. 40(1)")
                .contains("class=\"countdown at-risk\"", "0 d 10 h 0 min left")
                .contains("Notice to individuals", "Met", "Waiting for a milestone")
                .contains("Draft report to PIPC", "for compliance-officer");
    }

    @Test
    void laysEachRevisionBesideTheOneBeforeAndMarksOnlyTheChangedFields() throws Exception {
        String html = page("LEGAL");

        assertThat(html).contains("Revision 2, revised at 2025-11-19 09:30 +09:00 by dpo", "1 field(s) changed",
                "Note: Forensics found more California customers", "Revision 1, revised at", "As reported");
        String changedRow = html.substring(html.indexOf("<tr class=\"changed\">"));
        changedRow = changedRow.substring(0, changedRow.indexOf("</tr>"));
        assertThat(changedRow).contains("Affected people per jurisdiction", "KR 4500, US-CA 501",
                "KR 4500, US-CA 1200", "(changed)");
        assertThat(html.split("<tr class=\"changed\">", -1)).hasSize(2);
    }

    @Test
    void mergesEngineStepsAuditEntriesAndCompletedTasksIntoOneTimelineOldestFirst() throws Exception {
        String timeline = timeline("DPO");

        assertThat(timeline).containsSubsequence("2025-11-18 13:10:00 UTC", "INCIDENT_REPORTED", "by officer",
                "2025-11-18 13:10:01 UTC", "Incident reported (START_EVENT, Process_BreachLifecycle)",
                "2025-11-18 13:20:00 UTC", "Task completed", "Triage", "by officer",
                "2025-11-18 13:25:00 UTC", "Started", "Draft report (USER_TASK, Process_AuthorityReport)");
    }

    @Test
    void rendersThePageWithoutAskingTheEngineAndLoadsTheTimelineAfterwards() throws Exception {
        String html = page("COMPLIANCE_OFFICER");

        assertThat(html).contains("data-src=\"" + PAGE + "/timeline\"", "Loading the timeline…")
                .doesNotContain("INCIDENT_REPORTED");
        then(history).shouldHaveNoInteractions();
    }

    @Test
    void theTimelineSaysSoWhenTheEngineCannotBeAskedAndShowsTheRest() throws Exception {
        given(history.events(CaseFixtures.ID)).willThrow(new IllegalStateException("engine unreachable"));

        assertThat(timeline("COMPLIANCE_OFFICER"))
                .contains("The engine could not be asked for the process steps of this case just now",
                        "Task completed", "INCIDENT_REPORTED")
                .doesNotContain("Draft report (USER_TASK");
    }

    @Test
    void showsNoPersonalDataFromSubmittedForms() throws Exception {
        for (String path : new String[] {PAGE, PAGE + "/timeline"}) {
            mvc.perform(get(path).with(user("auditor").roles("AUDITOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(either(containsString("Triage")).or(containsString("Draft report to PIPC"))))
                    .andExpect(content().string(not(containsString(CaseFixtures.PERSON_IN_FORM))))
                    .andExpect(content().string(not(containsString("Kim Minji"))));
        }
    }

    @Test
    void loadsTheDiagramAndTheDocumentsAfterThePageFromTheBundledViewer() throws Exception {
        String html = page("ADMIN");

        assertThat(html).contains("data-src=\"" + PAGE + "/diagram.json\"",
                "src=\"/vendor/bpmn-js/bpmn-viewer.production.min.js\"", "src=\"/js/cases.js\"",
                "data-src=\"" + PAGE + "/documents\"", "Loading the documents…");
        assertThat(html).doesNotContain("http://", "https://");
    }

    @Test
    void speaksKorean() throws Exception {
        mvc.perform(get(PAGE).param("lang", "ko").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("사실관계와 개정 이력")))
                .andExpect(content().string(containsString("감독기관 신고")))
                .andExpect(content().string(containsString("0일 10시간 0분 남음")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMPLIANCE_OFFICER", "LEGAL", "DPO", "AUDITOR", "ADMIN"})
    void everyRoleMayReadTheWorkspaceItsTimelineAndItsDiagram(String role) throws Exception {
        page(role);
        timeline(role);
        mvc.perform(get(PAGE + "/diagram.json").with(user("someone").roles(role)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].processInstanceKey").value("2251799813685249"))
                .andExpect(jsonPath("$[0].active[0]").value("Task_DraftReport"))
                .andExpect(jsonPath("$[0].xml").value("<definitions/>"));
    }

    @Test
    void sendsPeopleWhoAreNotLoggedInToTheLoginPage() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void answersNotFoundForAnUnknownOrMalformedIncident() throws Exception {
        mvc.perform(get("/incidents/00000000-0000-0000-0000-000000000000").with(user("dpo").roles("DPO")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/incidents/not-an-id").with(user("dpo").roles("DPO")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/incidents/00000000-0000-0000-0000-000000000000/timeline").with(user("dpo").roles("DPO")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/incidents/00000000-0000-0000-0000-000000000000/diagram.json")
                        .with(user("dpo").roles("DPO")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }
}
