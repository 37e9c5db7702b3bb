package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.filings.AuthorityReports;
import io.breachflow.filings.ReportDraft;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * A Texas breach of 250 or more Texans through the real process: the Attorney General report task opens with the
 * number of Texans already filled in, asks the six items of § 521.053 in words, refuses a draft without one of them
 * naming it, and renders the Texas Data Breach Report that the officer copies into the OAG's electronic form.
 */
@BreachflowIntegrationTest
class StateReportFormsIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final RequestPostProcessor OFFICER = user("officer").roles("COMPLIANCE_OFFICER");

    private static final String TEXAS_BREACH = """
            {"title": "Loyalty database copied by an intruder",
             "awareAt": "2025-11-18T09:00:00-06:00", "detectedAt": "2025-11-17T16:30:00-06:00",
             "affected": [{"jurisdiction": "US-TX", "count": 1250}],
             "dataCategories": ["NAME", "EMAIL", "DRIVERS_LICENSE"],
             "cause": "EXTERNAL_ATTACK", "unauthorizedAccess": true, "encrypted": false, "highRisk": true,
             "organization": {"homeCountry": "US", "secRegistrant": false, "onlineServiceProvider": false,
                              "euMainEstablishment": null, "euRepresentative": null, "nis2Entity": null,
                              "criticalInfrastructure": false},
             "milestones": {"materialityDeterminedAt": null, "assessmentCompletedAt": null,
                            "breachDeterminedAt": "2025-11-18T09:00:00-06:00", "personalDataConfirmedAt": null}}
            """;

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuthorityReports reports;

    MockMvc mvc;
    BreachApi api;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        api = new BreachApi(mvc);
    }

    @Test
    void aTexasBreachOf250OrMoreTexansGetsAnAttorneyGeneralReportPrefilledWithTheCountThatRendersTheTexasForm()
            throws Exception {
        String id = reportTexasBreach();
        Object task = texasReportTask(id);

        String page = page(get("/tasks/" + task));
        Map<String, String> form = SheetForms.fields(page);

        assertThat(page).contains("How many residents of Texas are affected?",
                "How many residents of Texas have been notified directly?", "Which further measures are planned?",
                "Is law enforcement investigating?", "Tex. Bus. &amp; Com. Code § 521.053");
        assertThat(page).as("no field is labelled like a Java variable")
                .doesNotContain(">residentsAffected<", ">measuresPlanned<", ">lawEnforcement<", "{0}");
        assertThat(form.get("residentsAffected")).as("the case counts the Texans").isEqualTo("1,250");
        assertThat(form.get("whatHappened")).contains("Loyalty database copied by an intruder");
        assertThat(form.get("dataCategories")).contains("driver");
        assertThat(form.get("residentsNotified")).as("the case does not know how many were notified").isEmpty();

        form.put("organisation", "Example Stores Inc.");
        form.put("measuresTaken", "The intruder's access was closed the same day.");
        form.put("contactPoint", "privacy@example.com");
        form.put("residentsNotified", "1,250 by e-mail on 20 November 2025");
        form.put("measuresPlanned", "Multi-factor authentication for every database administrator.");
        form.put("lawEnforcement", "");

        MockHttpServletResponse refused = submit(task, form);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("1 item the law requires is missing", "Is law enforcement investigating? is missing", "item 6");

        form.put("lawEnforcement", "Yes: the FBI Dallas field office is investigating.");
        String preview = HtmlUtils.htmlUnescape(page(withForm(post("/tasks/" + task + "/preview")
                .param("previewLanguage", "en"), form)));
        assertThat(preview).contains("Texas Data Breach Report", "electronic Data Breach Report form",
                "2. Number of Texas residents affected", "1,250", "FBI Dallas field office");

        MockHttpServletResponse sent = submit(task, form);
        assertThat(sent.getStatus()).as(sent.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
        ReportDraft draft = await().atMost(PATIENCE).until(() -> reports.forIncident(id).stream()
                .filter(d -> d.obligationKey().startsWith("us-tx-ag")).findFirst(), Optional::isPresent).get();
        assertThat(draft.template()).isEqualTo("US-TX/authority-report_en.html");
        assertThat(draft.fields()).containsEntry("residentsAffected", "1,250");
        assertThat(HtmlUtils.htmlUnescape(draft.html())).contains("3. Number of Texans notified directly (by mail or e-mail)",
                "1,250 by e-mail on 20 November 2025", "Multi-factor authentication");
    }

    @Test
    void theTexasSheetSpeaksKoreanToAKoreanOfficer() throws Exception {
        Object task = texasReportTask(reportTexasBreach());

        String page = page(get("/tasks/" + task).param("lang", "ko"));

        assertThat(page).contains("텍사스 주민 중 몇 명이 영향을 받았습니까?", "수사기관이 조사하고 있습니까?")
                .doesNotContain("{0}", ">residentsAffected<");
    }

    private String reportTexasBreach() throws Exception {
        MockHttpServletResponse answer = api.post("/api/incidents", TEXAS_BREACH, as("officer"));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);
        Map<String, Object> reported = new ObjectMapper().readValue(answer.getContentAsString(), new TypeReference<>() { });
        return (String) reported.get("id");
    }

    private Object texasReportTask(String incidentId) {
        return await().atMost(PATIENCE).until(() -> api.openTasks(incidentId, "Draft report", as("officer")).stream()
                .filter(t -> String.valueOf(t.get("obligationKey")).startsWith("us-tx-ag")).findFirst(),
                Optional::isPresent).get().get("id");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(OFFICER)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse submit(Object task, Map<String, String> form) throws Exception {
        return mvc.perform(withForm(post("/tasks/" + task), form).param("action", "submit").with(OFFICER))
                .andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder withForm(MockHttpServletRequestBuilder request, Map<String, String> form) {
        form.forEach(request::param);
        return request.with(csrf());
    }
}
