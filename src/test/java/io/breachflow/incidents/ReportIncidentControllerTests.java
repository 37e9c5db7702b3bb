package io.breachflow.incidents;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.regimes.BreachFactsJson;
import io.breachflow.regimes.Evaluation;
import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.regimes.ObligationKind;
import io.breachflow.regimes.RiskAssessment;
import io.breachflow.regimes.internal.web.FactsChoices;
import io.breachflow.web.WebSecurityTestConfiguration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(controllers = ReportIncidentController.class)
@Import({WebSecurityTestConfiguration.class, FactsChoices.class, io.breachflow.web.ReaderWordsForSlices.class})
class ReportIncidentControllerTests {

    static final IncidentId ID = IncidentId.of("8d3c1f0e-0000-4000-8000-000000000001");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IncidentIntake intake;

    @MockitoBean
    ObligationCatalog catalog;

    private static final RiskAssessment RISK = new RiskAssessment(null, 2, 1.0, 1.0, 3.0, RiskAssessment.Band.HIGH,
            true, true, List.of("DPC 2: contact data"));

    private static Evaluation evaluation() {
        Obligation pipc = new Obligation("KR-PIPA", ObligationKind.AUTHORITY_REPORT, "PIPC", null,
                OffsetDateTime.parse("2025-11-21T23:59:59+09:00"), null, "PIPA Art. 34(3)", "1,000+ people",
                null, "kr-pipa-report", null, 4500L, null, List.of());
        return new Evaluation(List.of(pipc), List.of(), RISK);
    }

    private static MockHttpServletRequestBuilder facts(String path) {
        return post(path).param("title", "Insider export").param("awareAt", "2025-11-18T22:00:00+09:00")
                .param("affected", "KR=4500\nUS-CA=501").param("dataCategories", "NAME", "EMAIL")
                .param("cause", "INSIDER").param("homeCountry", "kr");
    }

    @Test
    void theFormOffersTheFactsOfTheApiWithALivePreview() throws Exception {
        mvc.perform(get("/incidents/new").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"awareAt\""),
                        containsString("hx-post=\"/incidents/new/preview\""), containsString("id=\"preview\""),
                        containsString("name=\"_csrf\""))));
    }

    @Test
    void thePreviewShowsTheObligationsWithoutStoringAnything() throws Exception {
        when(catalog.evaluate(any())).thenReturn(evaluation());

        mvc.perform(facts("/incidents/new/preview").with(csrf()).with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("KR-PIPA · Authority report"),
                        containsString("2025-11-21 23:59:59 +09:00"), containsString("SE = 2 × 1.00 + 1.00 = 3.00 (HIGH)"),
                        not(containsString("<html")))));
        verify(intake, never()).report(any(), any());
    }

    @Test
    void reportingStoresTheFactsAndOpensTheWorkspace() throws Exception {
        when(intake.report(any(BreachFactsJson.class), eq("officer")))
                .thenReturn(new IncidentIntake.Reported(ID, List.of()));

        mvc.perform(facts("/incidents/new").with(csrf()).with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(redirectedUrl("/incidents/" + ID));
        ArgumentCaptor<BreachFactsJson> json = ArgumentCaptor.forClass(BreachFactsJson.class);
        verify(intake).report(json.capture(), eq("officer"));
        org.assertj.core.api.Assertions.assertThat(json.getValue().affected()).extracting(a -> a.jurisdiction())
                .containsExactly("KR", "US-CA");
        org.assertj.core.api.Assertions.assertThat(json.getValue().organization().homeCountry()).isEqualTo("KR");
    }

    @Test
    void datesArePickedAsALocalTimeInAZoneAndReachTheIncidentWithTheZonesOffset() throws Exception {
        String page = mvc.perform(get("/incidents/new").param("lang", "ko")
                        .with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("<input type=\"datetime-local\" id=\"awareAt\" name=\"awareAt\"")
                .contains("<option value=\"Asia/Seoul\" selected=\"selected\">Asia/Seoul (UTC+09:00)</option>");
        when(intake.report(any(BreachFactsJson.class), eq("officer")))
                .thenReturn(new IncidentIntake.Reported(ID, List.of()));

        mvc.perform(post("/incidents/new").param("title", "Insider export").param("awareAt", "2025-11-18T22:00")
                        .param("awareAt__zone", "Asia/Seoul").param("detectedAt", "2025-11-18T05:30")
                        .param("detectedAt__zone", "America/Los_Angeles").param("materialityDeterminedAt", "")
                        .param("materialityDeterminedAt__zone", "UTC").param("affected", "KR=4500")
                        .with(csrf()).with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(redirectedUrl("/incidents/" + ID));

        ArgumentCaptor<BreachFactsJson> json = ArgumentCaptor.forClass(BreachFactsJson.class);
        verify(intake).report(json.capture(), eq("officer"));
        org.assertj.core.api.Assertions.assertThat(json.getValue().awareAt()).isEqualTo("2025-11-18T22:00+09:00");
        org.assertj.core.api.Assertions.assertThat(json.getValue().detectedAt()).isEqualTo("2025-11-18T05:30-08:00");
        org.assertj.core.api.Assertions.assertThat(json.getValue().milestones().materialityDeterminedAt()).isNull();
    }

    @Test
    void aRefusedFormShowsTheTimeItWasGivenInTheZoneItWasGivenIn() throws Exception {
        String page = mvc.perform(post("/incidents/new").param("awareAt", "2025-11-18T09:00")
                        .param("awareAt__zone", "America/Los_Angeles").param("affected", "XX=12")
                        .with(csrf()).with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        org.assertj.core.api.Assertions.assertThat(page).contains("value=\"2025-11-18T09:00\"")
                .contains("<option value=\"America/Los_Angeles\" selected=\"selected\">");
        verify(intake, never()).report(any(), any());
    }

    @Test
    void invalidFactsComeBackNextToTheirFields() throws Exception {
        mvc.perform(post("/incidents/new").param("awareAt", "yesterday").param("affected", "XX=12")
                        .with(csrf()).with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("class=\"field-error\""))));
        verify(intake, never()).report(any(), any());
    }

    @Test
    void auditorsAndLegalMayNotReport() throws Exception {
        mvc.perform(get("/incidents/new").with(user("auditor").roles("AUDITOR"))).andExpect(status().isForbidden());
        mvc.perform(facts("/incidents/new").with(csrf()).with(user("legal").roles("LEGAL")))
                .andExpect(status().isForbidden());
        verify(intake, never()).report(any(), any());
    }

    @Test
    void reportingNeedsTheCsrfToken() throws Exception {
        mvc.perform(facts("/incidents/new").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isForbidden());
        verify(intake, never()).report(any(), any());
    }

    @Test
    void theRiskPanelShowsTheScoreAndItsInputs() throws Exception {
        when(intake.currentFacts(ID)).thenReturn(null);
        when(catalog.evaluate(any())).thenReturn(evaluation());

        mvc.perform(get("/incidents/" + ID + "/risk").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("SE = 2 × 1.00 + 1.00 = 3.00 (HIGH)"),
                        containsString("DPC 2: contact data"))));
    }

    @Test
    void aSuspectedIncidentWithoutFactsHasNoRiskScoreYet() throws Exception {
        when(intake.currentFacts(ID)).thenThrow(new java.util.NoSuchElementException("none"));

        mvc.perform(get("/incidents/" + ID + "/risk").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No facts are recorded for this incident yet")));
    }
}
