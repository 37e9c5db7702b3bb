package io.breachflow.regimes.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.BreachflowIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code POST /api/obligations/evaluate} and the {@code /obligations} page on the shared application context. */
@BreachflowIntegrationTest
class ObligationsWebIntegrationTests {

    private static final String FACTS = """
            {"title": "Customer data accessed by former employee",
             "awareAt": "2025-11-18T22:00:00+09:00", "detectedAt": "2025-11-18T20:30:00+09:00",
             "affected": [{"jurisdiction": "KR", "count": 4500}, {"jurisdiction": "US-CA", "count": 501}],
             "dataCategories": ["NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY"],
             "cause": "INSIDER", "unauthorizedAccess": true, "encrypted": false, "highRisk": true,
             "organization": {"homeCountry": "KR", "secRegistrant": true, "onlineServiceProvider": true,
                              "euMainEstablishment": null, "euRepresentative": null, "nis2Entity": null,
                              "criticalInfrastructure": false},
             "milestones": {"materialityDeterminedAt": null, "assessmentCompletedAt": null,
                            "breachDeterminedAt": null, "personalDataConfirmedAt": null}}
            """;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void evaluatesTheDesignExampleIntoObligationsAndNotRequiredDuties() throws Exception {
        evaluate(FACTS, "auditor")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.obligations[0].regime").value("KR-NETWORK-ACT"))
                .andExpect(jsonPath("$.obligations[0].dueAt").value("2025-11-19T22:00:00+09:00"))
                .andExpect(jsonPath("$.obligations[?(@.rule == 'kr-pipa-report')].recipient").value(hasItem("PIPC")))
                .andExpect(jsonPath("$.obligations[?(@.rule == 'kr-pipa-report')].basis").value(hasItem(containsString("Decree Art. 40(1)"))))
                .andExpect(jsonPath("$.obligations[?(@.regime == 'US-CA' && @.recipient == 'AG')].jurisdiction").value(hasItem("US-CA")))
                .andExpect(jsonPath("$.notRequired[?(@.regime == 'EU-GDPR')].reason").value(hasItem(containsString("No data subjects in the EU"))))
                .andExpect(jsonPath("$.obligations[?(@.rule == 'us-sec-8k')].dueAt").value(hasItem(nullValue())))
                .andExpect(jsonPath("$.obligations[?(@.rule == 'us-sec-8k')].awaiting").value(hasItem("milestones.materialityDeterminedAt")))
                .andExpect(jsonPath("$.notRequired[0].recipient").doesNotExist())
                .andExpect(jsonPath("$.risk").doesNotExist());
    }

    @Test
    void namesEveryBadFieldInOneProblem() throws Exception {
        String bad = FACTS.replace("\"2025-11-18T22:00:00+09:00\"", "\"2025-11-18T22:00:00\"")
                .replace("\"count\": 4500", "\"count\": -1")
                .replace("\"US-CA\"", "\"US-XX\"")
                .replace("\"ORDER_HISTORY\"", "\"SHOE_SIZE\"")
                .replace("\"materialityDeterminedAt\": null", "\"materialityDeterminedAt\": \"2025-11-22T11:00:00+25:00\"");

        evaluate(bad, "officer")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("awareAt", "affected[0].count",
                        "affected[1].jurisdiction", "dataCategories[4]", "milestones.materialityDeterminedAt")));
    }

    @Test
    void rejectsUnknownFields() throws Exception {
        evaluate(FACTS.replace("\"cause\"", "\"severity\": \"HIGH\", \"cause\""), "officer")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("severity"));
    }

    @Test
    void anonymousCallersGet401() throws Exception {
        mvc.perform(post("/api/obligations/evaluate").contentType(MediaType.APPLICATION_JSON).content(FACTS))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void officerSeesTheWhatIfForm() throws Exception {
        mvc.perform(get("/obligations").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"awareAt\"")))
                .andExpect(content().string(containsString("KR=4500")))
                .andExpect(content().string(not(containsString("Obligations by deadline"))));
    }

    @Test
    void postingTheFormWithCsrfShowsObligationsByDeadlineWithBasisAndRisk() throws Exception {
        mvc.perform(post("/obligations").with(user("officer").roles("COMPLIANCE_OFFICER")).with(csrf())
                        .param("awareAt", "2025-11-18T22:00:00+09:00").param("affected", "KR=4500\nUS-CA=501")
                        .param("dataCategories", "NAME", "EMAIL").param("cause", "INSIDER")
                        .param("unauthorizedAccess", "true").param("highRisk", "").param("homeCountry", "KR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Obligations by deadline")))
                .andExpect(content().string(containsString("PIPC")))
                .andExpect(content().string(containsString("Decree Art. 40(1)")))
                .andExpect(content().string(containsString("SE = ")))
                .andExpect(content().string(containsString(">Needs legal review<")))
                .andExpect(content().string(not(containsString("(flag "))));
    }

    @Test
    void invalidFormFieldsAreExplainedNextToThemInKorean() throws Exception {
        mvc.perform(post("/obligations").param("lang", "ko").with(user("legal").roles("LEGAL")).with(csrf())
                        .param("awareAt", "2025-11-18 22:00").param("affected", "KR=-5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("날짜와 시각을 고르고 그 시각의 시간대를 선택하세요")))
                .andExpect(content().string(containsString("관할마다 한 줄씩")))
                .andExpect(content().string(not(containsString("Obligations by deadline"))));
    }

    @Test
    void theLawOfAnotherDayAppliesWhenAskedAndABadDayIsExplainedBesideTheField() throws Exception {
        String today = californian("").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String before = californian("2025-06-01").andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2025-06-01\"")))
                .andReturn().getResponse().getContentAsString();

        assertThat(today).as("California's 30 calendar days (SB 446) apply to a breach found on 10 February 2026")
                .contains("2026-03-12 23:59:59 -07:00");
        assertThat(before).as("the law of June 2025: the most expedient time, no fixed day")
                .doesNotContain("2026-03-12 23:59:59 -07:00").contains("Obligations by deadline");
        californian("next spring").andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a day as YYYY-MM-DD, or leave it empty.")))
                .andExpect(content().string(not(containsString("Obligations by deadline"))));
    }

    private ResultActions californian(String asOf) throws Exception {
        return mvc.perform(post("/obligations").with(user("officer").roles("COMPLIANCE_OFFICER")).with(csrf())
                .param("awareAt", "2026-02-10T09:00:00-08:00").param("affected", "US-CA=10")
                .param("dataCategories", "NAME", "EMAIL").param("cause", "EXTERNAL_ATTACK")
                .param("unauthorizedAccess", "true").param("asOf", asOf));
    }

    @Test
    void postingTheFormWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/obligations").with(user("officer").roles("COMPLIANCE_OFFICER"))
                        .param("awareAt", "2025-11-18T22:00:00+09:00"))
                .andExpect(status().isForbidden());
    }

    private ResultActions evaluate(String json, String username) throws Exception {
        return mvc.perform(post("/api/obligations/evaluate").with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
