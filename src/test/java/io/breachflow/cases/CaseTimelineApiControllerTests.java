package io.breachflow.cases;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
class CaseTimelineApiControllerTests {

    private static final String TIMELINE = "/api/incidents/" + CaseFixtures.ID + "/timeline";

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

    @Test
    void listsEveryEventOfTheCaseOldestFirstWithItsSource() throws Exception {
        mvc.perform(get(TIMELINE).with(httpBasic("officer", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(8)))
                .andExpect(jsonPath("$[0].at").value("2025-11-18T13:10:00Z"))
                .andExpect(jsonPath("$[0].source").value("AUDIT"))
                .andExpect(jsonPath("$[0].kind").value("INCIDENT_REPORTED"))
                .andExpect(jsonPath("$[0].actor").value("officer"))
                .andExpect(jsonPath("$[0].elementId").doesNotExist())
                .andExpect(jsonPath("$[1].source").value("ENGINE"))
                .andExpect(jsonPath("$[1].kind").value("COMPLETED"))
                .andExpect(jsonPath("$[1].elementId").value("StartEvent_IncidentReported"))
                .andExpect(jsonPath("$[1].actor").doesNotExist())
                .andExpect(jsonPath("$[2].source").value("TASK"))
                .andExpect(jsonPath("$[2].kind").value("TASK_COMPLETED"))
                .andExpect(jsonPath("$[2].detail").value("Triage"))
                .andExpect(jsonPath("$[3].source").value("AUDIT"))
                .andExpect(jsonPath("$[3].kind").value("TASK_COMPLETED"))
                .andExpect(jsonPath("$[4].elementId").value("Task_DraftReport"))
                .andExpect(jsonPath("$[4].kind").value("ACTIVATED"))
                .andExpect(jsonPath("$[6].kind").value("REPORT_DRAFTED"))
                .andExpect(jsonPath("$[6].detail").value("draft=12 obligation=kr-pipa-report number=1 contentHash=9f86d081"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"officer", "legal", "dpo", "auditor", "admin"})
    void everyRoleMayReadTheTimeline(String account) throws Exception {
        mvc.perform(get(TIMELINE).with(httpBasic(account, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(8)));
    }

    @Test
    void refusesAnonymousReadersWithAProblem() throws Exception {
        mvc.perform(get(TIMELINE))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersAProblemForAnUnknownOrMalformedIncident() throws Exception {
        for (String id : new String[] {"00000000-0000-0000-0000-000000000000", "not-an-id"}) {
            mvc.perform(get("/api/incidents/" + id + "/timeline").with(httpBasic("auditor", "demo")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.detail").value("There is no such incident."));
        }
    }
}
