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
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
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

    @AfterEach
    void resetTheClock() {
        CaseFixtures.CLOCK.reset();
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
    void namesEachObligationAsAPersonDoesWithItsDeadlineInTheRegimesZoneAndACountdown() throws Exception {
        String html = page("COMPLIANCE_OFFICER");

        assertThat(html).contains("<h1>Customer data accessed by former employee</h1>")
                .contains("PIPC report", " — PIPA Art. 34", "Wed 19 Nov 22:00 KST",
                        "PIPA Art. 34(3); Enforcement Decree Art. 40(1)")
                .contains("class=\"countdown at-risk\"", ">in 10 h<")
                .contains("Notice to affected people", "Met", "Waiting for a milestone")
                .doesNotContain(">kr-pipa-report<", "AUTHORITY_REPORT<", ">OPEN<");
    }

    @Test
    void marksTheObligationsARevisionAddedAsNew() throws Exception {
        String html = page("DPO");

        String added = html.substring(html.indexOf("<tr class=\"added\">"));
        added = added.substring(0, added.indexOf("</tr>"));
        assertThat(added).contains("Attorney General report", "new in revision 2", "Fri 21 Nov 17:00 PST",
                "in 2 days 22 h");
        assertThat(html.split("<tr class=\"added\">", -1)).hasSize(2);
        assertThat(html).contains("This revision added 1 obligation(s):");
    }

    @Test
    void namesOpenTasksAndTheirObligationInWords() throws Exception {
        String html = page("LEGAL");

        String tasks = html.substring(html.indexOf("<ul class=\"open-tasks\">"));
        tasks = tasks.substring(0, tasks.indexOf("</ul>"));
        assertThat(tasks).contains(">Draft report</a>", "— PIPC report — PIPA Art. 34", "due Wed 19 Nov 22:00 KST",
                "for Compliance officers").doesNotContain("kr-pipa-report<", "compliance-officer<");
    }

    @Test
    void showsFactCodesAsWords() throws Exception {
        String html = page("AUDITOR");

        assertThat(html).contains("Insider", "Name, Email address").doesNotContain(">INSIDER<", ">NAME, EMAIL<");
    }

    @Test
    void countdownsFollowTheApplicationsClockNotTheBrowsers() throws Exception {
        String html = page("DPO");
        assertThat(html).contains("data-now=\"2025-11-19T03:00:00Z\"", "data-due=\"2025-11-19T13:00:00Z\"",
                "data-in=\"in %s\"", ">in 10 h<");

        CaseFixtures.CLOCK.set(Instant.parse("2025-11-19T12:15:00Z"));
        assertThat(page("DPO")).contains("data-now=\"2025-11-19T12:15:00Z\"", ">in 45 min<",
                "src=\"/js/countdown.js\"");

        CaseFixtures.CLOCK.set(Instant.parse("2025-11-19T16:20:00Z"));
        assertThat(page("DPO")).contains("class=\"countdown overdue\"", ">3 h 20 min overdue<");
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
    void theTimelineTellsTheBusinessEventsInWordsOldestFirst() throws Exception {
        String timeline = timeline("DPO");

        assertThat(timeline).containsSubsequence(
                "2025-11-18 13:10:00 UTC", "Reported", "2 obligation(s)", "by officer",
                "2025-11-18 13:20:00 UTC", "Triaged", "by officer",
                "2025-11-19 00:31:00 UTC", "Revised", "Revision 2",
                "2025-11-19 01:00:00 UTC", "Report drafted", "PIPC report — PIPA Art. 34, version 1", "by officer",
                "2025-11-19 02:00:00 UTC", "Reminded", "PIPC report — PIPA Art. 34, due Wed 19 Nov 22:00 KST");
        assertThat(timeline).doesNotContain("INCIDENT_REPORTED", "REPORT_DRAFTED", "obligation=kr-pipa-report");
    }

    @Test
    void engineStepsAndTechnicalEntriesWaitBehindTheToggle() throws Exception {
        String timeline = timeline("DPO");

        assertThat(timeline).contains("<input type=\"checkbox\" id=\"timeline-steps\" class=\"timeline-steps-toggle\">",
                "Show process steps and technical entries (3)");
        assertThat(timeline.split("class=\"source-engine step\"", -1)).hasSize(3);
        assertThat(timeline).containsSubsequence("class=\"source-engine step\"", "Completed",
                        "Incident reported (START_EVENT, Process_BreachLifecycle)")
                .containsSubsequence("class=\"source-audit step\"", "Task completed (audit entry)")
                .containsSubsequence("class=\"source-engine step\"", "Started",
                        "Draft report (USER_TASK, Process_AuthorityReport)")
                .contains("class=\"source-audit business\"", "class=\"source-task business\"");
    }

    @Test
    void theTimelineSpeaksKorean() throws Exception {
        String timeline = mvc.perform(get(PAGE + "/timeline").param("lang", "ko").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(timeline).contains("사고 보고", "범위 변경", "개정 2", "신고서 작성", "기한 알림", "분류 완료",
                "개인정보보호위원회(PIPC) 신고 — PIPA Art. 34, 1판", "프로세스 단계와 기술 기록 보기 (3)", "신고서 작성 (USER_TASK");
    }

    @Test
    void rendersThePageWithoutAskingTheEngineAndLoadsTheTimelineAfterwards() throws Exception {
        String html = page("COMPLIANCE_OFFICER");

        assertThat(html).contains("data-src=\"" + PAGE + "/timeline\"", "Loading the timeline…")
                .doesNotContain("Report drafted");
        then(history).shouldHaveNoInteractions();
    }

    @Test
    void theTimelineSaysSoWhenTheEngineCannotBeAskedAndShowsTheRest() throws Exception {
        given(history.events(CaseFixtures.ID)).willThrow(new IllegalStateException("engine unreachable"));

        assertThat(timeline("COMPLIANCE_OFFICER"))
                .contains("The engine could not be asked for the process steps of this case just now",
                        "Triaged", "Reported")
                .doesNotContain("Draft report (USER_TASK");
    }

    @Test
    void showsNoPersonalDataFromSubmittedForms() throws Exception {
        for (String path : new String[] {PAGE, PAGE + "/timeline"}) {
            mvc.perform(get(path).with(user("auditor").roles("AUDITOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(either(containsString("Triaged")).or(containsString("Draft report"))))
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
                .andExpect(content().string(containsString("개인정보보호위원회(PIPC) 신고")))
                .andExpect(content().string(containsString("11월 19일 (수) 22:00 KST")))
                .andExpect(content().string(containsString("10시간 남음")))
                .andExpect(content().string(containsString("개정 2에서 추가")))
                .andExpect(content().string(containsString(">신고서 작성</a>")))
                .andExpect(content().string(containsString("컴플라이언스 담당자")))
                .andExpect(content().string(containsString("내부자")));
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
