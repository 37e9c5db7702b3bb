package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.breachflow.BreachflowIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The web form for a scope revision does what the revisions API does, and only for those who may revise. */
@BreachflowIntegrationTest
class ScopeRevisionFormIntegrationTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    BreachApi api;

    private static org.springframework.test.web.servlet.request.RequestPostProcessor person(String name, String role) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(name)
                .roles(role);
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .addFilters(context.getBean("dateTimeFieldsFilter", jakarta.servlet.Filter.class)).build();
        api = new BreachApi(mvc);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerRecordsTheNewCountAndTheLifecycleRecordsTheRevision() throws Exception {
        String id = (String) api.report().get("id");
        MockHttpServletResponse page = mvc.perform(get("/incidents/" + id + "/revise").with(person("officer", "COMPLIANCE_OFFICER")))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("KR=4500").contains("US-CA=501");

        MockHttpServletResponse recorded = mvc.perform(post("/incidents/" + id + "/revise").with(person("officer", "COMPLIANCE_OFFICER"))
                .with(csrf()).param("revisedAt", "2025-12-02T10:00:00+09:00").param("note", "Log review")
                .param("affected", "KR=33700000\nUS-CA=501").param("awareAt", "2025-11-18T22:00:00+09:00")
                .param("dataCategories", "NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY")
                .param("cause", "INSIDER").param("highRisk", "true")).andReturn().getResponse();

        assertThat(recorded.getStatus()).isEqualTo(302);
        assertThat(recorded.getRedirectedUrl()).isEqualTo("/incidents/" + id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> incident = api.getObject("/api/incidents/" + id, as("dpo"));
            List<Map<String, Object>> revisions = (List<Map<String, Object>>) incident.get("revisions");
            assertThat(revisions).hasSize(2);
            assertThat(revisions.get(1)).containsEntry("note", "Log review");
            assertThat(revisions.get(1).get("recordedAt")).isNotNull();
            assertThat(String.valueOf(incident.get("facts"))).contains("33700000");
        });
    }

    @Test
    void aFormThatChangesNothingOrHasABadCountIsRefusedAndOnlyOfficersMayRevise() throws Exception {
        String id = (String) api.report().get("id");

        MockHttpServletResponse unchanged = mvc.perform(post("/incidents/" + id + "/revise").with(person("officer", "COMPLIANCE_OFFICER"))
                .with(csrf()).param("revisedAt", "2025-12-02T10:00:00+09:00").param("affected", "KR=4500\nUS-CA=501")
                .param("dataCategories", "NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY"))
                .andReturn().getResponse();
        assertThat(unchanged.getStatus()).isEqualTo(400);
        assertThat(unchanged.getContentAsString()).contains("Nothing differs from the latest facts.");
        MockHttpServletResponse badCount = mvc.perform(post("/incidents/" + id + "/revise").with(person("officer", "COMPLIANCE_OFFICER"))
                .with(csrf()).param("revisedAt", "2025-12-02T10:00:00+09:00").param("affected", "KR=many"))
                .andReturn().getResponse();
        assertThat(badCount.getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/incidents/" + id + "/revise").with(person("auditor", "AUDITOR"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/incidents/" + id + "/revise").with(person("legal", "LEGAL")).with(csrf())
                .param("revisedAt", "2025-12-02T10:00:00+09:00").param("affected", "KR=1")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(api.getObject("/api/incidents/" + id, as("dpo")).get("revisions")).asList().hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFormPostedBackAsShownChangesNothingAndAPickedAwarenessTimeIsReadInItsZone() throws Exception {
        // reported through the API to the millisecond, in Seoul
        MockHttpServletResponse reported = api.post("/api/incidents", BreachApi.DESIGN_EXAMPLE
                .replace("\"awareAt\": \"2025-11-18T22:00:00+09:00\"", "\"awareAt\": \"2025-11-18T22:00:37.250+09:00\""),
                as("officer"));
        String id = (String) new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(reported.getContentAsString(), Map.class).get("id");
        String page = mvc.perform(get("/incidents/" + id + "/revise").param("lang", "ko")
                .with(person("officer", "COMPLIANCE_OFFICER"))).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile(
                "id=\"awareAt\" name=\"awareAt\" value=\"([^\"]+)\"").matcher(page);
        assertThat(shown.find()).as(page).isTrue();
        assertThat(shown.group(1)).isEqualTo("2025-11-18T22:00:37");
        assertThat(page).contains("<option value=\"Asia/Seoul\" selected=\"selected\">");

        MockHttpServletResponse untouched = mvc.perform(post("/incidents/" + id + "/revise")
                .with(person("officer", "COMPLIANCE_OFFICER")).with(csrf())
                .param("revisedAt", "2025-12-02T10:00").param("revisedAt__zone", "Asia/Seoul")
                .param("awareAt", shown.group(1)).param("awareAt__zone", "Asia/Seoul")
                .param("affected", "KR=4500\nUS-CA=501")
                .param("dataCategories", "NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY"))
                .andReturn().getResponse();
        assertThat(untouched.getStatus()).isEqualTo(400);
        assertThat(untouched.getContentAsString()).contains("Nothing differs from the latest facts.");

        MockHttpServletResponse earlier = mvc.perform(post("/incidents/" + id + "/revise")
                .with(person("officer", "COMPLIANCE_OFFICER")).with(csrf())
                .param("revisedAt", "2025-12-02T10:00").param("revisedAt__zone", "Asia/Seoul")
                .param("note", "The first download was an hour earlier")
                .param("awareAt", "2025-11-18T21:00").param("awareAt__zone", "Asia/Seoul")
                .param("affected", "KR=4500\nUS-CA=501")
                .param("dataCategories", "NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY"))
                .andReturn().getResponse();
        assertThat(earlier.getStatus()).isEqualTo(302);
        Map<String, Object> incident = api.getObject("/api/incidents/" + id, as("dpo"));
        List<Map<String, Object>> revisions = (List<Map<String, Object>>) incident.get("revisions");
        assertThat(revisions).hasSize(2);
        assertThat(java.time.OffsetDateTime.parse(String.valueOf(revisions.get(1).get("revisedAt"))).toInstant())
                .isEqualTo(java.time.Instant.parse("2025-12-02T01:00:00Z"));
        assertThat(String.valueOf(incident.get("facts"))).contains("awareAt=2025-11-18T21:00+09:00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFormPreviewsTheObligationsTheRevisionWouldAddOrChangeAndStoresNothing() throws Exception {
        String id = (String) api.report().get("id");
        String page = mvc.perform(get("/incidents/" + id + "/revise").with(person("officer", "COMPLIANCE_OFFICER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("hx-post=\"/incidents/" + id + "/revise?preview=true\"", "id=\"revise-preview\"",
                "Insider", "Email address");

        MockHttpServletResponse preview = mvc.perform(post("/incidents/" + id + "/revise").param("preview", "true")
                .with(person("officer", "COMPLIANCE_OFFICER")).with(csrf())
                .param("revisedAt", "2025-11-19T10:00:00+09:00").param("affected", "KR=4500\nUS-CA=501\nJP=300")
                .param("awareAt", "2025-11-18T22:00:00+09:00")
                .param("dataCategories", "NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY")
                .param("cause", "INSIDER").param("highRisk", "true")).andReturn().getResponse();

        assertThat(preview.getStatus()).isEqualTo(200);
        String html = preview.getContentAsString();
        assertThat(html).startsWith("<aside id=\"revise-preview\"").contains("What this revision changes",
                "New obligations (", "PPC report", "due ").doesNotContain("<html", "jp-appi-");
        assertThat(api.getObject("/api/incidents/" + id, as("dpo")).get("revisions")).asList().hasSize(1);

        String unchanged = mvc.perform(post("/incidents/" + id + "/revise").param("preview", "true")
                .with(person("officer", "COMPLIANCE_OFFICER")).with(csrf()).param("lang", "ko")
                .param("revisedAt", "2025-11-19T10:00:00+09:00").param("affected", "KR=4500\nUS-CA=501")
                .param("dataCategories", "NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY"))
                .andReturn().getResponse().getContentAsString();
        assertThat(unchanged).contains("아직 최신 사실관계와 달라진 내용이 없습니다.");

        assertThat(mvc.perform(post("/incidents/" + id + "/revise").param("preview", "true").with(person("legal", "LEGAL"))
                .with(csrf()).param("revisedAt", "2025-12-02T10:00:00+09:00").param("affected", "KR=1"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theWorkspaceMarksTheObligationsARevisionAddedAsNew() throws Exception {
        String id = (String) api.report().get("id");
        mvc.perform(post("/incidents/" + id + "/revise").with(person("officer", "COMPLIANCE_OFFICER")).with(csrf())
                .param("revisedAt", "2025-11-19T10:00:00+09:00").param("affected", "KR=4500\nUS-CA=501\nJP=300")
                .param("awareAt", "2025-11-18T22:00:00+09:00")
                .param("dataCategories", "NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY")
                .param("cause", "INSIDER").param("highRisk", "true"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                mvc.perform(get("/incidents/" + id).with(person("dpo", "DPO"))).andReturn().getResponse()
                        .getContentAsString()).contains("new in revision 2", "PPC report"));
    }
}
