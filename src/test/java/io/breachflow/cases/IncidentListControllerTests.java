package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.audit.AuditTrail;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.tasklist.HumanTasks;
import io.breachflow.workflow.CaseHistory;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CasesWebSlice
class IncidentListControllerTests {

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

    @ParameterizedTest
    @ValueSource(strings = {"COMPLIANCE_OFFICER", "LEGAL", "DPO", "AUDITOR", "ADMIN"})
    void listsOpenIncidentsWithAwarenessCountsAndTheNextDeadlineForEveryRole(String role) throws Exception {
        String html = mvc.perform(get("/incidents").with(user("someone").roles(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("href=\"/incidents/" + CaseFixtures.ID + "\"",
                "Customer data accessed by former employee", "2025-11-18 22:00 +09:00", "2 of 3",
                "PIPC report — PIPA Art. 34", "Wed 19 Nov 22:00 KST", ">in 10 h<", "data-now=\"2025-11-19T03:00:00Z\"",
                "src=\"/js/countdown.js\"");
    }

    @Test
    void saysSoWhenNoIncidentWasReported() throws Exception {
        given(incidents.summaries()).willReturn(List.of());

        String html = mvc.perform(get("/incidents").param("lang", "ko").with(user("legal").roles("LEGAL")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("아직 보고된 사고가 없습니다.").doesNotContain("<table");
    }
}
